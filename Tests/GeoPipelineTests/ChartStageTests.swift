import Foundation
import GeoModel
import GeoPipeline
import GeoTestSupport
import Testing

/// The shipped charts, checked against figures worked out from the raw CSV files (or, for the
/// world DeepSeek share, the figures stated in the issue that asked for them).
@Suite("Charts of the shipped pipelines", .serialized)
struct ChartStageTests {
    /// The `data-*` attributes of every `<g data-code=…>` mark, by code.
    static func marks(_ url: URL) throws -> [String: [String: String]] {
        let svg = try String(contentsOf: url, encoding: .utf8)
        var marks: [String: [String: String]] = [:]
        for line in svg.components(separatedBy: "<g ") where line.hasPrefix("data-code=") {
            let tag = line.prefix { $0 != ">" }
            var attributes: [String: String] = [:]
            for part in tag.components(separatedBy: "\" ") {
                let pair = part.components(separatedBy: "=\"")
                if pair.count == 2 { attributes[pair[0]] = pair[1].replacingOccurrences(of: "\"", with: "") }
            }
            if let code = attributes["data-code"] { marks[code] = attributes }
        }
        return marks
    }

    @Test("the regions chart shows the world DeepSeek share with its range and the figure without China")
    func regions() throws {
        let project = try ShippedDataTests.buildCopy()
        let marks = try Self.marks(
            project.root.appendingPathComponent("Reports/deepseek/charts/regions-deepseek_share-2025-H2.svg"))
        let world = try #require(marks["World"])
        // World 20.9 % with range about 19.0–22.7; 5.3 % without China.
        #expect(abs((Double(world["data-value"] ?? "") ?? 0) - 20.9) < 0.05)
        #expect(abs((Double(world["data-low"] ?? "") ?? 0) - 19.0) < 0.05)
        #expect(abs((Double(world["data-high"] ?? "") ?? 0) - 22.7) < 0.05)
        #expect(abs((Double(world["data-alternative"] ?? "") ?? 0) - 5.3) < 0.05)
        #expect(Set(marks.keys) == ["World", "Africa", "Americas", "Asia", "Europe", "Oceania"])
        let readme = try String(
            contentsOf: project.root.appendingPathComponent("Reports/deepseek/README.md"), encoding: .utf8)
        #expect(readme.contains("## Charts"))
        #expect(readme.contains("](charts/regions-deepseek_share-2025-H2.svg)"))
    }

    @Test("the bands chart puts every African economy with a band in the band the publisher printed")
    func bands() throws {
        let project = try ShippedDataTests.buildCopy()
        let countries = try ShippedDataTests.rows("Data/reference/countries.csv")
        let african = Set(countries.filter { $0["m49_region"] == "Africa" }.compactMap { $0["iso3"] })
        var expected: [String: Int] = [:]
        for row in try ShippedDataTests.rows("Data/usage/deepseek_share_2025H2.csv") {
            guard let iso3 = row["iso3"], african.contains(iso3) else { continue }
            let value =
                Double(row["value"] ?? "")
                ?? {
                    guard let low = Double(row["low"] ?? ""), let high = Double(row["high"] ?? "") else { return nil }
                    return (low + high) / 2
                }()
            guard let value else { continue }
            // The publisher's bands: ≤5, 6–10, 11–15, 16–20, 21–25, >25 (upper bounds included).
            expected[iso3] = [5.0, 10, 15, 20, 25].firstIndex { value <= $0 } ?? 5
        }
        let marks = try Self.marks(
            project.root.appendingPathComponent("Reports/deepseek/charts/bands-deepseek_share-africa-2025-H2.svg"))
        #expect(marks.mapValues { Int($0["data-band"] ?? "") ?? -1 } == expected)
        #expect(expected.count == 46)
    }

    @Test("the movers chart shows the largest changes between the latest two periods, shared estimates once")
    func movers() throws {
        let project = try ShippedDataTests.buildCopy()
        var series: [String: [String: Double]] = [:]
        for row in try ShippedDataTests.rows("Data/usage/ai_user_share.csv") {
            guard let iso3 = row["iso3"], let period = row["period"], let value = Double(row["value"] ?? "") else {
                continue
            }
            series[iso3, default: [:]][period] = value
        }
        // Economies sharing one estimate: the same three values as another economy.
        let signature = series.mapValues { values in
            values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        }
        let shared = Set(
            series.keys.filter { code in signature.contains { $0.key != code && $0.value == signature[code] } })
        let marks = try Self.marks(
            project.root.appendingPathComponent("Reports/ai-diffusion/charts/movers-ai_user_share-2025-H2-2026-Q1.svg"))
        #expect(marks.count == 10)
        var smallestShown = Double.infinity
        for (code, attributes) in marks {
            let first = try #require(code.split(separator: " ").first.map(String.init))
            let from = try #require(series[first]?["2025-H2"])
            let to = try #require(series[first]?["2026-Q1"])
            #expect(attributes["data-from"].flatMap(Double.init) == from)
            #expect(attributes["data-to"].flatMap(Double.init) == to)
            smallestShown = min(smallestShown, abs(to - from))
        }
        let shown = Set(marks.keys.flatMap { $0.split(separator: " ").map(String.init) })
        for (code, values) in series where !shown.contains(code) && !shared.contains(code) {
            guard let from = values["2025-H2"], let to = values["2026-Q1"] else { continue }
            #expect(abs(to - from) <= smallestShown + 1e-9, "\(code) changed by \(to - from) but is not shown")
        }
    }

    @Test("a map's subtitle says what it measures and who measured it; the classing method is a note under the legend")
    func mapTitles() throws {
        let project = try ShippedDataTests.buildCopy()
        let svg = try String(
            contentsOf: project.root.appendingPathComponent("Reports/ai-diffusion/maps/ai_user_share-2026-Q1.svg"),
            encoding: .utf8)
        let subtitle = try #require(svg.range(of: ">Share of working-age people (15–64) using generative AI"))
        let legend = try #require(svg.range(of: "data-class=\"1\" data-min="))
        let note = try #require(svg.range(of: ">Classes: Fisher–Jenks natural breaks, 5 classes, rounded"))
        let source = try #require(svg.range(of: ">Source: Microsoft AI Economy Institute"))
        #expect(subtitle.lowerBound < legend.lowerBound && legend.lowerBound < note.lowerBound)
        #expect(note.lowerBound < source.lowerBound)
    }
}
