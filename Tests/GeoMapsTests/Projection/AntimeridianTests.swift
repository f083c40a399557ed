import GeoMaps
import GeoModel
import Testing

@Suite("Antimeridian")
struct AntimeridianTests {
    /// The longest horizontal step of any path segment, in pixels.
    static func widestSegment(in svg: String) throws -> (width: Double, code: String) {
        var widest = (width: 0.0, code: "")
        for element in try SVGInspector.elements(of: svg) where element.name == "path" {
            guard let data = element.attributes["d"], let id = element.attributes["id"] else { continue }
            for subpath in SVGInspector.subpaths(of: data) {
                for (a, b) in zip(subpath, subpath.dropFirst() + subpath.prefix(1)) where abs(b.x - a.x) > widest.width
                {
                    widest = (abs(b.x - a.x), id)
                }
            }
        }
        return widest
    }

    @Test("a ring crossing ±180° is cut into pieces within −180…180°")
    func cutsCrossingRings() throws {
        let world = try WorldGeometry.geoJSON(
            try TestData.fixture("antimeridian.geojson"), path: "antimeridian.geojson")
        let shape = try #require(world.shape(for: TinyMap.code("ANT")))
        #expect(shape.polygons.count == 2)
        let longitudes = shape.polygons.flatMap { $0.flatMap { $0.map(\.longitude) } }
        #expect(longitudes.allSatisfy { abs($0) <= 180 })
        #expect(longitudes.contains(180) && longitudes.contains(-180))
        let map = ChoroplethRenderer.render(
            MapRequest(
                title: "t", unit: .number, values: [:], breaks: ClassBreaks.compute(.quantiles(2), values: [1, 2])),
            geometry: world)
        #expect(try Self.widestSegment(in: map.svg).width < Double(map.width) / 2)
    }

    @Test("Russia and Fiji render without streaks across the map", arguments: Projection.worldProjections)
    func russiaAndFiji(_ projection: Projection) throws {
        let world = try TestData.world110()
        let codes = ["RUS", "FJI", "USA", "KIR"].compactMap { AreaCode($0) }
        var request = MapRequest(
            title: "Antimeridian", unit: .number,
            values: Dictionary(uniqueKeysWithValues: codes.map { ($0, MapValue(value: 1)) }),
            breaks: ClassBreaks.compute(.quantiles(1), values: [1]))
        request.projection = projection
        let map = ChoroplethRenderer.render(request, geometry: world)
        let widest = try Self.widestSegment(in: map.svg)
        #expect(widest.width < map.frame.width / 2, "\(widest.code) has a segment \(widest.width) px wide")
        let russia = try #require(
            try SVGInspector.elements(of: map.svg).first { $0.attributes["id"] == "map-RUS" }?.attributes["d"])
        let pieces = SVGInspector.subpaths(of: russia).map { $0.map(\.x) }
        let centre = map.frame.left + map.frame.width / 2
        #expect(
            pieces.contains { ($0.max() ?? .infinity) < centre - map.frame.width / 4 },
            "Chukotka east of 180° is drawn on the far left, as its own piece")
        #expect(pieces.contains { ($0.min() ?? 0) > centre }, "the rest of Russia is on the right")
    }
}
