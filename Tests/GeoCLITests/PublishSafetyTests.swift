import Foundation
import GeoTestSupport
import Testing

/// `geo-ai publish --out DIR` replaces only what an earlier publish made, and never the project
/// or its inputs; it takes the project lock and leaves other processes' staging folders alone.
@Suite("Publish never deletes what it did not make", .serialized)
struct PublishSafetyTests {
    /// A built sample project two folders below a scratch folder, so `..` and `../..` stay inside
    /// the test's own temporary folder.
    final class Nested {
        let scratch: TemporaryProject
        let root: URL

        init() throws {
            scratch = try TemporaryProject()
            root = scratch.root.appendingPathComponent("outer/project")
            let manager = FileManager.default
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
            for folder in ["Data", "Pipelines"] {
                try manager.moveItem(
                    at: scratch.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            for (path, text) in SamplePipeline.files { try scratch.write("outer/project/\(path)", text) }
            try scratch.write("outer/project/Sources/main.swift", "print(1)\n")
            try scratch.write("outer/notes.txt", "mine\n")
            try scratch.write("outer/project/mine/keep.txt", "keep\n")
            let build = CLIRun(["build", "--quiet"], in: root)
            try #require(build.status == 0, "\(build.err)")
        }

        /// Every file under the scratch folder with its bytes.
        var everything: [String: Data] { scratch.contents(under: "") }
    }

    @Test(
        "refuses the project, its ancestors, its input folders and folders it did not make, exit 73, nothing changed",
        arguments: [
            ".", "..", "../..", "Data", "Data/usage", "Sources", "Pipelines", ".geo-ai", "Reports", "mine",
        ])
    func refuses(out: String) throws {
        let project = try Nested()
        let before = project.everything
        let run = CLIRun(["publish", "--out", out], in: project.root)
        #expect(run.status == 73, "\(run.out)\(run.err)")
        #expect(run.err.contains("error: refusing to publish to '\(out)'"), "\(run.err)")
        #expect(run.err.contains("hint: "))
        #expect(project.everything == before, "publish --out \(out) changed files")
    }

    @Test("replaces a folder an earlier publish made, refuses it once someone adds a file, writes an empty folder")
    func replacesOwnSite() throws {
        let project = try Nested()
        #expect(CLIRun(["publish"], in: project.root).status == 0)
        let manifest = try #require(project.scratch.read("outer/project/_site/.geo-ai-site"))
        #expect(manifest.contains("\nindex.html\n"))
        #expect(CLIRun(["publish"], in: project.root).status == 0)
        try project.scratch.write("outer/project/_site/drafts/todo.md", "my notes\n")
        let refused = CLIRun(["publish"], in: project.root)
        #expect(refused.status == 73)
        #expect(refused.err.contains("holds 'drafts/todo.md', which geo-ai publish did not write"), "\(refused.err)")
        #expect(project.scratch.read("outer/project/_site/drafts/todo.md") == "my notes\n")
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(CLIRun(["publish", "--out", "empty"], in: project.root).status == 0)
        #expect(project.scratch.read("outer/project/empty/index.html") != nil)
    }

    @Test("--out is relative to --root when --root is given")
    func outRelativeToRoot() throws {
        let project = try Nested()
        let elsewhere = project.scratch.root.appendingPathComponent("outer")
        let run = CLIRun(["publish", "--root", "project", "--out", "site"], in: elsewhere)
        #expect(run.status == 0, "\(run.err)")
        #expect(project.scratch.read("outer/project/site/index.html") != nil)
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("site").path))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("_site").path))
    }

    @Test("publish waits for the project lock and removes only its own dead leftovers")
    func lockAndLeftovers() async throws {
        let project = try Nested()
        let root = project.root
        // Staging folders of a live process (this test) for Reports and _site, and one of a dead process.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let live = [".geo-ai-tmp-Reports-\(getpid())-1", ".geo-ai-tmp-_site-\(getpid())-2"]
        let dead = ".geo-ai-tmp-_site-\(finished.processIdentifier)-3"
        for name in live + [dead] { try project.scratch.write("outer/project/\(name)/file.txt", "staging\n") }

        let lockPath = root.appendingPathComponent(".geo-ai/lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let stderr = project.scratch.root.appendingPathComponent("publish.err")
        let publish = try ProcessRun.start(["publish"], in: root, stderr: stderr)
        var waited = false
        for _ in 0..<200 where !waited {
            try await Task.sleep(for: .milliseconds(50))
            waited = project.scratch.read("publish.err")?.contains("waiting for another geo-ai") == true
        }
        #expect(waited, "publish did not wait for the lock")
        #expect(publish.isRunning)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site").path))
        flock(descriptor, LOCK_UN)
        close(descriptor)
        publish.waitUntilExit()
        #expect(publish.terminationStatus == 0)
        for name in live {
            #expect(project.scratch.read("outer/project/\(name)/file.txt") == "staging\n", "\(name) was deleted")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(dead).path))
    }
}
