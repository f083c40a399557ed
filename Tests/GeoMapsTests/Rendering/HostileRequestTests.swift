import GeoMaps
import GeoModel
import Testing

@Suite("Hostile requests")
struct HostileRequestTests {
    @Test("odd values, widths, label points and geometry still give well-formed SVG")
    func survives() throws {
        let code = TinyMap.code
        let shapes = [
            CountryShape(
                iso3: code("AAA"), name: "A\u{0}&", labelPoint: GeoCoordinate(longitude: .nan, latitude: 1),
                polygons: [
                    [
                        [
                            GeoCoordinate(longitude: 0, latitude: 0), GeoCoordinate(longitude: .infinity, latitude: 0),
                            GeoCoordinate(longitude: 1, latitude: 0), GeoCoordinate(longitude: 1, latitude: 200),
                            GeoCoordinate(longitude: 0, latitude: 1),
                        ]
                    ]
                ]),
            CountryShape(
                iso3: code("BBB"), name: "", labelPoint: nil, polygons: [[[GeoCoordinate(longitude: 5, latitude: 5)]]]),
            CountryShape(iso3: code("CCC"), name: "C", labelPoint: nil, polygons: []),
        ]
        let geometries = [WorldGeometry(shapes: shapes), WorldGeometry(shapes: [])]
        let values: [AreaCode: MapValue] = [
            code("AAA"): MapValue(value: .nan), code("BBB"): MapValue(value: .infinity, low: 3, high: 1),
            code("CCC"): MapValue(value: -1e300), code("DDD"): MapValue(value: 1e300),
            code("EEE"): MapValue(status: .insufficientData),
        ]
        let classifications: [Classification] = [
            .diverging(pivot: .nan, classesEachSide: 1_000_000), .quantiles(-4), .manual([.nan, .infinity]),
            .fisherJenks(500),
        ]
        for geometry in geometries {
            for classification in classifications {
                for width in [Int.min, 0, 480, Int.max] {
                    var request = MapRequest(
                        title: "\u{1}<x>", unit: .count, values: values,
                        breaks: ClassBreaks.compute(
                            classification, values: values.values.compactMap(\.representativeValue)))
                    request.width = width
                    request.labelPoints = [code("DDD"): GeoCoordinate(longitude: .nan, latitude: .infinity)]
                    request.overlays = [
                        FlagOverlay(id: "\"><", label: "", members: [code("AAA"), code("DDD")], style: .hatch)
                    ]
                    request.minimumShapeArea = .nan
                    request.idPrefix = "1 2 <3>"
                    let map = ChoroplethRenderer.render(request, geometry: geometry)
                    _ = try SVGInspector.elements(of: map.svg)
                    #expect(map.notDrawn.contains(code("DDD")))
                }
            }
        }
    }
}
