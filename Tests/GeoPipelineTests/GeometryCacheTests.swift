import Foundation
import GeoMaps
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoPipeline

/// Boundary files read once: hits skip the reader, and anything wrong is a miss.
@Suite("Geometry cache")
struct GeometryCacheTests {
    static let tiny = Array(
        """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"ISO_A3_EH":"AAA","NAME":"Alpha"},
         "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}},
        {"type":"Feature","properties":{"ISO_A3_EH":"BBB","NAME":"Beta"},
         "geometry":{"type":"Polygon","coordinates":[[[10,0],[20,0],[20,10],[10,10],[10,0]]]}}]}
        """.utf8)

    /// Reads through the cache and counts how often the reader ran.
    final class Reader: @unchecked Sendable {
        var calls = 0
        func read(_ bytes: [UInt8]) throws -> WorldGeometry {
            calls += 1
            return try WorldGeometry.geoJSON(bytes, path: "tiny.geojson")
        }
    }

    /// Reads through the cache and keeps what a miss read, as a successful command does.
    func read(_ bytes: [UInt8], reading: String, cache: GeometryCache, reader: Reader) throws -> WorldGeometry {
        let (geometry, archive) = try cache.geometry(of: bytes, reading: reading) { try reader.read(bytes) }
        archive?.keep()
        return geometry
    }

    func archives(in cache: GeometryCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory.path)) ?? []).sorted()
    }

    @Test("reads a file once; later reads come from the archive and are equal")
    func hit() throws {
        let project = try TemporaryProject()
        let cache = GeometryCache(files: ProjectFiles(root: project.root))
        let reader = Reader()
        let first = try read(Self.tiny, reading: "geojson tiny", cache: cache, reader: reader)
        let second = try read(Self.tiny, reading: "geojson tiny", cache: cache, reader: reader)
        #expect(reader.calls == 1)
        #expect(second.shapes == first.shapes && second.arcCount == first.arcCount)
        #expect(archives(in: cache).count == 1)
        #expect(cache.directory.path.hasSuffix(".geo-ai/cache/geometry"))
    }

    @Test("other bytes or another way of reading them are other keys")
    func keys() throws {
        let project = try TemporaryProject()
        let cache = GeometryCache(files: ProjectFiles(root: project.root))
        let reader = Reader()
        let edited = Array(
            String(decoding: Self.tiny, as: UTF8.self).replacingOccurrences(of: "Beta", with: "Bêta").utf8)
        _ = try read(Self.tiny, reading: "geojson tiny", cache: cache, reader: reader)
        let changed = try read(edited, reading: "geojson tiny", cache: cache, reader: reader)
        _ = try read(Self.tiny, reading: "geojson other", cache: cache, reader: reader)
        #expect(reader.calls == 3)
        #expect(changed.shapes.map(\.name) == ["Alpha", "Bêta"])
        #expect(archives(in: cache).count == 3)
    }

    @Test("a damaged archive is read again from the source and replaced")
    func damaged() throws {
        let project = try TemporaryProject()
        let cache = GeometryCache(files: ProjectFiles(root: project.root))
        let reader = Reader()
        _ = try read(Self.tiny, reading: "geojson tiny", cache: cache, reader: reader)
        let name = try #require(archives(in: cache).first)
        let url = cache.directory.appendingPathComponent(name)
        let intact = try Data(contentsOf: url)
        try Data(intact.prefix(intact.count / 2)).write(to: url)
        let again = try read(Self.tiny, reading: "geojson tiny", cache: cache, reader: reader)
        #expect(reader.calls == 2)
        #expect(again.codes.map(\.rawValue) == ["AAA", "BBB"])
        #expect(try Data(contentsOf: url) == intact)
        #expect(archives(in: cache) == [name], "no temporary file is left behind")
    }

    @Test("a miss writes nothing until the command keeps its archive")
    func keptOnlyOnSuccess() throws {
        let project = try TemporaryProject()
        let cache = GeometryCache(files: ProjectFiles(root: project.root))
        let (_, archive) = try cache.geometry(of: Self.tiny, reading: "geojson tiny") {
            try WorldGeometry.geoJSON(Self.tiny, path: "tiny.geojson")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai").path))
        try #require(archive).keep()
        #expect(archives(in: cache).count == 1)
    }

    @Test("keeping an archive removes temporary files a killed command left an hour ago or more")
    func leftovers() throws {
        let project = try TemporaryProject()
        let cache = GeometryCache(files: ProjectFiles(root: project.root))
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        let manager = FileManager.default
        for (name, age) in [(".old.bin-1-2", 7200.0), (".recent.bin-3-4", 60.0)] {
            let path = cache.directory.appendingPathComponent(name).path
            #expect(manager.createFile(atPath: path, contents: Data([1, 2, 3])))
            try manager.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: path)
        }
        _ = try read(Self.tiny, reading: "geojson tiny", cache: cache, reader: Reader())
        let names = archives(in: cache)
        #expect(!names.contains(".old.bin-1-2"))
        #expect(names.contains(".recent.bin-3-4"), "a write in progress elsewhere is left alone")
        #expect(names.filter { !$0.hasPrefix(".") }.count == 1)
    }

    @Test("a file the reader refuses keeps nothing")
    func refused() throws {
        let project = try TemporaryProject()
        let cache = GeometryCache(files: ProjectFiles(root: project.root))
        let broken = Array("{\"type\":\"FeatureCollection\",\"features\":[".utf8)
        #expect(throws: GeoError.self) {
            try cache.geometry(of: broken, reading: "geojson broken") {
                try WorldGeometry.geoJSON(broken, path: "broken.geojson")
            }
        }
        #expect(archives(in: cache).isEmpty)
    }
}
