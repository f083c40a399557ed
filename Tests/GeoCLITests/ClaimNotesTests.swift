import Foundation
import GeoTestSupport
import Testing

/// A claim that does not hold is a finding, not a problem to fix: a `note:` line in a build,
/// never a `warning:`, and `build --check` does not repeat it (issue 15).
@Suite("claim findings are notes")
struct ClaimNotesTests {
    /// Chad 5 and Mali 15 (group A, mean 10) against Peru 30 (group B): A / B = 1/3, below "at least 2×".
    static let files: [String: String] = [
        "Pipelines/g.yaml": """
            title: Groups
            sources:
              - path: Data/usage/g.csv
            metrics:
              - { id: share, unit: percent, weight: none }
            analysis:
              groupings:
                - { name: custom, path: Data/groupings/ab.csv }
            claims:
              - id: a-twice-b
                text: A is at least twice B
                metric: share
                period: 2025-H1
                grouping: custom
                region: A
                versus: [B]
                at_least: 2
            """,
        "Data/usage/g.csv": "country,period,metric,value\nChad,2025-H1,share,5\nMali,2025-H1,share,15\nPeru,2025-H1,share,30\n",
        "Data/groupings/ab.csv": "iso3,group\nTCD,A\nMLI,A\nPER,B\n",
    ]

    @Test("build prints the claim as a note; build --check stays quiet about it")
    func notes() throws {
        let project = try TemporaryProject(files: Self.files)
        let build = CLIRun(["build"], in: project.root)
        #expect(build.status == 0, "\(build.err)")
        #expect(!build.err.contains("warning:"), "\(build.err)")
        #expect(
            build.err.contains(
                "Pipelines/g.yaml:10:5: note: claim 'a-twice-b' (A is at least twice B): Best estimate outside at least 2×; "
                    + "the published bands do not confirm it."))
        let check = CLIRun(["build", "--check"], in: project.root)
        #expect(check.status == 0, "\(check.err)")
        #expect(!check.err.contains("claim 'a-twice-b'"), "\(check.err)")
        #expect(!check.err.contains("warning:"), "\(check.err)")
    }
}
