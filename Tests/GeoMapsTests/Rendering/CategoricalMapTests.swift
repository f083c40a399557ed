import Foundation
import GeoModel
import Testing

@testable import GeoMaps

@Suite("Categorical maps")
struct CategoricalMapTests {
    static let levels = ["All three US providers unavailable", "Some unavailable", "None unavailable"]

    static func request(ordered: Bool) -> MapRequest {
        let values: [AreaCode: MapValue] = [
            TinyMap.code("CHN"): MapValue(category: levels[0]), TinyMap.code("RUS"): MapValue(category: levels[0]),
            TinyMap.code("BLR"): MapValue(category: levels[1]), TinyMap.code("BRA"): MapValue(category: levels[2]),
            TinyMap.code("AUS"): MapValue(category: levels[2]),
            TinyMap.code("GRL"): MapValue(status: .insufficientData),
            TinyMap.code("CAN"): MapValue(category: "Not a listed level"),
        ]
        var request = MapRequest(
            title: "Cut off from US AI services", unit: .number, values: values,
            breaks: ClassBreaks.compute(.categories, values: []))
        request.categories = levels
        request.categoriesAreOrdered = ordered
        request.scheme = .orRd
        return request
    }

    @Test("every economy carries its category; the legend lists the categories with their counts")
    func attributesAndLegend() throws {
        let map = ChoroplethRenderer.render(Self.request(ordered: false), geometry: try TestData.world110())
        let economies = try SVGInspector.economies(of: map.svg)
        #expect(economies["CHN"]?.attributes["data-category"] == Self.levels[0])
        #expect(economies["CHN"]?.title == "China: \(Self.levels[0])")
        #expect(economies["BRA"]?.attributes["data-category"] == Self.levels[2])
        #expect(economies["BRA"]?.attributes["fill"] == ColorScheme.categorical[2])
        #expect(economies["GRL"]?.attributes["data-class"] == "insufficient")
        #expect(economies["CAN"]?.attributes["data-class"] == "none", "an unlisted category is no data")
        #expect(map.notes.contains { $0.severity == .warning && $0.message.hasPrefix("Canada (CAN) has no category") })
        let categories = map.legend.prefix(3).map { "\($0.label) \($0.count)" }
        #expect(categories == ["\(Self.levels[0]) 2", "\(Self.levels[1]) 1", "\(Self.levels[2]) 2"])
        #expect(
            map.svg.contains(
                "Fill shows each economy&#39;s category: \(Self.levels[0]) (2), \(Self.levels[1]) (1), \(Self.levels[2]) (2)."
            ))
    }

    @Test("ordered categories take the sequential scheme, and librsvg draws each in its colour")
    func pixels() throws {
        let map = ChoroplethRenderer.render(Self.request(ordered: true), geometry: try TestData.world110())
        let raster = try Raster.render(svg: map.svg, named: "categorical", in: try MapFixtures.outputDirectory())
        let colors = ColorScheme.orRd.colors(count: 3)
        for (name, longitude, latitude, index) in [
            ("China", 103.0, 35.0, 0), ("Belarus", 28.0, 53.5, 1), ("Brazil", -51.0, -10.0, 2),
        ] {
            let expected = try #require(Raster.Color(hex: colors[index]))
            let pixel = map.frame.pixel(for: GeoCoordinate(longitude: longitude, latitude: latitude))
            let color = try #require(raster.color(x: Int(pixel.x), y: Int(pixel.y)))
            #expect(color.isClose(to: expected), "\(name): \(color), expected \(expected)")
        }
    }

    @Test("the spec reads categories, which have no numeric classes")
    func specParses() throws {
        #expect(try Classification(spec: "categories") == .categories)
        #expect(ClassBreaks.compute(.categories, values: [1, 2]).classCount == 0)
    }
}
