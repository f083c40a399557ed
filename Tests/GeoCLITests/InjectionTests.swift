import Foundation
import GeoTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Hostile text in every place a user or a data file can put it — pipeline title,
/// description, credits, metric label, map title and source line, an economy's reference
/// name, a source's alias and ignored names — goes through a full build and publish; no live
/// markup or link may come out in the Markdown, SVG or HTML.
@Suite("Injection")
struct InjectionTests {
    static let hostile =
        #"<script>alert(1)</script> "q" 'a' & ]]> | [x](javascript:alert(1)) <img src=x onerror=alert(2)>"#

    static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func project() throws -> TemporaryProject {
        let quoted = yamlString(hostile)
        let yaml = """
            title: \(quoted)
            description: \(yamlString(hostile + "\nsecond line"))
            sources:
              - path: Data/usage/sample.csv
                aliases:
                  \(yamlString("Congo " + hostile)): COG
                ignore: [\(yamlString("Nowhere " + hostile))]
            metrics:
              - id: ai_user_share
                label: \(quoted)
                unit: percent
                weight: working_age_population
            maps:
              - metric: ai_user_share
                periods: [2025-H1, 2025-H2]
                title: \(quoted)
                source: \(quoted)
            credits: [\(quoted)]
            """
        let csv = """
            country,period,metric,value,note
            Chad,2025-H1,ai_user_share,5,\(csvField(hostile))
            Chad,2025-H2,ai_user_share,6,
            \(csvField("Congo " + hostile)),2025-H1,ai_user_share,7.5,
            \(csvField("Nowhere " + hostile)),2025-H1,ai_user_share,1,

            """
        let project = try TemporaryProject(files: ["Pipelines/sample.yaml": yaml, "Data/usage/sample.csv": csv])
        // An economy's canonical name from the reference table.
        let countries = try #require(project.read("Data/reference/countries.csv"))
        try project.write(
            "Data/reference/countries.csv",
            countries.replacingOccurrences(of: "TCD,TD,148,Chad,", with: "TCD,TD,148,\(csvField("Chad " + hostile)),"))
        return project
    }

    static func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    /// Elements and attributes of a well-formed document; `nil` when it does not parse.
    final class Markup: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [(name: String, value: String)] = []

        static func read(_ text: String) -> Markup? {
            let markup = Markup()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = markup
            return parser.parse() ? markup : nil
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            elements.append(name.lowercased())
            for (key, value) in attributes { self.attributes.append((key.lowercased(), value)) }
        }
    }

    @Test("no live markup or link survives in Markdown, SVG or HTML")
    func escaped() throws {
        let project = try Self.project()
        let build = CLIRun(["build", "--quiet"], in: project.root)
        try #require(build.status == 0, "\(build.err)")
        let report = try #require(project.read("Reports/sample/README.md"))
        #expect(report.contains("Chad &lt;script&gt;"), "the hostile economy name should appear, escaped")
        #expect(!report.contains("<script"))
        #expect(!report.contains("<img"))
        #expect(report.range(of: #"(?<!\\)\[x(\\)?\]\(javascript:"#, options: .regularExpression) == nil)
        #expect(!report.contains("\nsecond line"), "a line break in a description must not start a new Markdown line")

        for name in project.files(under: "Reports/sample/maps") {
            let svg = try #require(project.read("Reports/sample/maps/\(name)"))
            #expect(Self.isWellFormedXML(svg), "\(name) is not well-formed XML")
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<img"))
            #expect(svg.contains("&lt;script&gt;"))
        }

        let publish = CLIRun(["publish"], in: project.root)
        try #require(publish.status == 0, "\(publish.err)")
        for name in project.files(under: "_site") where name.hasSuffix(".html") || name.hasSuffix(".svg") {
            let page = try #require(project.read("_site/\(name)"))
            let markup = try #require(Markup.read(page), "\(name) does not parse as XML")
            #expect(!markup.elements.contains("script"), "\(name) has a live script")
            #expect(!markup.elements.contains("iframe"), "\(name) has an iframe")
            #expect(!markup.attributes.contains { $0.name.hasPrefix("on") }, "\(name) has an event handler")
            #expect(
                !markup.attributes.contains {
                    ["href", "src", "xlink:href"].contains($0.name) && $0.value.lowercased().contains("javascript:")
                },
                "\(name) has a javascript: link")
            #expect(!markup.attributes.contains { $0.name == "src" && $0.value == "x" }, "\(name) has the hostile img")
        }
    }
}
