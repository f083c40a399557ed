import Foundation
import GeoTestSupport
import Testing

@Suite("geo-ai ingest and snapshots")
struct IngestCommandTests {
    @Test("ingests the publisher's wide Mac Roman export with --format wide --metric --alias")
    func publisherWide() throws {
        let project = try TemporaryProject()
        let file = CLIRun.fixture("publisher-wide-macroman.csv")
        let run = CLIRun(
            ["ingest", file, "--format", "wide", "--metric", "ai_user_share", "--alias", "Congo=COG"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        #expect(
            run.out.contains(
                "publisher-wide-macroman: stored 2025-H1 revision 1, 2025-H2 revision 1, 2026-Q1 revision 1"))
        #expect(run.out.contains("17 observations from 6 rows (Mac OS Roman"))
        let again = CLIRun(
            ["ingest", file, "--format", "wide", "--metric", "ai_user_share", "--alias", "Congo=COG"], in: project.root)
        #expect(again.out.contains("publisher-wide-macroman: unchanged"))
        let list = CLIRun(["snapshots"], in: project.root)
        #expect(list.status == 0)
        #expect(list.out.split(separator: "\n").count == 4)
        #expect(list.out.contains("publisher-wide-macroman  2025-H1  1         6"))
    }

    @Test(
        "a progress line on a terminal's stderr only, erased before the summary; none when piped or quiet",
        arguments: [(true, false, true), (false, false, false), (true, true, false)])
    func progressLine(errIsTerminal: Bool, quiet: Bool, shown: Bool) throws {
        let project = try TemporaryProject()
        let file = CLIRun.fixture("publisher-wide-macroman.csv")
        let run = CLIRun(
            ["ingest", file, "--format", "wide", "--metric", "ai_user_share", "--alias", "Congo=COG"]
                + (quiet ? ["--quiet"] : []), in: project.root, errIsTerminal: errIsTerminal)
        #expect(run.status == 0, "\(run.err)")
        let erase = "\u{1B}[2K\r"
        #expect(run.err.contains(erase + "reading and validating ") == shown, "\(run.err)")
        #expect(run.err.contains(erase + "recording 17 observations in the store…") == shown, "\(run.err)")
        #expect(run.err.hasSuffix(erase) == shown, "\(run.err)")
        #expect(!run.out.contains("\u{1B}"))
    }

    @Test("without --alias the same export exits 65 naming Congo's line and candidates, and stores nothing")
    func refusesCongo() throws {
        let project = try TemporaryProject()
        let file = CLIRun.fixture("publisher-wide-macroman.csv")
        let run = CLIRun(["ingest", file, "--format", "wide", "--metric", "ai_user_share"], in: project.root)
        #expect(run.status == 65)
        #expect(
            run.err.contains(
                ":5:1: error: ambiguous economy 'Congo' could mean Republic of the Congo (COG), Democratic Republic of the Congo (COD)"
            ))
        #expect(
            !FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai/store.sqlite").path))
    }

    @Test("a file of 100 good rows and one unknown economy exits 65 and leaves the store unchanged")
    func unknownLeavesStore() throws {
        let project = try TemporaryProject()
        try project.write("good.csv", "country,period,metric,value\nChad,2025-H2,ai_user_share,6\n")
        #expect(CLIRun(["ingest", "good.csv"], in: project.root).status == 0)
        let before = project.contents(under: ".geo-ai").filter { $0.key == "store.sqlite" }
        var rows = ["country,period,metric,value"]
        let names = ["Chad", "Mali", "Peru", "Chile", "Kenya"]
        for index in 0..<100 { rows.append("\(names[index % 5]),\(2000 + index / 5),ai_user_share,\(index % 50)") }
        rows.insert("Atlantis,2025,ai_user_share,5", at: 51)
        try project.write("bad.csv", rows.joined(separator: "\n") + "\n")
        let run = CLIRun(["ingest", "bad.csv"], in: project.root)
        #expect(run.status == 65)
        #expect(
            run.err == """
                bad.csv:52:1: error: unknown economy 'Atlantis'
                  hint: Use a name or code from Data/reference/countries.csv, or map it with --alias 'Atlantis=ISO3'.
                error: 1 error in the input; nothing was stored or written
                  hint: Fix the lines above and run the command again.

                """)
        #expect(project.contents(under: ".geo-ai").filter { $0.key == "store.sqlite" } == before)
    }

    @Test("exits 66 for a missing file")
    func missing() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["ingest", "nope.csv"], in: project.root)
        #expect(run.status == 66)
        #expect(run.err.hasPrefix("nope.csv: error: input file 'nope.csv' does not exist"))
    }

    @Test("validate checks a file without storing it")
    func validate() throws {
        let project = try TemporaryProject()
        try project.write("good.csv", "country,period,metric,value\nChad,2025-H2,ai_user_share,6\n")
        let run = CLIRun(["validate", "good.csv"], in: project.root)
        #expect(run.status == 0)
        #expect(run.out == "ok: good.csv: 1 observations from 1 rows\n")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai").path))
    }
}

@Suite("geo-ai build")
struct BuildCommandTests {
    @Test("builds, then --check passes; a hand edit makes --check exit 1 listing the file")
    func buildAndCheck() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let build = CLIRun(["build"], in: project.root)
        #expect(build.status == 0, "\(build.err)")
        #expect(build.out == "sample: stored 2025-H1 revision 1, 2025-H2 revision 1\nbuilt 1 pipeline(s): sample\n")
        #expect(CLIRun(["build", "--check"], in: project.root).status == 0)
        try project.write("Reports/sample/README.md", "stale\n")
        let check = CLIRun(["build", "--check"], in: project.root)
        #expect(check.status == 1)
        #expect(
            check.err == """
                stale: Reports/sample/README.md
                error: 1 file(s) in Reports/ differ from what the build would produce
                  hint: Run geo-ai build and commit Reports/.

                """)
    }

    @Test("--quiet prints nothing on success and --db chooses the store")
    func quietAndDB() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let run = CLIRun(["build", "--quiet", "--db", "elsewhere.sqlite"], in: project.root)
        #expect(run.status == 0)
        #expect(run.out.isEmpty && run.err.isEmpty)
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("elsewhere.sqlite").path))
    }

    @Test("a YAML error exits 65 with the pipeline's line and column")
    func yamlError() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        try project.write(
            "Pipelines/sample.yaml", SamplePipeline.yaml.replacingOccurrences(of: "title:", with: "titel:"))
        let run = CLIRun(["build"], in: project.root)
        #expect(run.status == 65)
        #expect(
            run.err.hasPrefix(
                "Pipelines/sample.yaml:1:1: error: unknown key 'titel' in the pipeline\n  hint: Did you mean 'title'?"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Reports").path))
    }
}
