import Foundation
import GeoPipeline
import GeoTestSupport
import Testing

/// The Markdown report of a small fixture pipeline, section by section, against reviewed golden
/// files in `Tests/GeoReportsTests/Golden/report-*.md`. A mismatch prints a unified diff of
/// the section; see the README's "Golden files" for how to review and update them.
///
/// The fixture has a point value and bands, a sanctioned economy and economies left out by
/// US providers, a claim and a categorical map, so that every section has something to say.
@Suite("Report golden files")
struct ReportGoldenTests {
    static let yaml = """
        title: Golden fixture
        description: A small pipeline whose report the golden files fix, section by section.
        estimated_from: telemetry
        sources:
          - path: Data/usage/golden.csv
        metrics:
          - id: ai_user_share
            label: AI user share (% of working-age population)
            unit: percent
            weight: working_age_population
        analysis:
          min_coverage: 0.1
          groupings: [world, m49_region]
        maps:
          - metric: ai_user_share
            periods: [2025-H2]
            classes: manual:10,20
          - name: access
            classes: categories
            periods: [2025-H2]
            title: Access to US AI services
            categories:
              - { label: Comprehensive US sanctions, flags: ["sanctioned:comprehensive"] }
              - { label: Some US providers unavailable, flags: [western_ai_unavailable] }
            others: All available
        charts:
          - { type: regions, metric: ai_user_share, period: 2025-H2, grouping: m49_region }
        claims:
          - id: europe-2x
            text: AI use in Europe is at least twice that in Africa
            metric: ai_user_share
            period: 2025-H2
            grouping: m49_region
            region: Europe
            versus: [Africa]
            at_least: 2
        """

    /// Eight economies in four regions; Iran and Chad as bands (read off a map), the rest points.
    static let csv = """
        country,period,metric,value,low,high,note
        France,2025-H2,ai_user_share,44.0,,,
        Germany,2025-H2,ai_user_share,38.5,,,
        Chad,2025-H2,ai_user_share,,0,10,band read from the report map
        Nigeria,2025-H2,ai_user_share,9.3,,,
        Iran,2025-H2,ai_user_share,,10,20,band read from the report map
        India,2025-H2,ai_user_share,14.2,,,
        Brazil,2025-H2,ai_user_share,21.0,,,
        Cuba,2025-H2,ai_user_share,6.1,,,

        """

    /// The sections in order: the title block, then one golden file per `## ` heading.
    static let sections = [
        "title", "summary", "key-numbers", "maps", "charts", "claims-checked", "regions",
        "highest-and-lowest-economies", "caveats", "appendix",
    ]

    /// The report split at its `## ` headings, keyed by the heading's slug ("title" for the top).
    static func report() throws -> [(slug: String, text: String)] {
        let project = try TemporaryProject(files: ["Pipelines/golden.yaml": yaml, "Data/usage/golden.csv": csv])
        _ = try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
        let report = try #require(project.read("Reports/golden/README.md"))
        var parts: [(slug: String, text: String)] = [("title", "")]
        for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                let slug = line.dropFirst(3).lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
                parts.append((String(slug), ""))
            }
            parts[parts.count - 1].text += line + "\n"
        }
        return parts
    }

    @Test("the report has the sections in reading order, each matching its golden file")
    func sectionsMatch() throws {
        let parts = try Self.report()
        #expect(parts.map(\.slug) == Self.sections)
        for part in parts {
            GoldenFile.assertMatches(part.text, named: "report-\(part.slug).md")
        }
    }
}
