import Foundation
import GeoIngest
import GeoModel
import Testing

@testable import GeoPipeline

/// The pieces of `geo-ai init`'s scaffold: names, quoting, layout detection, and YAML that the
/// pipeline loader reads back as written.
@Suite("Pipeline scaffold")
struct PipelineScaffoldTests {
    @Test(
        "pipeline names are letters, digits, - and _",
        arguments: [
            ("ai-diffusion", true), ("deepseek_2025", true), ("2026", true), ("A", true),
            ("", false), ("-x", false), ("_x", false), ("a/b", false), ("../x", false), ("a b", false), ("é", false),
            ("a.yaml", false),
        ])
    func names(_ name: String, isValid: Bool) {
        #expect(PipelineScaffold.isValidName(name) == isValid)
    }

    @Test(
        "metric ids from file names: lower case, other runs as _, 'value' when nothing valid is left",
        arguments: [
            ("ai_user_share", "ai_user_share"), ("AI-Diffusion 2025", "ai_diffusion_2025"), ("--x--", "x"),
            ("diffusion-wide", "diffusion_wide"), ("2025", "value"), ("Übersicht", "bersicht"), ("", "value"),
        ])
    func metricIDs(_ name: String, id: String) {
        #expect(PipelineScaffold.metricID(from: name) == id)
    }

    @Test(
        "quoted scalars escape what YAML needs",
        arguments: [
            ("plain", #""plain""#), (#"say "hi""#, #""say \"hi\"""#), (#"a\b"#, #""a\\b""#), ("a\nb", #""a\nb""#),
            ("tab\t", #""tab\t""#), ("\u{1}", #""\x01""#), ("Côte: #1", #""Côte: #1""#),
        ])
    func quoting(_ text: String, quoted: String) throws {
        #expect(try PipelineScaffold.quoted(text) == quoted)
    }

    @Test(
        "the layout from the header",
        arguments: [
            ("country,period,metric,value", SourceFile.Format.long),
            ("iso3,value", .long),
            ("Economy,H1 2025 AI Diffusion,H2 2025 AI Diffusion", .wide),
            ("country,2025-H1,2025-H2", .wide),
            ("\"Date\",\"ChatGPT\",\"Perplexity\"", .monthly),
            ("name,something", .long),
        ])
    func layout(_ header: String, format: SourceFile.Format) throws {
        let table = try CSVTable(text: header + "\n", path: "x.csv")
        #expect(PipelineScaffold.detectFormat(of: table) == format)
    }

    @Test("the YAML loads back with every value the scaffold holds, awkward names included")
    func roundTrip() throws {
        let (h1, h2) = (try #require(Period("2025-H1")), try #require(Period("2025-H2")))
        let (kor, cog) = (try #require(AreaCode("KOR")), try #require(AreaCode("COG")))
        var scaffold = PipelineScaffold(name: "round-trip")
        scaffold.isFromData = true
        scaffold.source = SourceSpec(path: "Data/usage/a \"b\" #c.csv", format: .wide)
        scaffold.source.metric = "share"
        scaffold.source.period = h2
        scaffold.source.aliases = ["Korea, Rep.": kor, "Congo: the \"Republic\"": cog]
        scaffold.metrics = [
            .init(id: "share", unit: .percent, periods: [h1, h2]),
            .init(id: "users", unit: .number, periods: []),
        ]
        let config = try PipelineConfig(
            name: "round-trip", path: "Pipelines/round-trip.yaml", text: try scaffold.yaml())
        #expect(config.title == "round-trip")
        let source = try #require(config.sources.first)
        #expect(source.path == "Data/usage/a \"b\" #c.csv")
        #expect(source.format == .wide)
        #expect(source.metric == "share")
        #expect(source.period == h2)
        #expect(source.aliases == scaffold.source.aliases)
        #expect(config.metrics.map(\.id) == ["share", "users"])
        #expect(config.metrics.map(\.unit) == [.percent, .number])
        #expect(config.maps.map(\.metric) == ["share"], "no map for a metric without periods")
        #expect(config.maps.first?.periods == [h1, h2])
    }
}
