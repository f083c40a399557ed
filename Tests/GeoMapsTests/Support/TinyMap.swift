import GeoMaps
import GeoModel

/// The small fixture map used by the contract and golden tests: every kind of economy once.
///
/// AAA, BBB, CCC have point values; FFF a band (the enclave of EEE, which has no data); GGG is
/// an island too small to see (a dot); XKX (Kosovo, keyed from ADM0_A3 KOS) has insufficient
/// data; HHH has data and a label point but no shape (a dot); III has data and nothing to draw.
enum TinyMap {
    static func code(_ text: String) -> AreaCode {
        guard let code = AreaCode(text) else { preconditionFailure("bad test code \(text)") }
        return code
    }

    static func request() -> MapRequest {
        let values: [AreaCode: MapValue] = [
            code("AAA"): MapValue(value: 10), code("BBB"): MapValue(value: 20), code("CCC"): MapValue(value: 30),
            code("FFF"): MapValue(low: 11, high: 15, label: "11-15"), code("GGG"): MapValue(value: 5),
            code("XKX"): MapValue(status: .insufficientData, label: "insufficient data"),
            code("HHH"): MapValue(value: 25), code("III"): MapValue(value: 12),
        ]
        let breaks = ClassBreaks.compute(.manual([10, 20]), values: values.values.compactMap(\.representativeValue))
        var request = MapRequest(title: "Tiny & <test> map", unit: .percent, values: values, breaks: breaks)
        request.subtitle = "Every kind of economy, once"
        request.sourceLine = "Source: test fixtures"
        request.legendTitle = "Share"
        request.names = [code("HHH"): "Hotel"]
        request.labelPoints = [code("HHH"): GeoCoordinate(longitude: 52, latitude: 5)]
        request.width = 480
        request.scheme = .blues
        request.overlays = [
            FlagOverlay(
                id: "sanctioned", label: "Under sanctions", members: [code("BBB"), code("GGG"), code("ZZZ")],
                style: .hatch),
            FlagOverlay(id: "watch", label: "On a watch list", members: [code("AAA")], style: .outline),
        ]
        return request
    }

    static func geometry() throws -> WorldGeometry {
        try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
    }
}
