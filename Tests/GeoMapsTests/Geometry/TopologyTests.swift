import GeoMaps
import GeoModel
import Testing

@Suite("Shared borders")
struct TopologyTests {
    private static func square(_ code: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) throws
        -> CountryShape
    {
        CountryShape(
            iso3: try #require(AreaCode(code)), name: code, labelPoint: nil,
            polygons: [
                [[(x0, y0), (x1, y0), (x1, y1), (x0, y1)].map { GeoCoordinate(longitude: $0.0, latitude: $0.1) }]
            ])
    }

    @Test("a border two economies share is stored once")
    func sharedBorderIsOneArc() throws {
        let world = WorldGeometry(shapes: [try Self.square("AAA", 0, 0, 10, 10), try Self.square("BBB", 10, 0, 20, 10)])
        #expect(world.arcCount == 3)
    }

    @Test("an enclave and the hole it fills are one arc")
    func enclaveIsOneArc() throws {
        let world = try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
        let hole = try #require(world.shape(for: TinyMap.code("EEE"))?.polygons[0][1])
        let enclave = try #require(world.shape(for: TinyMap.code("FFF"))?.polygons[0][0])
        #expect(Set(hole) == Set(enclave))
        let solo = WorldGeometry(shapes: [try #require(world.shape(for: TinyMap.code("EEE")))])
        let pair = WorldGeometry(shapes: [
            try #require(world.shape(for: TinyMap.code("EEE"))), try #require(world.shape(for: TinyMap.code("FFF"))),
        ])
        #expect(pair.arcCount == solo.arcCount)
    }

    @Test("neighbours share exactly the same border points after simplification and rounding")
    func renderedNeighboursShareBorderPoints() throws {
        let world = try TestData.world110()
        var request = MapRequest(
            title: "t", unit: .percent, values: [:], breaks: ClassBreaks.compute(.quantiles(3), values: [1, 2, 3]))
        request.width = 700
        let svg = ChoroplethRenderer.render(request, geometry: world).svg
        let economies = try SVGInspector.elements(of: svg)
        func points(_ code: String) throws -> Set<String> {
            let path = try #require(economies.first { $0.attributes["id"] == "map-\(code)" }?.attributes["d"])
            // Sum relative steps in tenths of a pixel, as written, so no floating-point drift.
            return Set(
                SVGInspector.subpaths(of: path).flatMap {
                    $0.map { "\(Int(($0.x * 10).rounded())),\(Int(($0.y * 10).rounded()))" }
                })
        }
        for (a, b) in [("FRA", "ESP"), ("USA", "CAN"), ("BRA", "ARG"), ("CHN", "IND"), ("DEU", "POL")] {
            let shared = try points(a).intersection(try points(b))
            #expect(shared.count >= 3, "\(a) and \(b) share \(shared.count) border points")
        }
    }
}
