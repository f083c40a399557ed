import FuzzSupport
import GeoMaps
import GeoModel

/// libFuzzer entry point for the geometry cache's reader, `GeometryArchive.decode(_:)`: what a
/// build reads back from `.geo-ai/cache/geometry/`, where a file may be damaged, foreign or
/// written by hand. The first byte picks what the rest is (by its value modulo 3):
///
/// - 0: a file as found on disk, decoded as it is (a random file fails the checksum);
/// - 1: an archive's body, after its magic and version: sealed here with the right magic,
///   version and checksum, so it is the decoder's own checks of every count, index and code
///   that must refuse what is wrong;
/// - 2: a GeoJSON file, read and archived: the archive of a geometry must decode.
///
/// Whatever decodes must archive again to a fixed point and be drawn as a map without a trap,
/// as a build would draw it. A violation traps, so libFuzzer saves and minimises the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeometryArchive(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let rest = Array(bytes.dropFirst())
    switch selector % 3 {
    case 0:
        if let world = GeometryArchive.decode(rest) { use(world) }
    case 1:
        if let world = GeometryArchive.decode(ArchiveSeal.sealed(body: rest)) { use(world) }
    default:
        FuzzInput.expectGeoError {
            let world = try WorldGeometry.geoJSON(rest, path: "Data/geo/fuzz.geojson")
            guard let decoded = GeometryArchive.decode(GeometryArchive.encode(world)) else {
                preconditionFailure("the archive of a geometry read from GeoJSON did not decode")
            }
            use(decoded)
        }
    }
    return 0
}

/// Archives `world` again (the result must decode and archive to the same bytes) and draws it.
func use(_ world: WorldGeometry) {
    let archive = GeometryArchive.encode(world)
    guard let again = GeometryArchive.decode(archive) else {
        preconditionFailure("a decoded geometry's archive did not decode")
    }
    precondition(GeometryArchive.encode(again) == archive, "archiving a decoded geometry is not a fixed point")
    var values: [AreaCode: MapValue] = [:]
    for (index, code) in world.codes.enumerated() {
        _ = world.shape(for: code)
        values[code] = MapValue(value: Double(index % 7))
    }
    let request = MapRequest(
        title: "Fuzz", unit: .percent, values: values,
        breaks: ClassBreaks.compute(.equalIntervals(3), values: values.values.compactMap(\.value)))
    _ = ChoroplethRenderer.render(request, geometry: world)
}

/// The archive trailer, written here from its definition (64-bit FNV-1a of everything before
/// it) rather than borrowed from the module, with the magic and version before the body.
enum ArchiveSeal {
    static func sealed(body: [UInt8]) -> [UInt8] {
        var bytes = Array("GEOAIGEO".utf8)
        withUnsafeBytes(of: UInt64(GeometryArchive.version).littleEndian) { bytes += $0 }
        bytes += body
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        withUnsafeBytes(of: hash.littleEndian) { bytes += $0 }
        return bytes
    }
}
