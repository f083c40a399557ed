import Foundation
import GeoMaps
import GeoModel

/// Boundary files read once: each geometry, read, cut at the antimeridian and split into shared
/// arcs, is kept as a ``GeometryArchive`` under `.geo-ai/cache/geometry/`.
///
/// The key is the SHA-256 of the archive version, how the file is read (format, path, object,
/// code property) and the file's bytes, so an edited boundary file, another object of it or a
/// new archive layout is a miss and never a stale hit. A file that is missing, damaged or not an
/// archive is a miss too: the geometry is read from its source and the archive written again
/// (to a temporary name, then renamed, so a killed build leaves no half-written archive). A cache
/// that cannot be written (a read-only checkout) only costs the next build the same read.
/// `rm -rf .geo-ai` removes it with the store.
struct GeometryCache {
    /// Where the archives live.
    let directory: URL

    /// The cache of a project.
    init(files: ProjectFiles) {
        directory = files.url(".geo-ai/cache/geometry")
    }

    /// The geometry of a boundary file's bytes, from the cache or from `read` (whose result is then kept).
    ///
    /// - Parameters:
    ///   - bytes: The boundary file.
    ///   - reading: How it is read, e.g. `topojson counties GEOID Data/geo/us/us-counties.topojson`.
    ///   - read: Reads the geometry from `bytes`; its errors pass through and nothing is kept.
    func geometry(of bytes: [UInt8], reading: String, read: () throws -> WorldGeometry) rethrows -> WorldGeometry {
        var hasher = SHA256.Hasher()
        hasher.update("geo-ai geometry archive \(GeometryArchive.version)\n\(reading)\n")
        hasher.update(bytes)
        let name = hasher.digest().map { String(format: "%02x", $0) }.joined()
        let archive = directory.appendingPathComponent("\(name).bin")
        if let data = FileManager.default.contents(atPath: archive.path),
            let geometry = GeometryArchive.decode(Array(data))
        {
            return geometry
        }
        let geometry = try read()
        keep(GeometryArchive.encode(geometry), at: archive)
        return geometry
    }

    private func keep(_ archive: [UInt8], at url: URL) {
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(archive).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
