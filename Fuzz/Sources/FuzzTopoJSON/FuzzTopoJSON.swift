import FuzzSupport
import GeoMaps

/// libFuzzer entry point for the TopoJSON reader: `WorldGeometry.topoJSON(_:path:)`, which
/// decodes (quantized) arcs, assembles rings from arc indices and builds the world geometry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTopoJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.expectGeoError {
        let world = try WorldGeometry.topoJSON(bytes, path: "Data/geo/fuzz.topojson")
        for code in world.codes { _ = world.shape(for: code) }
        _ = world.arcCount
    }
    return 0
}
