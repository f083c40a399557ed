import Foundation
import GeoMaps
import GeoModel

/// Boundary files read once: each geometry, read, cut at the antimeridian and split into shared
/// arcs, is kept as a ``GeometryArchive`` under `.geo-ai/cache/geometry/`.
///
/// The key is the SHA-256 of the archive version, how the file is read (format, path, object,
/// code property) and the file's bytes, so an edited boundary file, another object of it or a
/// new archive layout is a miss and never a stale hit. A file that is missing, damaged or not an
/// archive is a miss too: the geometry is read from its source and its archive handed back, to be
/// kept only once every input has been validated and every output made (bad input leaves
/// `.geo-ai/` as it was; a build keeps it while it writes the store and `Reports/`). Keeping
/// writes a temporary name, then renames it, so a killed build leaves no half-written archive
/// (it does not wait for the disk: one a power cut leaves short fails its checksum, a miss);
/// a cache that cannot be written (a read-only checkout) only costs the next run the same read.
/// `rm -rf .geo-ai` removes it with the store.
struct GeometryCache {
    /// Where the archives live.
    let directory: URL

    /// The cache of a project.
    init(files: ProjectFiles) {
        directory = files.url(".geo-ai/cache/geometry")
    }

    /// A geometry read on a miss, to be archived; encoded only when kept (never in `--check`,
    /// never after bad input) or when a build encodes it ahead, while it still draws.
    struct Archive: Sendable {
        /// Where it goes.
        let url: URL
        /// What it holds.
        let geometry: WorldGeometry

        /// Its bytes, ready to keep. Encoding writes nothing, so a build does it on another core
        /// while it still draws and validates, and keeps the bytes only once every output is made.
        func encoded() -> Encoded {
            Encoded(url: url, bytes: GeometryArchive.encode(geometry))
        }

        /// Encodes and writes it; see ``Encoded/keep()``.
        func keep() { encoded().keep() }
    }

    /// An archive's bytes and where they go.
    struct Encoded: Sendable {
        /// Where they go.
        let url: URL
        /// The ``GeometryArchive`` encoding of the geometry.
        let bytes: [UInt8]

        /// Writes them in one step (``ProjectFiles/replaceFile(_:bytes:)``, without `fsync`: an
        /// archive cut short by a crash fails its checksum and is a miss); a failure is ignored.
        ///
        /// Temporary files an hour old or more are removed first: a command killed while
        /// writing leaves one behind, and no write takes that long.
        func keep() {
            let directory = url.deletingLastPathComponent()
            GeometryCache.removeLeftovers(in: directory, olderThan: Date().addingTimeInterval(-3600))
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? ProjectFiles.replaceFile(url, bytes: bytes)
        }
    }

    /// Removes the temporary files (names starting with `.`) in `directory` last modified before `date`.
    static func removeLeftovers(in directory: URL, olderThan date: Date) {
        let manager = FileManager.default
        for name in ProjectFiles.names(inFolder: directory.path) where name.hasPrefix(".") {
            let path = directory.appendingPathComponent(name).path
            guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                modified < date
            else { continue }
            try? manager.removeItem(atPath: path)
        }
    }

    /// The geometry of a boundary file's bytes, from the cache or from `read`; on a miss, also
    /// the archive to ``Archive/keep()`` once the inputs are known to be good.
    ///
    /// - Parameters:
    ///   - bytes: The boundary file.
    ///   - reading: How it is read, e.g. `topojson Data/geo/us/us-counties.topojson counties GEOID`.
    ///   - read: Reads the geometry from `bytes`; its errors pass through.
    func geometry(of bytes: [UInt8], reading: String, read: () throws -> WorldGeometry) rethrows -> (
        geometry: WorldGeometry, archive: Archive?
    ) {
        var hasher = SHA256.Hasher()
        hasher.update("geo-ai geometry archive \(GeometryArchive.version)\n\(reading)\n")
        hasher.update(bytes)
        let name = hasher.digest().map { String(format: "%02x", $0) }.joined()
        let archive = directory.appendingPathComponent("\(name).bin")
        if let data = ProjectFiles.contents(atPath: archive.path), let geometry = GeometryArchive.decode(data) {
            return (geometry, nil)
        }
        let geometry = try read()
        return (geometry, Archive(url: archive, geometry: geometry))
    }
}
