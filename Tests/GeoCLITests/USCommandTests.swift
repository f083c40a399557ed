import Foundation
import GeoTestSupport
import Testing

/// The US pipeline from the command line: a later release diffs against 2026-Q1 with the
/// counties' names, `build --check` holds, and the site shows the report.
@Suite("US pipeline commands")
struct USCommandTests {
    @Test("publish shows the US report with its maps; build --check passes and a second build is up to date")
    func publishAndCheck() throws {
        let project = try TemporaryProject()
        try project.copyFromRepository("Data/usage/us")
        try project.write(
            "Pipelines/us-ai-diffusion.yaml",
            try String(contentsOf: RepositoryPaths.url("Pipelines/us-ai-diffusion.yaml"), encoding: .utf8))
        #expect(CLIRun(["build", "-q"], in: project.root).status == 0)
        #expect(CLIRun(["build", "--check", "-q"], in: project.root).status == 0)
        // Incremental: nothing changed, nothing rebuilt.
        let again = CLIRun(["build"], in: project.root)
        #expect((again.out + again.err).contains("us-ai-diffusion: up to date"))
        let publish = CLIRun(["publish", "--out", "site"], in: project.root)
        #expect(publish.status == 0, "\(publish.err)")
        let page = try #require(project.read("site/us-ai-diffusion/index.html"))
        #expect(page.contains("District of Columbia"))
        #expect(page.contains("data-code=\"01001\""))
        #expect(page.contains("data-code=\"11\""))
        let index = try #require(project.read("site/index.html"))
        #expect(index.contains("us-ai-diffusion"))
    }

    @Test("a Q2 county file beside Q1 gives a diff by county with the changes worked out by hand")
    func diffAcrossReleases() throws {
        let project = try TemporaryProject()
        try project.copyFromRepository("Data/usage/us")
        let pipeline = try String(
            contentsOf: RepositoryPaths.url("Pipelines/us-ai-diffusion.yaml"), encoding: .utf8)
        try project.write("Pipelines/us-ai-diffusion.yaml", pipeline)
        #expect(CLIRun(["build", "-q"], in: project.root).status == 0)

        // The later release (the file's lines end in CRLF, a single Character in Swift, so the
        // rows are matched without their line ends).: Autauga 20.8 → 22.8, Baldwin 20.9 → 19.9, everything else as in Q1.
        let q1 = try #require(project.read("Data/usage/us/County_AI_User_Share_2026Q1.csv"))
        let q2 = q1.replacingOccurrences(
            of: "1001,Alabama,Autauga County,20.8", with: "1001,Alabama,Autauga County,22.8"
        )
        .replacingOccurrences(of: "1003,Alabama,Baldwin County,20.9", with: "1003,Alabama,Baldwin County,19.9")
        #expect(q2 != q1)
        try project.write("Data/usage/us/County_AI_User_Share_2026Q2.csv", q2)
        let q2Source = """
              - path: Data/usage/us/County_AI_User_Share_2026Q2.csv
                format: wide
                period: 2026-Q2
                code_column: FIPS
                name_column: County name
                parent_column: State name
                columns:
                  "AI User Share": { metric: county_ai_user_share }

            """
        try project.write(
            "Pipelines/us-ai-diffusion.yaml",
            pipeline.replacingOccurrences(of: "  # Rank,State Name", with: q2Source + "  # Rank,State Name"))
        let build = CLIRun(["build", "-q"], in: project.root)
        #expect(build.status == 0, "\(build.err)")

        let diff = CLIRun(
            [
                "diff", "2026-Q1", "2026-Q2", "--pipeline", "us-ai-diffusion", "--metric", "county_ai_user_share",
                "--format", "csv",
            ], in: project.root)
        #expect(diff.status == 0, "\(diff.err)")
        let rows = diff.out.split(separator: "\n").map(String.init)
        #expect(rows.count == 3144)  // header + 3,143 counties
        #expect(rows.contains { $0.hasPrefix("01001,\"Autauga County, Alabama\",20.8,22.8,2,") })
        #expect(rows.contains { $0.hasPrefix("01003,\"Baldwin County, Alabama\",20.9,19.9,-1,") })
        let unchanged = rows.dropFirst().filter { $0.contains(",0,0,") }
        #expect(unchanged.count == 3141)
        // The text speaks of counties and FIPS codes, not economies.
        let text = CLIRun(
            ["diff", "2026-Q1", "2026-Q2", "--pipeline", "us-ai-diffusion", "--metric", "county_ai_user_share"],
            in: project.root)
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.contains("3143 counties have data in both: 1 up, 1 down, 3141 unchanged."), "\(text.out)")
        #expect(text.out.contains("FIPS   COUNTY"), "\(text.out)")
        #expect(!text.out.contains("econom"), "\(text.out)")
    }
}
