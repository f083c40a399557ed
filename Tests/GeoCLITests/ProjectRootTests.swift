import Foundation
import GeoTestSupport
import Testing

/// The project root is found like git finds `.git`; outside a project nothing is created.
@Suite("Finding the project root")
struct ProjectRootTests {
    @Test("commands run from a folder inside the project find its root")
    func walksUp() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let inside = project.root.appendingPathComponent("Data/usage")
        let validate = CLIRun(["validate"], in: inside)
        #expect(validate.status == 0, "\(validate.err)")
        #expect(validate.out == "ok: sample: 1 sources, 5 observations\n")
        let build = CLIRun(["build", "--quiet"], in: inside)
        #expect(build.status == 0, "\(build.err)")
        #expect(project.read("Reports/sample/README.md") != nil)
        #expect(!FileManager.default.fileExists(atPath: inside.appendingPathComponent(".geo-ai").path))
    }

    @Test(
        "outside any project, commands exit 64 with a hint and create nothing",
        arguments: [["build"], ["ingest", "x.csv"], ["publish"], ["snapshots"], ["validate"], ["resolve", "Chad"]])
    func outsideAProject(arguments: [String]) throws {
        let scratch = try TemporaryProject()
        let folder = scratch.root.appendingPathComponent("Data/usage")
        try scratch.write("Data/usage/x.csv", SamplePipeline.csv)
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("Pipelines"))
        let before = scratch.contents(under: "")
        let run = CLIRun(arguments, in: folder)
        #expect(run.status == 64, "\(run.err)")
        #expect(run.err.contains("error: not inside a geo-ai project"), "\(run.err)")
        #expect(run.err.contains("hint: Run geo-ai inside a project"))
        #expect(scratch.contents(under: "") == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".geo-ai").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent(".geo-ai").path))
    }

    @Test("--root naming a missing folder or / exits 64 and creates nothing")
    func badRoot() throws {
        let scratch = try TemporaryProject(files: SamplePipeline.files)
        let missing = scratch.root.appendingPathComponent("no-such-project")
        let run = CLIRun(["build", "--root", missing.path], in: scratch.root)
        #expect(run.status == 64, "\(run.err)")
        #expect(run.err.contains("is not a folder"))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        let rootLock = "/.geo-ai"
        try #require(!FileManager.default.fileExists(atPath: rootLock), "\(rootLock) exists before the test")
        for command in [["build"], ["ingest", "x.csv"], ["publish"]] {
            let slash = CLIRun(command + ["--root", "/"], in: scratch.root)
            #expect(slash.status == 64, "\(command): \(slash.err)")
            #expect(slash.err.contains("is not a geo-ai project"))
            #expect(!FileManager.default.fileExists(atPath: rootLock), "\(command) created \(rootLock)")
            try? FileManager.default.removeItem(atPath: rootLock)
        }
    }

    @Test("a command that fails in a project without .geo-ai/ leaves no lock file behind")
    func noLockLeftBehind() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        try project.write("Data/usage/sample.csv", "country,period,metric,value\nAtlantis,2025-H1,ai_user_share,5\n")
        let build = CLIRun(["build"], in: project.root)
        #expect(build.status == 65)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai").path))
        try project.write("bad.csv", "country,period,metric,value\nAtlantis,2025-H1,ai_user_share,5\n")
        #expect(CLIRun(["ingest", "bad.csv"], in: project.root).status == 65)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai").path))
    }
}
