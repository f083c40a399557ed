import GeoMaps
import GeoModel
import GeoTestSupport
import Testing

@Suite("Golden SVG files")
struct GoldenSVGTests {
    @Test("tiny map with every kind of economy")
    func tinyMap() throws {
        let map = ChoroplethRenderer.render(TinyMap.request(), geometry: try TinyMap.geometry())
        GoldenFile.assertMatches(map.svg, named: "tinyMap.svg")
    }

    @Test("tiny topology in Natural Earth I with viridis and quantiles")
    func tinyTopology() throws {
        let world = try WorldGeometry.topoJSON(try TestData.fixture("tiny.topojson"), path: "tiny.topojson")
        let values: [AreaCode: MapValue] = [
            TinyMap.code("AAA"): MapValue(value: 0.25), TinyMap.code("BBB"): MapValue(value: 0.5),
        ]
        var request = MapRequest(
            title: "Topology", unit: .fraction, values: values,
            breaks: ClassBreaks.compute(.quantiles(2), values: [0.25, 0.5]))
        request.projection = .naturalEarth1
        request.scheme = .viridis
        request.width = 320
        request.geometryCredit = ""
        let map = ChoroplethRenderer.render(request, geometry: world)
        GoldenFile.assertMatches(map.svg, named: "tinyTopology.svg")
    }

    @Test("diverging change map around zero")
    func divergingMap() throws {
        let values: [AreaCode: MapValue] = [
            TinyMap.code("AAA"): MapValue(value: -3.2), TinyMap.code("BBB"): MapValue(value: 0.4),
            TinyMap.code("CCC"): MapValue(value: 4.9), TinyMap.code("FFF"): MapValue(value: -0.6),
        ]
        var request = MapRequest(
            title: "Change in AI user share, H1 to H2 2025", unit: .percent, values: values,
            breaks: ClassBreaks.compute(
                .diverging(pivot: 0, classesEachSide: 2), values: values.values.compactMap(\.representativeValue)))
        request.valueSuffix = " pp"
        request.scheme = .rdBu
        request.projection = .equirectangular
        request.width = 400
        let map = ChoroplethRenderer.render(request, geometry: try TinyMap.geometry())
        #expect(map.legend.prefix(4).map(\.label) == ["−5 to −2.5 pp", "−2.5 to 0 pp", "0–2.5 pp", "2.5–5 pp"])
        GoldenFile.assertMatches(map.svg, named: "divergingMap.svg")
    }
}
