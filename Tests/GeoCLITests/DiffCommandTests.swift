import Foundation
import GeoTestSupport
import Testing

/// `geo-ai diff` on the sample pipeline, whose values are small enough to check by hand:
/// 2025-H1: Chad 5.0, Congo 7.5, Korea 25.9; 2025-H2: Chad 6.0, Türkiye 20.3.
@Suite("geo-ai diff")
struct DiffCommandTests {
    static func builtProject() throws -> TemporaryProject { try CLIRun.builtSampleProject() }

    @Test("CSV carries exactly the documented fields, parsed back and checked by hand")
    func csv() throws {
        let project = try Self.builtProject()
        let run = CLIRun(["diff", "2025-H1", "2025-H2", "--format", "csv"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        let rows = run.out.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            rows[0] == [
                "iso3", "name", "from_value", "to_value", "change", "relative_change", "from_rank", "to_rank",
                "from_class", "to_class", "flags_gained", "flags_lost", "status",
            ])
        let byCode = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(Set(byCode.keys) == ["COG", "KOR", "TCD", "TUR"])
        let chad = try #require(byCode["TCD"])
        // 5.0 → 6.0: change 1, relative 1/5 = 0.2; rank 3 of 3 in H1 (25.9, 7.5, 5.0), 2 of 2 in H2 (20.3, 6.0).
        #expect(Array(chad[2...7]) == ["5", "6", "1", "0.2", "3", "2"])
        #expect(chad[12] == "both")
        #expect(byCode["KOR"]?[12] == "left")
        #expect(byCode["KOR"]?[6] == "1")
        #expect(byCode["TUR"]?[12] == "entered")
        #expect(byCode["TUR"]?[7] == "1")
    }

    @Test("JSON parses and agrees with the CSV")
    func json() throws {
        let project = try Self.builtProject()
        let run = CLIRun(["diff", "2025-H1", "2025-H2", "--format", "json"], in: project.root)
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "2025-H1")
        #expect(object["different_lengths"] as? Bool == false)
        let economies = try #require(object["economies"] as? [[String: Any]])
        let chad = try #require(economies.first { $0["iso3"] as? String == "TCD" })
        #expect(chad["change"] as? Double == 1)
        #expect(chad["relative_change"] as? Double == 0.2)
        #expect(
            Set(chad.keys) == [
                "iso3", "name", "from_value", "to_value", "change", "relative_change", "from_rank", "to_rank",
                "from_class", "to_class", "flags_gained", "flags_lost", "status",
            ])
        #expect(economies.first { $0["iso3"] as? String == "KOR" }?["to_value"] is NSNull)
    }

    @Test("text is an aligned table without colour when piped, and md is an embeddable section")
    func textAndMarkdown() throws {
        let project = try Self.builtProject()
        let text = CLIRun(["diff", "2025-H1", "2025-H2"], in: project.root)
        #expect(text.status == 0)
        #expect(
            text.out.hasPrefix(
                "AI user share: 2025-H1 → 2025-H2 (sample)\n  1 economy has data in both: 1 up, 0 down, 0 unchanged.\n")
        )
        #expect(text.out.contains("Entered coverage: Türkiye."))
        #expect(text.out.contains("Left coverage: Republic of the Congo, South Korea."))
        #expect(text.out.contains("TCD   Chad         5.0      6.0    +1.0  3→2"))
        #expect(!text.out.contains("\u{1B}["))
        let markdown = CLIRun(["diff", "2025-H1", "2025-H2", "--format", "md"], in: project.root)
        #expect(markdown.out.hasPrefix("## What changed since 2025-H1\n"))
        #expect(markdown.out.contains("| Chad (TCD) | 5.0 % | 6.0 % | +1.0 | 3→2 |"))
    }

    @Test("a class number means one class in CSV, JSON and the map's data-class (1 = lowest)")
    func classNumbersAgree() throws {
        // Breaks ≤6, 6–10, >10 (worked by hand): Chad 5.0 and 6.0 are class 1, Congo 7.5 class 2,
        // Korea 25.9 and Türkiye 20.3 class 3.
        var files = SamplePipeline.files
        files["Pipelines/sample.yaml", default: ""] += """

            maps:
              - metric: ai_user_share
                periods: [2025-H1, 2025-H2]
                classes: manual:6,10

            """
        let project = try TemporaryProject(files: files)
        let build = CLIRun(["build", "--quiet"], in: project.root)
        try #require(build.status == 0, "\(build.err)")
        let csv = CLIRun(["diff", "2025-H1", "2025-H2", "--format", "csv"], in: project.root)
        try #require(csv.status == 0, "\(csv.err)")
        let rows = csv.out.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let classes = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], [$0[8], $0[9]]) })
        #expect(classes == ["TCD": ["1", "1"], "COG": ["2", ""], "KOR": ["3", ""], "TUR": ["", "3"]])
        let json = CLIRun(["diff", "2025-H1", "2025-H2", "--format", "json"], in: project.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let economies = try #require(object["economies"] as? [[String: Any]])
        let congo = try #require(economies.first { $0["iso3"] as? String == "COG" })
        #expect(congo["from_class"] as? Int == 2)
        for (period, code, expected) in [("2025-H1", "COG", "2"), ("2025-H1", "KOR", "3"), ("2025-H2", "TCD", "1")] {
            let svg = try String(
                contentsOf: project.root.appending(path: "Reports/sample/maps/ai_user_share-\(period).svg"),
                encoding: .utf8)
            let element = try #require(svg.range(of: "data-iso3=\"\(code)\""), "\(code) on the \(period) map")
            let rest = svg[element.upperBound...].prefix(80)
            #expect(rest.contains("data-class=\"\(expected)\""), "\(code) \(period): \(rest)")
        }
    }

    @Test("compares two revisions of one period after a source changed")
    func revisions() throws {
        let project = try Self.builtProject()
        try project.write("Data/usage/sample.csv", SamplePipeline.csv.replacingOccurrences(of: "5.0", with: "5.5"))
        #expect(CLIRun(["build", "--quiet"], in: project.root).status == 0)
        let run = CLIRun(["diff", "2025-H1@1", "2025-H1@2", "--format", "csv"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("TCD,Chad,5,5.5,0.5,0.1,"))
        let text = CLIRun(["diff", "2025-H1@1", "2025-H1@2"], in: project.root)
        #expect(text.out.contains("1 value was revised between the two revisions."))
    }

    @Test("writes --out FILE and refuses bad snapshot names")
    func outAndErrors() throws {
        let project = try Self.builtProject()
        #expect(
            CLIRun(["diff", "2025-H1", "2025-H2", "--format", "csv", "--out", "d.csv"], in: project.root).status == 0)
        #expect(project.read("d.csv")?.hasPrefix("iso3,name,") == true)
        let bad = CLIRun(["diff", "2025-H3", "2025-H2"], in: project.root)
        #expect(bad.status == 64)
        // A snapshot that is not stored is a name the user typed wrong, like an unknown pipeline: 64.
        let missing = CLIRun(["diff", "2024-H1", "2025-H2", "--pipeline", "sample"], in: project.root)
        #expect(missing.status == 64)
        let unknown = CLIRun(["diff", "2019-H1", "2025-H2"], in: project.root)
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("hint:"))
        #expect(missing.err.hasPrefix("error: pipeline 'sample' has no snapshot 2024-H1"))
        let revision = CLIRun(["diff", "2025-H1@7", "2025-H2", "--pipeline", "sample"], in: project.root)
        #expect(revision.err.contains("hint: Stored revisions: 2025-H1@1."))
    }
}

@Suite("geo-ai map")
struct MapCommandTests {
    @Test("renders one map that librsvg can draw, with the economy attributes")
    func rendersMap() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let run = CLIRun(["map", "--metric", "ai_user_share", "--period", "2025-H1", "-o", "m.svg"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        let svg = try #require(project.read("m.svg"))
        #expect(svg.contains("data-iso3=\"TCD\""))
        #expect(svg.contains("<title>Chad: 5"))
        let png = project.root.appendingPathComponent("m.png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        process.arguments = [project.root.appendingPathComponent("m.svg").path, "-o", png.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "rsvg-convert failed; install librsvg2-bin")
    }

    @Test("refuses unknown classes, projections and periods without data")
    func refuses() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let classes = CLIRun(
            ["map", "--metric", "ai_user_share", "--period", "2025-H1", "--classes", "magic:3", "-o", "m.svg"],
            in: project.root)
        #expect(classes.status == 64)
        let projection = CLIRun(
            ["map", "--metric", "ai_user_share", "--period", "2025-H1", "--projection", "mercator", "-o", "m.svg"],
            in: project.root)
        #expect(projection.status == 64)
        #expect(projection.err.contains("'mercator' is not a projection"))
        let period = CLIRun(
            ["map", "--metric", "ai_user_share", "--period", "2024-H1", "-o", "m.svg"], in: project.root)
        #expect(period.status == 64)
        #expect(period.err.contains("hint: Periods with data: 2025-H1, 2025-H2."))
    }
}
