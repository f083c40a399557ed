import Foundation
import GeoModel
import GeoPipeline
import GeoTestSupport
import Testing

@Suite("BuildRunner")
struct BuildRunnerTests {
    func build(_ project: TemporaryProject, check: Bool = false) throws(GeoError) -> BuildRunner.Outcome {
        var options = BuildRunner.Options()
        options.check = check
        return try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
    }

    @Test("builds a report and records the observations")
    func builds() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let outcome = try build(project)
        #expect(outcome.pipelines == ["sample"])
        let report = try #require(project.read("Reports/sample/README.md"))
        #expect(report.hasPrefix("# Sample pipeline\n"))
        #expect(report.contains("| Congo | Republic of the Congo (COG) | pipeline alias | `Data/usage/sample.csv` |"))
        let store = try BuildRunner(files: ProjectFiles(root: project.root)).openStore(nil)
        #expect(try store.latestObservations(pipeline: "sample").count == 5)
    }

    @Test("rebuilds byte-identical outputs, and --check passes on them")
    func deterministic() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        _ = try build(project)
        let first = project.contents(under: "Reports")
        _ = try build(project)
        #expect(project.contents(under: "Reports") == first)
        #expect(try build(project, check: true).stalePaths.isEmpty)
    }

    @Test("--check lists changed, missing and extra files")
    func check() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        _ = try build(project)
        try project.write("Reports/sample/README.md", "edited by hand\n")
        try project.write("Reports/sample/extra.txt", "stray\n")
        #expect(try build(project, check: true).stalePaths == ["Reports/sample/README.md", "Reports/sample/extra.txt"])
    }

    @Test("bad input changes nothing in the store or Reports/")
    func allOrNothing() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        _ = try build(project)
        let reports = project.contents(under: "Reports")
        let store = project.contents(under: ".geo-ai")
        try project.write("Data/usage/sample.csv", SamplePipeline.csv + "Atlantis,2025-H2,ai_user_share,1\n")
        let error = #expect(throws: GeoError.self) { try build(project) }
        #expect(error?.code == .dataError)
        #expect(error?.diagnostics.first?.location == SourceLocation(path: "Data/usage/sample.csv", line: 7, column: 1))
        #expect(project.contents(under: "Reports") == reports)
        #expect(
            project.contents(under: ".geo-ai").filter { $0.key.hasPrefix("store") }
                == store.filter { $0.key.hasPrefix("store") })
    }

    @Test("a changed source adds a store revision and keeps the old one")
    func revisions() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        _ = try build(project)
        try project.write("Data/usage/sample.csv", SamplePipeline.csv.replacingOccurrences(of: "6.0", with: "6.5"))
        let outcome = try build(project)
        // A snapshot is the observations of a period as ingested from a set of source hashes:
        // the file changed, so both of its periods get a revision, even the one whose values did not.
        #expect(outcome.storeSummary == ["sample: stored 2025-H1 revision 2, 2025-H2 revision 2"])
        let store = try BuildRunner(files: ProjectFiles(root: project.root)).openStore(nil)
        let old = try store.observations(pipeline: "sample", period: try #require(Period("2025-H2")), revision: 1)
        #expect(old.first { $0.iso3.rawValue == "TCD" }?.value == 6.0)
    }

    @Test("names a missing source file with exit code 66")
    func missingSource() throws {
        let project = try TemporaryProject(files: ["Pipelines/sample.yaml": SamplePipeline.yaml])
        let error = #expect(throws: GeoError.self) { try build(project) }
        #expect(error?.code == .noInput)
        #expect(error?.message == "input file 'Data/usage/sample.csv' does not exist")
    }

    @Test("suggests the closest pipeline for a misspelt name")
    func unknownPipeline() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        var options = BuildRunner.Options()
        options.pipelines = ["sampel"]
        let error = #expect(throws: GeoError.self) {
            try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
        }
        #expect(error?.code == .usage)
        #expect(error?.hint == "Did you mean 'sample'? Available: sample.")
    }

    @Test("refuses to replace a Reports/<pipeline> that is a symbolic link")
    func symlinkedOutput() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: project.root.appendingPathComponent("Reports/sample"), withDestinationURL: outside)
        let error = #expect(throws: GeoError.self) { try build(project) }
        #expect(error?.code == .cannotCreate)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}

@Suite("Incremental builds")
struct IncrementalBuildTests {
    static let second = """
        title: Second
        sources:
          - path: Data/usage/second.csv
        metrics:
          - { id: ai_user_share, unit: percent, weight: working_age_population }
        """

    func project() throws -> TemporaryProject {
        var files = SamplePipeline.files
        files["Pipelines/second.yaml"] = Self.second
        files["Data/usage/second.csv"] = "country,period,metric,value\nMali,2025-H1,ai_user_share,4\n"
        return try TemporaryProject(files: files)
    }

    func build(_ project: TemporaryProject, force: Bool = false) throws(GeoError) -> BuildRunner.Outcome {
        var options = BuildRunner.Options()
        options.force = force
        return try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
    }

    @Test("with nothing changed, a build does no work")
    func noOp() throws {
        let project = try project()
        #expect(try build(project).pipelines == ["sample", "second"])
        let again = try build(project)
        #expect(again.pipelines.isEmpty)
        #expect(again.upToDate == ["sample", "second"])
    }

    @Test("a changed input rebuilds only the pipeline that reads it")
    func onlyAffected() throws {
        let project = try project()
        _ = try build(project)
        let before = project.read("Reports/second/README.md")
        try project.write("Data/usage/second.csv", "country,period,metric,value\nMali,2025-H1,ai_user_share,4.5\n")
        let outcome = try build(project)
        #expect(outcome.pipelines == ["second"])
        #expect(outcome.upToDate == ["sample"])
        // The report lists the source's new SHA-256.
        #expect(project.read("Reports/second/README.md") != before)
    }

    @Test("a touched file with the same bytes does not rebuild: hashes, not timestamps")
    func hashesNotTimestamps() throws {
        let project = try project()
        _ = try build(project)
        try project.write("Data/usage/second.csv", "country,period,metric,value\nMali,2025-H1,ai_user_share,4\n")
        #expect(try build(project).pipelines.isEmpty)
    }

    @Test("a reference table change, a hand-edited report, a deleted store or --force rebuild")
    func rebuildTriggers() throws {
        let project = try project()
        _ = try build(project)
        try project.write("Reports/sample/README.md", "edited\n")
        #expect(try build(project).pipelines == ["sample"])
        #expect(try build(project, force: true).pipelines == ["sample", "second"])
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".geo-ai/store.sqlite"))
        #expect(try build(project).pipelines == ["sample", "second"])
        let countries = try #require(project.read("Data/reference/countries.csv"))
        try project.write("Data/reference/countries.csv", countries + "\n")
        #expect(try build(project).pipelines == ["sample", "second"])
    }
}

@Suite("Groupings and claims in a build")
struct GroupingsAndClaimsTests {
    /// Chad 5, Mali 15 (group "A"); Peru 30 (group "B"). Unweighted metric, so by hand:
    /// A = (5 + 15) / 2 = 10, B = 30, A / B = 1/3.
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
        "Data/usage/g.csv":
            "country,period,metric,value\nChad,2025-H1,share,5\nMali,2025-H1,share,15\nPeru,2025-H1,share,30\n",
        "Data/groupings/ab.csv": "iso3,group\nTCD,A\nMLI,A\nPER,B\n",
    ]

    @Test("a custom iso3,group file groups economies; the aggregates are computed by hand")
    func customGrouping() throws {
        let project = try TemporaryProject(files: Self.files)
        let outcome = try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
        let aggregates = try #require(project.read("Reports/g/data/aggregates.csv"))
        #expect(aggregates.contains("custom,A,2025-H1,share,10,10,10,10,1,2,2,none\n"))
        #expect(aggregates.contains("custom,B,2025-H1,share,30,30,30,30,1,1,1,none\n"))
        let ratios = try #require(project.read("Reports/g/data/ratios.csv"))
        #expect(ratios.contains("custom,A,B,2025-H1,share,0.333333,0.333333,0.333333,weighted_mean\n"))
        // The claim fails (1/3 < 2): a finding, reported as a note pointing at the claim, never a warning.
        #expect(!outcome.diagnostics.contains { $0.severity == .warning })
        let note = try #require(outcome.findings.first)
        #expect(note.severity == .note)
        #expect(note.location == SourceLocation(path: "Pipelines/g.yaml", line: 10, column: 5))
        #expect(
            note.message
                == "claim 'a-twice-b' (A is at least twice B): Best estimate outside at least 2×; "
                + "the published bands do not confirm it.")
    }

    @Test("an unknown economy in a grouping file is an error with its line")
    func badGrouping() throws {
        var files = Self.files
        files["Data/groupings/ab.csv"] = "iso3,group\nTCD,A\nXXX,B\n"
        let project = try TemporaryProject(files: files)
        let error = #expect(throws: GeoError.self) {
            try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
        }
        #expect(error?.diagnostics.first?.location == SourceLocation(path: "Data/groupings/ab.csv", line: 3, column: 1))
    }

    @Test(
        "a grouping file's name must agree with its code: a wrong, ambiguous or unknown name is a located data error",
        arguments: [
            ("Kenya", "'Kenya' is Kenya (KEN) but the code column says Mali (MLI)"),
            (
                "Congo",
                "'Congo' could mean Republic of the Congo (COG), Democratic Republic of the Congo (COD), but the code column says Mali (MLI)"
            ),
            ("Atlantis", "unknown economy 'Atlantis' beside the code Mali (MLI)"),
        ])
    func groupingNameAgreesWithCode(name: String, message: String) throws {
        var files = Self.files
        files["Data/groupings/ab.csv"] = "iso3,country,group\nTCD,Chad,A\nMLI,\(name),A\nPER,Peru,B\n"
        let project = try TemporaryProject(files: files)
        let error = #expect(throws: GeoError.self) {
            try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
        }
        #expect(error?.code == .dataError)
        #expect(error?.diagnostics.first?.location == SourceLocation(path: "Data/groupings/ab.csv", line: 3, column: 1))
        #expect(error?.diagnostics.first?.message == message)
        #expect(project.read("Reports/g/README.md") == nil)
    }
}
