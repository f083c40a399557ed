import Foundation
import GeoTestSupport
import Testing

/// Every command that takes a pipeline name looks it up the same way: a misspelling is a usage
/// error (64) that suggests the name the user meant and lists the ones there are.
@Suite("Pipeline lookup")
struct PipelineLookupTests {
    @Test(
        "a misspelled pipeline name gets 'Did you mean' from every command",
        arguments: [
            ["build", "--pipeline", "sampel"], ["validate", "--pipeline", "sampel"],
            ["map", "--pipeline", "sampel", "--metric", "ai_user_share", "--period", "2025-H1", "-o", "m.svg"],
            ["diff", "2025-H1", "2025-H2", "--pipeline", "sampel"],
        ])
    func misspelled(arguments: [String]) throws {
        let project = try CLIRun.builtSampleProject()
        let run = CLIRun(arguments, in: project.root)
        #expect(run.status == 64, "\(arguments): \(run.err)")
        #expect(run.err.contains("'sampel'"), "\(run.err)")
        #expect(run.err.contains("Did you mean 'sample'?"), "\(arguments): \(run.err)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appending(path: "m.svg").path))
    }

    @Test("a name far from every pipeline lists them without a guess")
    func farName() throws {
        let project = try CLIRun.builtSampleProject()
        let run = CLIRun(["build", "--pipeline", "unrelated-report"], in: project.root)
        #expect(run.status == 64)
        #expect(!run.err.contains("Did you mean"))
        #expect(run.err.contains("Available: sample."))
    }
}
