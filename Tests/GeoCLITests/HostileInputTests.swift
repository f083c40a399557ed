import Foundation
import GeoTestSupport
import Testing

/// Inputs found under attack: each is refused with a location and a hint, or handled without
/// losing anything, and the store and `Reports/` stay as they were where the input is refused.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    /// A built sample project and the state of its store and reports.
    static func built() throws -> (TemporaryProject, [String: Data]) {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let build = CLIRun(["build", "--quiet"], in: project.root)
        try #require(build.status == 0, "\(build.err)")
        return (project, Self.state(project))
    }

    static func state(_ project: TemporaryProject) -> [String: Data] {
        project.contents(under: "Reports").merging(
            project.contents(under: ".geo-ai").filter { $0.key == "store.sqlite" }
        ) { a, _ in a }
    }

    /// The 1-based line and column where `needle` first starts in `text`.
    static func position(of needle: String, in text: String) throws -> String {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column =
            before.count
            - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return "\(line):\(column)"
    }

    @Test("YAML aliases that expand a pipeline past its budget are refused at the alias, exit 65")
    func aliasAmplification() throws {
        let (project, before) = try Self.built()
        let big = String(repeating: "x", count: 20_000)
        let yaml =
            SamplePipeline.yaml.replacingOccurrences(
                of: "description: A tiny pipeline for tests.", with: "description: &big \(big)")
            + "\ncredits:\n" + String(repeating: "  - *big\n", count: 200)
        try project.write("Pipelines/sample.yaml", yaml)
        let run = CLIRun(["build"], in: project.root)
        #expect(run.status == 65, "\(run.out)")
        let at = try Self.position(of: "*big", in: yaml)
        #expect(
            run.err.contains("Pipelines/sample.yaml:\(at): error: YAML aliases (*big) expand the pipeline past"),
            "\(run.err)")
        #expect(Self.state(project) == before)
    }

    @Test("a duplicate YAML key gets line:column and a hint about keys")
    func duplicateKey() throws {
        let (project, before) = try Self.built()
        let yaml = SamplePipeline.yaml.replacingOccurrences(
            of: "    unit: percent\n", with: "    unit: percent\n    label: again\n")
        try project.write("Pipelines/sample.yaml", yaml)
        let run = CLIRun(["build"], in: project.root)
        #expect(run.status == 65)
        let at = try Self.position(of: "label: AI user share", in: yaml)
        #expect(run.err.contains("Pipelines/sample.yaml:\(at): error: key 'label' appears twice"), "\(run.err)")
        #expect(run.err.contains("hint: Each key may appear once in a mapping"))
        #expect(!run.err.contains("UTF-8"))
        #expect(Self.state(project) == before)
    }

    @Test(
        "a duplicated CSV header column is an error at the second one",
        arguments: [
            ("value", "column 'value' appears twice in the header (columns 4 and 5)"),
            ("Value", "columns 'value' (4) and 'Value' (5) are one column to geo-ai"),
        ])
    func duplicateHeader(second: String, message: String) throws {
        let (project, before) = try Self.built()
        let csv = "country,period,metric,value,\(second)\nChad,2025-H1,ai_user_share,5,7\n"
        try project.write("Data/usage/sample.csv", csv)
        let run = CLIRun(["build"], in: project.root)
        #expect(run.status == 65)
        // "country,period,metric,value," is 28 characters: the second value column starts at 29.
        #expect(run.err.contains("Data/usage/sample.csv:1:29: error: \(message)"), "\(run.err)")
        #expect(Self.state(project) == before)
    }

    @Test("terminal control characters from input are shown escaped, never raw")
    func controlCharacters() throws {
        let (project, _) = try Self.built()
        try project.write(
            "Data/usage/sample.csv",
            "country,period,metric,value\n\u{1B}]0;pwned\u{07}\u{9B}31m,2025-H1,ai_user_share,5\n")
        let run = CLIRun(["build"], in: project.root)
        #expect(run.status == 65)
        #expect(run.err.contains("\\u{1B}]0;pwned\\u{7}\\u{9B}31m"), "\(run.err)")
        let raw = run.err.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(raw.isEmpty, "raw control characters: \(raw.map(\.value))")
    }

    @Test("the same file named two ways is one source, not a new revision")
    func sameFileTwoWays() throws {
        let (project, before) = try Self.built()
        let snapshots = CLIRun(["snapshots"], in: project.root).out
        for spelling in ["Data/usage/./sample.csv", "Data//usage/sample.csv/"] {
            try project.write(
                "Pipelines/sample.yaml",
                SamplePipeline.yaml.replacingOccurrences(of: "Data/usage/sample.csv", with: spelling))
            let run = CLIRun(["build", "--force"], in: project.root)
            #expect(run.status == 0, "\(spelling): \(run.err)")
            #expect(run.out.contains("sample: unchanged: "), "\(spelling): \(run.out)")
        }
        #expect(project.contents(under: "Reports") == before.filter { $0.key != "store.sqlite" })
        #expect(CLIRun(["snapshots"], in: project.root).out == snapshots)
        let alias = ["--alias", "Congo=COG", "--pipeline", "by-hand"]
        #expect(CLIRun(["ingest", "Data/usage/sample.csv"] + alias, in: project.root).status == 0)
        for spelling in ["Data/usage/./sample.csv", "./Data//usage/sample.csv/"] {
            let again = CLIRun(["ingest", spelling] + alias, in: project.root)
            #expect(again.status == 0, "\(again.err)")
            #expect(again.out.contains("by-hand: unchanged"), "\(spelling): \(again.out)")
        }
    }

    @Test("an old Reports/ tree that cannot be deleted is a warning with its path, exit 0, and later builds go on")
    func failedCleanup() throws {
        let (project, _) = try Self.built()
        let stuck = project.root.appendingPathComponent("Reports/sample/data/flags.csv")
        // Root may delete anything but an immutable file; other users cannot delete from a read-only folder.
        let asRoot = getuid() == 0
        func protect(_ on: Bool) throws {
            if asRoot {
                let chattr = Process()
                chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
                chattr.arguments = [on ? "+i" : "-i", stuck.path]
                try chattr.run()
                chattr.waitUntilExit()
                try #require(chattr.terminationStatus == 0)
            } else {
                try FileManager.default.setAttributes(
                    [.posixPermissions: on ? 0o555 : 0o755], ofItemAtPath: stuck.deletingLastPathComponent().path)
            }
        }
        try protect(true)
        defer {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: project.root.path)) ?? []
            where name.hasPrefix(".geo-ai-tmp-") {
                let leftover = project.root.appendingPathComponent(name)
                if asRoot {
                    _ = try? Process.run(
                        URL(fileURLWithPath: "/usr/bin/chattr"), arguments: ["-R", "-i", leftover.path]
                    ).waitUntilExit()
                } else {
                    try? FileManager.default.setAttributes(
                        [.posixPermissions: 0o755], ofItemAtPath: leftover.appendingPathComponent("sample/data").path)
                }
            }
            try? protect(false)
        }
        let first = CLIRun(["build", "--force"], in: project.root)
        #expect(first.status == 0, "\(first.err)")
        #expect(
            first.err.contains(
                "warning: the old 'Reports' could not be deleted and was left at '\(project.root.path)/.geo-ai-tmp-Reports-"
            ), "\(first.err)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter {
            $0.hasPrefix(".geo-ai-tmp-Reports-")
        }
        #expect(leftovers.count == 1)
        let second = CLIRun(["build", "--force"], in: project.root)
        #expect(second.status == 0, "\(second.err)")
        #expect(project.read("Reports/sample/README.md") != nil)
    }
}
