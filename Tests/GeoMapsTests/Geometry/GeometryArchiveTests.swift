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

    @Test("writes each ring as its count, then each position's longitude and latitude bits, little-endian")
    func positionBytes() throws {
        let geometry = try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
        let archive = GeometryArchive.encode(geometry)
        func littleEndian(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let rings = geometry.shapes.flatMap { $0.polygons.flatMap { $0 } }
        try #require(!rings.isEmpty)
        for ring in rings {
            let expected =
                littleEndian(UInt64(ring.count))
                + ring.flatMap { littleEndian($0.longitude.bitPattern) + littleEndian($0.latitude.bitPattern) }
            let found = archive.indices.contains { start in archive[start...].starts(with: expected) }
            #expect(found, "ring of \(ring.count) positions not written as expected")
        }
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

    /// A label point is archived as given (rings are cut and shifted first): the positions the
    /// readers accept, up to their limits, come back; any other is refused, as a file written by
    /// hand with a correct checksum could hold one (the archive harness found a latitude of
    /// 7e252 passing every count and index check and then overflowing the drawing).
    @Test(
        "keeps positions the readers accept and refuses any other",
        arguments: [
            (360.0, 90.0, true), (-360.0, -90.0, true), (179.5, -89.5, true),
            (360.000_001, 0.0, false), (0.0, 90.000_001, false), (0.0, -6.978_437e252, false),
            (655_360.0, 15.0, false), (-Double.greatestFiniteMagnitude, 0.0, false), (Double.nan, 0.0, false),
            (0.0, Double.infinity, false),
        ])
    func positionLimits(longitude: Double, latitude: Double, kept: Bool) throws {
        let square = [(0.0, 0.0), (10, 0), (10, 10), (0, 10)].map { GeoCoordinate(longitude: $0.0, latitude: $0.1) }
        let label = GeoCoordinate(longitude: longitude, latitude: latitude)
        let geometry = WorldGeometry(shapes: [
            CountryShape(iso3: try #require(AreaCode("AAA")), name: "A", labelPoint: label, polygons: [[square]])
        ])
        let decoded = GeometryArchive.decode(GeometryArchive.encode(geometry))
        #expect((decoded != nil) == kept)
        if let decoded { Self.expectSame(decoded, geometry) }
    }
}

/// `drawable` keeps the topology it has when leaving shapes out cannot change it, and builds
/// it again when it can; either way it draws what a geometry built from the kept shapes draws.
@Suite("Drawable subsets of a geometry")
struct DrawableSubsetTests {
    static func svg(_ geometry: WorldGeometry, projection: Projection) -> String {
        var request = MapRequest(
            title: "t", unit: .percent, values: [:], breaks: ClassBreaks.compute(.quantiles(3), values: [1, 2, 3]))
        request.projection = projection
        return ChoroplethRenderer.render(request, geometry: geometry).svg
    }

    @Test("the shipped counties without the territories: the same arcs, the same drawing as a rebuild")
    func counties() throws {
        let counties = try GeometryArchiveTests.shipped("Data/geo/us/us-counties.topojson")
        let states = Set((1...56).map { String(format: "%02d", $0) })
        let drawn = counties.drawable(by: .albersUSA) { states.contains(String($0.rawValue.prefix(2))) }
        #expect(drawn.shapes.count < counties.shapes.count)
        #expect(drawn.arcCount == counties.arcCount, "the topology was kept, not rebuilt")
        let rebuilt = WorldGeometry(shapes: drawn.shapes)
        #expect(rebuilt.arcCount < counties.arcCount)
        #expect(Self.svg(drawn, projection: .albersUSA) == Self.svg(rebuilt, projection: .albersUSA))
    }

    @Test("leaving out a neighbour rebuilds the topology: its border becomes the kept shape's coast")
    func neighbour() throws {
        let tiny = try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
        let drawn = tiny.drawable(by: .equalEarth) { $0.rawValue == "AAA" }
        let rebuilt = WorldGeometry(shapes: drawn.shapes)
        #expect(drawn.codes.map(\.rawValue) == ["AAA"])
        #expect(drawn.arcCount == rebuilt.arcCount)
        #expect(Self.svg(drawn, projection: .equalEarth) == Self.svg(rebuilt, projection: .equalEarth))
    }
}
