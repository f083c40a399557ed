import FuzzSupport
import GeoMaps

/// libFuzzer entry point for the GeoJSON reader: `WorldGeometry.geoJSON(_:path:)`, which parses
/// the JSON, checks every ring and position, cuts rings at the antimeridian and splits shared
/// borders into arcs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.expectGeoError {
        let world = try WorldGeometry.geoJSON(bytes, path: "Data/geo/fuzz.geojson")
        for code in world.codes { _ = world.shape(for: code) }
        _ = world.arcCount
    }
    return 0
}
