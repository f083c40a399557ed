import Foundation
import GeoTestSupport
import Testing

/// `geo-ai init NAME [DATA.csv]` on the sample data, whose periods and metric are known by hand.
@Suite("geo-ai init")
struct InitCommandTests {
    /// A wide table with period headers, as the publisher's export has them.
    static let wide = """
        Economy,H1 2025 AI Diffusion,H2 2025 AI Diffusion
        Chad,5.00%,6.00%
        Türkiye,21.30%,23.10%
        "Korea, Rep.",25.90%,30.00%

        """

    @Test("without data: a commented template that loads, and a hint for what to do next")
    func template() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["init", "my-data"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        #expect(
            run.out
                == "wrote Pipelines/my-data.yaml (a template: put the data at Data/usage/my-data.csv); next: geo-ai validate --pipeline my-data\n"
        )
        let yaml = try #require(project.read("Pipelines/my-data.yaml"))
        #expect(yaml.hasPrefix("# Pipeline 'my-data', scaffolded by geo-ai init"))
        #expect(yaml.contains("  - path: \"Data/usage/my-data.csv\""))
        #expect(yaml.contains("  - id: my_data\n"))
        // Once the data is there, the template validates and builds as it stands.
        try project.write(
            "Data/usage/my-data.csv",
            "country,period,metric,value\nChad,2025-H2,my_data,6.0\nTürkiye,2025-H2,my_data,20.3\n")
        let validate = CLIRun(["validate", "--pipeline", "my-data"], in: project.root)
        #expect(validate.status == 0, "\(validate.err)")
        #expect(validate.out == "ok: my-data: 1 sources, 2 observations\n")
    }

    @Test("from a long file: format, metric and periods from the data; validates and builds")
    func fromLongData() throws {
        let project = try TemporaryProject(files: ["Data/usage/sample.csv": SamplePipeline.csv])
        let run = CLIRun(["init", "usage", "Data/usage/sample.csv", "--alias", "Congo=COG"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        #expect(
            run.out.hasPrefix(
                "wrote Pipelines/usage.yaml (long layout; metrics: ai_user_share; periods: 2025-H1, 2025-H2)"))
        let yaml = try #require(project.read("Pipelines/usage.yaml"))
        #expect(yaml.contains("    format: long  # long | wide | monthly (detected from the header)\n"))
        #expect(yaml.contains("    aliases:  # names this source uses for an economy\n      \"Congo\": COG\n"))
        #expect(yaml.contains("  - id: ai_user_share\n"))
        #expect(yaml.contains("    unit: percent  "))
        #expect(yaml.contains("  - metric: ai_user_share\n    periods: [2025-H1, 2025-H2]  "))
        #expect(!yaml.contains("    metric: ai_user_share  # for rows"), "a long file names its metric in each row")
        #expect(CLIRun(["validate", "--pipeline", "usage"], in: project.root).status == 0)
        let build = CLIRun(["build", "--pipeline", "usage", "-q"], in: project.root)
        #expect(build.status == 0, "\(build.err)")
        #expect(project.read("Reports/usage/maps/ai_user_share-2025-H2.svg") != nil)
    }

    @Test("from a wide file: period headers detected, metric from --metric or the file name")
    func fromWideData() throws {
        let project = try TemporaryProject(files: ["Data/usage/diffusion-wide.csv": Self.wide])
        let named = CLIRun(["init", "wide", "Data/usage/diffusion-wide.csv"], in: project.root)
        #expect(named.status == 0, "\(named.err)")
        #expect(
            named.out.hasPrefix(
                "wrote Pipelines/wide.yaml (wide layout; metrics: diffusion_wide; periods: 2025-H1, 2025-H2)"))
        let yaml = try #require(project.read("Pipelines/wide.yaml"))
        #expect(yaml.contains("    format: wide  "))
        #expect(yaml.contains("    metric: diffusion_wide  # for rows or columns that name none\n"))
        #expect(!yaml.contains("country_column"), "the names are in a column called Economy")
        #expect(
            yaml.contains(
                """
                    columns:  # header → what its values are (read from the header)
                      "H1 2025 AI Diffusion": { period: 2025-H1 }
                      "H2 2025 AI Diffusion": { period: 2025-H2 }

                """))
        let chosen = CLIRun(
            ["init", "chosen", "Data/usage/diffusion-wide.csv", "--metric", "ai_user_share"], in: project.root)
        #expect(chosen.status == 0, "\(chosen.err)")
        #expect(
            project.read("Pipelines/chosen.yaml")?.contains(
                "  - metric: ai_user_share\n    periods: [2025-H1, 2025-H2]") == true)
        #expect(CLIRun(["build", "-q"], in: project.root).status == 0)
    }

    @Test("a wide file whose name column has another header gets country_column; unread columns are noted")
    func wideCountryColumn() throws {
        let csv = "Nation,2025-H1,Notes\nChad,5.0,x\nTürkiye,21.3,y\n"
        let project = try TemporaryProject(files: ["Data/usage/nations.csv": csv])
        let run = CLIRun(["init", "nations", "Data/usage/nations.csv"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
        #expect(
            run.err == "Data/usage/nations.csv:1:1: note: column 'Notes' has no period or metric and was not read\n")
        let yaml = try #require(project.read("Pipelines/nations.yaml"))
        #expect(yaml.contains("    country_column: \"Nation\"  # the column of economy names\n"))
        #expect(yaml.contains("      \"2025-H1\": { period: 2025-H1 }\n"))
        let validate = CLIRun(["validate", "--pipeline", "nations"], in: project.root)
        #expect(validate.out == "ok: nations: 1 sources, 2 observations\n")
        #expect(CLIRun(["init", "quiet", "Data/usage/nations.csv", "-q"], in: project.root).err.isEmpty)
    }

    @Test("refuses to replace a pipeline unless --force, and then replaces it")
    func refusesToOverwrite() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let run = CLIRun(["init", "sample"], in: project.root)
        #expect(run.status == 73)
        #expect(
            run.err
                == "error: 'Pipelines/sample.yaml' already exists\n  hint: Edit it, choose another NAME, or pass --force to replace it.\n"
        )
        #expect(project.read("Pipelines/sample.yaml") == SamplePipeline.yaml)
        let forced = CLIRun(
            ["init", "sample", "Data/usage/sample.csv", "--alias", "Congo=COG", "-f"], in: project.root)
        #expect(forced.status == 0, "\(forced.err)")
        #expect(project.read("Pipelines/sample.yaml")?.hasPrefix("# Pipeline 'sample', scaffolded") == true)
    }

    @Test(
        "bad data, a file outside the project or a bad name: an error, and nothing written",
        arguments: [
            (["init", "p", "Data/usage/sample.csv"], 65, "ambiguous economy 'Congo'"),
            (["init", "p", "/etc/hostname"], 64, "is outside the project"),
            (["init", "p", "Data/usage/missing.csv"], 66, "input file 'Data/usage/missing.csv' does not exist"),
            (["init", "../p"], 64, "NAME '../p' must be letters, digits, - and _"),
            (["init", "p", "Data/usage/sample.csv", "--format", "tsv"], 64, "'tsv' is not a format"),
        ])
    func refuses(_ arguments: [String], status: Int32, message: String) throws {
        let project = try TemporaryProject(files: ["Data/usage/sample.csv": SamplePipeline.csv])
        let run = CLIRun(arguments, in: project.root)
        #expect(run.status == status, "\(run.err)")
        #expect(run.err.contains(message), "\(run.err)")
        #expect(project.files(under: "Pipelines").isEmpty)
    }

    @Test("with --force over a pipeline, bad data leaves the old pipeline in place")
    func forcedFailureKeepsOld() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let run = CLIRun(["init", "sample", "Data/usage/sample.csv", "--force"], in: project.root)
        #expect(run.status == 65)
        #expect(project.read("Pipelines/sample.yaml") == SamplePipeline.yaml)
    }
}
