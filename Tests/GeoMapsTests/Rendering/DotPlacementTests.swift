import Foundation
import GeoModel
import Testing

@testable import GeoMaps

@Suite("Dots for small economies")
struct DotPlacementTests {
    /// Every pair of points at least `distance` apart.
    static func closestPair(_ points: [PlanarPoint]) -> Double {
        var closest = Double.infinity
        for (i, a) in points.enumerated() {
            for b in points[(i + 1)...] {
                closest = min(closest, ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot())
            }
        }
        return closest
    }

    @Test("spreading leaves no two dots closer than two radii and a gap, and keeps lone dots in place")
    func spreads() {
        let cluster = [
            PlanarPoint(x: 100, y: 100), PlanarPoint(x: 100, y: 100), PlanarPoint(x: 101, y: 100),
            PlanarPoint(x: 100, y: 102),
            PlanarPoint(x: 99, y: 99), PlanarPoint(x: 103, y: 101), PlanarPoint(x: 300, y: 300),
        ]
        let spread = DotSpreading.spread(cluster, radius: 3)
        #expect(Self.closestPair(spread) >= 7 - 1e-6)
        #expect(spread[6] == cluster[6], "a dot with no neighbour stays where it is")
        #expect(spread == DotSpreading.spread(cluster, radius: 3), "deterministic")
        let centre = spread.prefix(6).reduce(0) { $0 + $1.x } / 6
        #expect(abs(centre - 100.5) < 1, "the cluster stays around its place")
    }

    /// The Lesser Antilles and other Caribbean economies have no shape at 1:110m.
    static let caribbean = [
        "ATG", "BRB", "DMA", "GRD", "KNA", "LCA", "VCT", "ABW", "CUW", "VGB", "VIR", "CYM", "TCA", "AIA", "MSR",
    ]

    @Test("Caribbean dots at 1:110m do not overlap, have one radius and leader lines to their places")
    func caribbeanInSVG() throws {
        let values = Dictionary(
            uniqueKeysWithValues: Self.caribbean.enumerated().map {
                (TinyMap.code($1), MapValue(value: Double($0)))
            })
        var request = MapRequest(
            title: "Caribbean", unit: .percent, values: values,
            breaks: ClassBreaks.compute(.quantiles(3), values: values.values.compactMap(\.representativeValue)))
        request.labelPoints = try TestData.labelPoints()
        let map = ChoroplethRenderer.render(request, geometry: try TestData.world110())
        let circles = try SVGInspector.elements(of: map.svg).filter { $0.name == "circle" }
        #expect(circles.count == Self.caribbean.count)
        let centers = try circles.map { circle in
            PlanarPoint(
                x: try #require(circle.attributes["cx"].flatMap(Double.init)),
                y: try #require(circle.attributes["cy"].flatMap(Double.init)))
        }
        // Written to a tenth of a pixel: allow that much below 2 × 3 + 1.
        #expect(Self.closestPair(centers) >= 6.9, "closest pair \(Self.closestPair(centers)) px")
        #expect(Set(circles.compactMap { $0.attributes["r"] }) == ["3"])
        #expect(map.svg.contains("class=\"leaders\""))
        // Every dot shows its class colour at its centre: none is hidden under another.
        let raster = try Raster.render(svg: map.svg, named: "caribbean-dots", in: try MapFixtures.outputDirectory())
        for (circle, center) in zip(circles, centers) {
            let group = try #require(
                try SVGInspector.economies(of: map.svg)[String(circle.attributes["id"]?.suffix(3) ?? "")])
            let fill = try #require(group.attributes["fill"].flatMap(Raster.Color.init(hex:)))
            let color = try #require(raster.color(x: Int(center.x.rounded()), y: Int(center.y.rounded())))
            #expect(color.isClose(to: fill, tolerance: 12), "\(circle.attributes["id"] ?? "") at \(center): \(color)")
        }
    }

    @Test("economies with insufficient data or none get no dot")
    func noDotWithoutValue() throws {
        let values: [AreaCode: MapValue] = [
            TinyMap.code("ATG"): MapValue(status: .insufficientData, label: "insufficient data"),
            TinyMap.code("BRB"): MapValue(value: 12),
            TinyMap.code("MLT"): MapValue(status: .insufficientData, label: "insufficient data"),
        ]
        var request = MapRequest(
            title: "Dots", unit: .percent, values: values, breaks: ClassBreaks.compute(.quantiles(1), values: [12]))
        request.labelPoints = try TestData.labelPoints()
        let map = ChoroplethRenderer.render(request, geometry: try TestData.world110())
        let circles = try SVGInspector.elements(of: map.svg).filter { $0.name == "circle" }
        #expect(circles.compactMap { $0.attributes["id"] } == ["map-BRB"])
        #expect(map.dots == [TinyMap.code("BRB")])
    }
}
