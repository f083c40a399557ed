import Foundation
import GeoTestSupport
import Testing

/// A claim that does not hold is a finding, not a problem to fix: a `note:` line in a build,
/// never a `warning:`, and `build --check` does not repeat it (issue 15).
@Suite("claim findings are notes")
struct ClaimNotesTests {
    /// Chad 5 (Africa) against Peru 30 (Americas), any coverage accepted: 1/6, below "at least 2×".
    static let files: [String: String] = [
        "Pipelines/p.yaml": [
            "title: Pairs", "sources:", "  - path: Data/usage/p.csv", "metrics:",
            "  - { id: share, unit: percent, weight: none }", "analysis:", "  min_coverage: 0", "claims:",
            "  - id: africa-twice",
            "    text: Africa is at least twice the Americas", "    metric: share", "    period: 2025-H1",
            "    region: Africa", "    versus: [Americas]", "    at_least: 2",
        ].joined(separator: "\n") + "\n",
        "Data/usage/p.csv": "country,period,metric,value\nChad,2025-H1,share,5\nPeru,2025-H1,share,30\n",
    ]

    @Test("build prints the claim as a note; build --check stays quiet about it")
    func notes() throws {
        let project = try TemporaryProject(files: Self.files)
        let build = CLIRun(["build"], in: project.root)
        #expect(build.status == 0, "\(build.err)")
        #expect(!build.err.contains("warning:"), "\(build.err)")
        #expect(
            build.err.contains(
                "Pipelines/p.yaml:9:5: note: claim 'africa-twice' (Africa is at least twice the Americas): "
                    + "Best estimate outside at least 2×; "
                    + "the published bands do not confirm it."))
        let check = CLIRun(["build", "--check"], in: project.root)
        #expect(check.status == 0, "\(check.err)")
        #expect(!check.err.contains("claim 'africa-twice'"), "\(check.err)")
        #expect(!check.err.contains("warning:"), "\(check.err)")
    }
}
