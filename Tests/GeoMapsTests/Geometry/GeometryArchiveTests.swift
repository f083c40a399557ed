import Foundation
import GeoMaps
import GeoModel
import GeoTestSupport
import Testing

/// The geometry cache's archive: the same geometry back, and `nil` for anything damaged.
@Suite("Geometry archive")
struct GeometryArchiveTests {
    static func shipped(_ path: String) throws -> WorldGeometry {
        let bytes = Array(try Data(contentsOf: RepositoryPaths.url(path)))
        guard path.hasSuffix(".topojson") else { return try WorldGeometry.geoJSON(bytes, path: path) }
        let layer = try #require(
            [Geography.usStates, .usCounties].compactMap(\.boundaries).first { $0.path == path })
        return try WorldGeometry.topoJSON(bytes, path: path, object: layer.object, codeProperty: layer.codeProperty)
    }

    /// Everything a reader of the geometry sees, compared field by field.
    static func expectSame(_ found: WorldGeometry, _ expected: WorldGeometry) {
        #expect(found.shapes == expected.shapes)
        #expect(found.diagnostics == expected.diagnostics)
        #expect(found.codes == expected.codes)
        #expect(found.arcCount == expected.arcCount)
    }

    @Test(
        "a shipped boundary file comes back equal, and draws the same SVG",
        arguments: [
            "Data/geo/countries-110m.geojson", "Data/geo/countries-50m.geojson", "Data/geo/us/us-states.topojson",
            "Data/geo/us/us-counties.topojson",
        ])
    func roundTrip(path: String) throws {
        let geometry = try Self.shipped(path)
        let decoded = try #require(GeometryArchive.decode(GeometryArchive.encode(geometry)))
        Self.expectSame(decoded, geometry)
        var request = MapRequest(
            title: "t", unit: .percent, values: [:], breaks: ClassBreaks.compute(.quantiles(3), values: [1, 2, 3]))
        if path.contains("/us/") { request.projection = .albersUSA }
        #expect(
            ChoroplethRenderer.render(request, geometry: decoded).svg
                == ChoroplethRenderer.render(request, geometry: geometry).svg)
    }

    @Test("keeps diagnostics with their locations and hints")
    func diagnostics() throws {
        let geometry = try WorldGeometry.topoJSON(try TestData.fixture("tiny.topojson"), path: "tiny.topojson")
        #expect(!geometry.diagnostics.isEmpty)
        let decoded = try #require(GeometryArchive.decode(GeometryArchive.encode(geometry)))
        Self.expectSame(decoded, geometry)
    }

    @Test("refuses truncated, altered, foreign and empty bytes")
    func damaged() throws {
        let archive = GeometryArchive.encode(
            try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson"))
        #expect(GeometryArchive.decode(archive) != nil)
        for length in stride(from: 0, to: archive.count, by: max(1, archive.count / 97)) {
            #expect(GeometryArchive.decode(Array(archive.prefix(length))) == nil, "cut at \(length)")
        }
        for position in stride(from: 0, to: archive.count, by: max(1, archive.count / 89)) {
            var altered = archive
            altered[position] ^= 0x40
            #expect(GeometryArchive.decode(altered) == nil, "byte \(position) altered")
        }
        #expect(GeometryArchive.decode(archive + [0]) == nil)
        #expect(GeometryArchive.decode([]) == nil)
        #expect(GeometryArchive.decode(Array("{\"type\":\"Topology\"}".utf8)) == nil)
    }
}
