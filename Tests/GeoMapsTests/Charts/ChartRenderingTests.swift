import Foundation
import GeoModel
import Testing

@testable import GeoMaps

@Suite("Charts")
struct ChartRenderingTests {
    static func regions() -> DotPlotChart {
        var chart = DotPlotChart(title: "DeepSeek's share of generative-AI use by region, H2 2025", unit: .percent)
        chart.subtitle = "Weighted by AI users; lines show the range the published bands allow"
        chart.alternativeLabel = "Without China"
        chart.rows = [
            .init(code: "asia", label: "Asia", value: 60, low: 55, high: 64, alternative: 8),
            .init(code: "africa", label: "Africa", value: 10.5, low: 8, high: 13),
            .init(code: "europe", label: "Europe", value: 5, low: 3, high: 7.5),
            .init(code: "oceania", label: "Oceania", value: nil, note: "coverage below 50 %"),
        ]
        chart.sourceLine = "Source: test"
        return chart
    }

    /// The x of the axis's zero line.
    static func zeroLine(_ elements: [SVGInspector.Element]) throws -> Double {
        let line = try #require(elements.first { $0.name == "line" && $0.attributes["stroke"] == "#8c8c8c" })
        return try #require(line.attributes["x1"].flatMap(Double.init))
    }

    @Test("a dot plot puts each estimate at its value on a zero-based axis, with ranges and alternatives")
    func dotPlot() throws {
        let chart = Self.regions().render()
        let elements = try SVGInspector.elements(of: chart.svg)
        #expect(chart.svg.contains("role=\"img\""))
        let groups = elements.filter { $0.name == "g" && $0.attributes["data-code"] != nil }
        #expect(groups.map { $0.attributes["data-code"] ?? "" } == ["asia", "africa", "europe", "oceania"])
        #expect(groups[0].attributes["data-alternative"] == "8" && groups[1].attributes["data-low"] == "8")
        #expect(groups[3].attributes["data-value"] == nil)
        // Filled circles are the estimates, in row order; their distance from the zero line is
        // proportional to the value.
        let dots = elements.filter {
            $0.name == "circle" && $0.attributes["fill"] == DotPlotChart.estimateColor && $0.attributes["r"] == "4.5"
        }
        let xs = try dots.map { try #require($0.attributes["cx"].flatMap(Double.init)) }
        let zero = try Self.zeroLine(elements)
        #expect(xs.count == 3)
        #expect(abs((xs[1] - zero) / (xs[0] - zero) - 10.5 / 60) < 0.01)
        #expect(abs((xs[2] - zero) / (xs[0] - zero) - 5.0 / 60) < 0.01)
        #expect(chart.description.contains("Highest: Asia, 60 %; lowest: Europe, 5 %."))
        #expect(chart.description.contains("No value: Oceania."))
        #expect(chart.svg.contains("<title>Asia: 60 % (range 55–64 %; without china 8 %)</title>"))

        let raster = try Raster.render(svg: chart.svg, named: "dot-plot", in: try MapFixtures.outputDirectory())
        let estimate = try #require(Raster.Color(hex: DotPlotChart.estimateColor))
        let circles = try dots.map {
            (
                try #require($0.attributes["cx"].flatMap(Double.init)),
                try #require($0.attributes["cy"].flatMap(Double.init))
            )
        }
        for (x, y) in circles {
            let color = try #require(raster.color(x: Int(x.rounded()), y: Int(y.rounded())))
            #expect(color.isClose(to: estimate, tolerance: 10), "estimate dot at \(x), \(y): \(color)")
        }
        #expect(chart.svg == Self.regions().render().svg, "deterministic")
    }

    @Test("a dumbbell chart draws rises in blue and falls in red from the earlier to the later value")
    func dumbbell() throws {
        var chart = DumbbellChart(title: "Biggest movers", unit: .percent, from: "H2 2025", to: "Q1 2026")
        chart.rows = [
            .init(code: "ARE", label: "United Arab Emirates", from: 59.4, to: 64),
            .init(code: "XXX", label: "Falls", from: 20, to: 15),
        ]
        let rendered = chart.render()
        let elements = try SVGInspector.elements(of: rendered.svg)
        let groups = elements.filter { $0.name == "g" && $0.attributes["data-code"] != nil }
        #expect(groups.map { $0.attributes["data-change"] ?? "" } == ["4.6", "-5"])
        let lines = elements.filter { $0.name == "line" && $0.attributes["stroke-width"] == "2" }
        #expect(lines.map { $0.attributes["stroke"] ?? "" } == [DumbbellChart.riseColor, DumbbellChart.fallColor])
        let first = try #require(lines.first)
        let x1 = try #require(first.attributes["x1"].flatMap(Double.init))
        let x2 = try #require(first.attributes["x2"].flatMap(Double.init))
        #expect(x2 > x1, "a rise runs to the right")
        #expect(rendered.svg.contains("<title>United Arab Emirates: 59.4 % → 64 % (+4.6 points)</title>"))
        #expect(rendered.description.contains("1 rose, 1 fell"))
        let raster = try Raster.render(svg: rendered.svg, named: "dumbbell", in: try MapFixtures.outputDirectory())
        let y = try #require(first.attributes["y1"].flatMap(Double.init))
        let middle = try #require(raster.color(x: Int((x1 + x2) / 2), y: Int(y.rounded())))
        #expect(middle.isClose(to: try #require(Raster.Color(hex: DumbbellChart.riseColor)), tolerance: 30))
    }

    @Test("a band strip puts each economy in its band's column, in the map's colours")
    func bandStrip() throws {
        var chart = BandStripChart(title: "African economies by DeepSeek band", bands: ["≤5 %", "6–10 %", "11–15 %"])
        chart.rows = [
            .init(code: "ETH", label: "Ethiopia", band: 2), .init(code: "KEN", label: "Kenya", band: 1),
            .init(code: "EGY", label: "Egypt", band: 1),
            .init(code: "COD", label: "Democratic Republic of the Congo", band: 0),
            .init(code: "ZZZ", label: "Nowhere", band: 7),
        ]
        chart.width = 360
        let rendered = chart.render()
        let elements = try SVGInspector.elements(of: rendered.svg)
        let chips = elements.filter { $0.name == "g" && $0.attributes["data-band"] != nil }
        #expect(
            chips.map { $0.attributes["data-code"] ?? "" } == ["COD", "EGY", "KEN", "ETH"], "by band, then by name")
        #expect(chips.map { $0.attributes["data-category"] ?? "" } == ["≤5 %", "6–10 %", "6–10 %", "11–15 %"])
        let shortened = try #require(
            rendered.svg.components(separatedBy: ">").first { $0.hasSuffix("…</text") }?.dropLast("…</text".count))
        #expect(
            !shortened.isEmpty && "Democratic Republic of the Congo".hasPrefix(shortened),
            "a long name is cut to fit its column")
        #expect(rendered.svg.contains("<title>Democratic Republic of the Congo: ≤5 %</title>"))
        #expect(
            rendered.description
                == "4 economies by band: ≤5 % 1, 6–10 % 2, 11–15 % 1. Not shown (no such band): Nowhere.")
        let raster = try Raster.render(svg: rendered.svg, named: "band-strip", in: try MapFixtures.outputDirectory())
        let swatches = elements.filter { $0.name == "rect" && $0.attributes["width"] == "10" }
        let colors = ColorScheme.orRd.colors(count: 3)
        for (swatch, band) in zip(swatches, [0, 1, 1, 2]) {
            let x = try #require(swatch.attributes["x"].flatMap(Double.init)) + 5
            let y = try #require(swatch.attributes["y"].flatMap(Double.init)) + 5
            let color = try #require(raster.color(x: Int(x), y: Int(y)))
            #expect(color.isClose(to: try #require(Raster.Color(hex: colors[band]))), "chip of band \(band): \(color)")
        }
    }
}
