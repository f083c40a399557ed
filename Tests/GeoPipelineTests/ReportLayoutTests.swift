import Foundation
import GeoModel
import GeoPipeline
import GeoTestSupport
import Testing

/// The report a reader finishes (issue #12 item 8): the sections in order, at most 1,800 words
/// and no table longer than 15 rows before `## Appendix`, and no nested brackets in prose.
@Suite("Report layout")
struct ReportLayoutTests {
    /// The text before `## Appendix`; the whole text when there is none.
    static func body(_ report: String) -> String {
        report.components(separatedBy: "\n## Appendix\n").first ?? report
    }

    /// The row count of the longest Markdown table (header and rule lines not counted).
    static func longestTable(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            run = line.hasPrefix("|") ? run + 1 : 0
            longest = max(longest, run - 2)
        }
        return longest
    }

    /// Words as a reader counts them: runs of characters between spaces and line breaks.
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }

    /// The deepest nesting of round brackets in a line.
    static func bracketDepth(_ line: Substring) -> Int {
        var depth = 0
        var deepest = 0
        for character in line {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            deepest = max(deepest, depth)
        }
        return deepest
    }

    @Test(
        "the shipped reports keep their body short: ≤ 1,800 words, tables ≤ 15 rows, sections in reading order",
        arguments: ["Reports/ai-diffusion/README.md", "Reports/deepseek/README.md"])
    func shippedBody(path: String) throws {
        let report = try String(contentsOf: RepositoryPaths.url(path), encoding: .utf8)
        #expect(report.contains("\n## Appendix\n"))
        let body = Self.body(report)
        #expect(Self.words(body) <= 1_800, "\(path): \(Self.words(body)) words before the appendix")
        #expect(Self.longestTable(body) <= 15, "\(path): a table of \(Self.longestTable(body)) rows in the body")
        let headings = body.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        let order = ["Summary", "Key numbers", "Maps", "Charts", "Claims checked", "Regions", "Highest and lowest"]
        let found = order.compactMap { name in headings.firstIndex { $0.hasPrefix(name) } }
        #expect(found == found.sorted(), "\(path): sections out of order: \(headings)")
        #expect(headings.first == "Summary" && headings.last == "Caveats")
        // The long lists are in the appendix, not the body.
        for appendixOnly in ["## Flags", "## Name resolution audit", "## Sources", "## Data coverage"] {
            #expect(!body.contains(appendixOnly), "\(path): \(appendixOnly) is before the appendix")
        }
        #expect(report.contains("\n### Name resolution audit\n") && report.contains("\n### Sources\n"))
    }

    @Test(
        "prose before the appendix never nests brackets (weights read 'users (working-age population × AI user share)')",
        arguments: ["Reports/ai-diffusion/README.md", "Reports/deepseek/README.md"])
    func noNestedBrackets(path: String) throws {
        let report = try String(contentsOf: RepositoryPaths.url(path), encoding: .utf8)
        let prose = Self.body(report).split(separator: "\n").filter { !$0.hasPrefix("|") && !$0.hasPrefix("![") }
        for line in prose { #expect(Self.bracketDepth(line) <= 1, "\(path): \(line)") }
        #expect(!report.contains("× working-age population)"))
    }

    @Test("the deepseek report states only the caveats that apply, with the provider lists' date")
    func caveats() throws {
        let deepseek = try String(contentsOf: RepositoryPaths.url("Reports/deepseek/README.md"), encoding: .utf8)
        let diffusion = try String(contentsOf: RepositoryPaths.url("Reports/ai-diffusion/README.md"), encoding: .utf8)
        let caveatsOf = { (text: String) in
            Self.body(text).components(separatedBy: "## Caveats\n").last?.split(separator: "\n")
                .filter { $0.hasPrefix("- **") }.compactMap { $0.split(separator: "**").dropFirst().first }
                .map(String.init) ?? []
        }
        // By hand from the data: DeepSeek has bands read off the map and four press-quoted point
        // values (Data/usage/deepseek_share_2025H2.csv notes) and no shared estimates; AI diffusion
        // has shared estimates and neither bands nor press quotes. Both flag provider gaps.
        #expect(
            caveatsOf(deepseek) == [
                "Estimates from telemetry.", "Bands read off a published map.", "Point values quoted in the press.",
                "Provider lists as of 2025-11.",
            ])
        #expect(
            caveatsOf(diffusion) == [
                "Estimates from telemetry.", "Shared regional estimates.", "Provider lists as of 2025-11.",
            ])
        #expect(deepseek.contains("140 values are only a band"))
        #expect(deepseek.contains("The values for Ethiopia, Iran, Syria and Zimbabwe come from press reports"))
    }

    @Test(
        "a pipeline with 200 economies keeps every body table at 15 rows or fewer; the long tables go to the appendix")
    func manyEconomies() throws {
        let countries = try TestCSV.records(inRepositoryFile: "Data/reference/countries.csv")
            .filter { !($0["working_age_population"] ?? "").isEmpty && !($0["m49_region"] ?? "").isEmpty }
            .prefix(200)
        #expect(countries.count == 200)
        var csv = "country,period,metric,value\n"
        for (index, country) in countries.enumerated() {
            csv += "\(country["iso3"] ?? ""),2025-H2,ai_user_share,\(Double(index % 97) / 2 + 1)\n"
        }
        let yaml = """
            title: Many economies
            sources:
              - path: Data/usage/many.csv
            metrics:
              - id: ai_user_share
                label: AI user share
                unit: percent
                weight: working_age_population
            """
        let project = try TemporaryProject(files: ["Pipelines/many.yaml": yaml, "Data/usage/many.csv": csv])
        _ = try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
        let report = try #require(project.read("Reports/many/README.md"))
        let body = Self.body(report)
        #expect(Self.longestTable(body) <= 15)
        #expect(Self.words(body) <= 1_800)
        // The UN M49 sub-regions (17 with data) and the economies' coverage are in the appendix.
        let appendix = try #require(report.components(separatedBy: "\n## Appendix\n").last)
        #expect(Self.longestTable(appendix) > 15)
        #expect(appendix.contains("**UN M49 sub-regions, 2025-H2**"))
        #expect(body.contains("**World and UN M49 regions, 2025-H2**"))
    }
}
