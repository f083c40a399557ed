import Foundation
import GeoTestSupport
import Testing

@Suite("geo-ai resolve")
struct ResolveCommandTests {
    @Test("prints the code, canonical name and method for each name")
    func resolves() throws {
        let project = try TemporaryProject()
        let run = CLIRun(
            ["resolve", "Korea, Rep.", "Côte d'Ivoire", "Türkiye", "Viet Nam", "Congo (DRC)", "Kosovo"],
            in: project.root)
        #expect(run.status == 0)
        #expect(
            run.out == """
                Korea, Rep.\tKOR\tSouth Korea\talias
                Côte d'Ivoire\tCIV\tCôte d'Ivoire\tcanonical name
                Türkiye\tTUR\tTürkiye\tcanonical name
                Viet Nam\tVNM\tVietnam\tcanonical name
                Congo (DRC)\tCOD\tDemocratic Republic of the Congo\talias
                Kosovo\tXKX\tKosovo\tcanonical name

                """)
        #expect(run.err.isEmpty)
    }

    @Test("exits 65 for Congo, naming COG and COD")
    func ambiguous() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["resolve", "Congo"], in: project.root)
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(
            run.err == """
                error: ambiguous economy 'Congo' could mean Republic of the Congo (COG), Democratic Republic of the Congo (COD)
                  hint: Did you mean: Republic of the Congo (COG), Democratic Republic of the Congo (COD)? Say which with --alias 'Congo=ISO3'.
                error: 1 name did not resolve

                """)
    }

    @Test("resolves Congo with an --alias")
    func alias() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["resolve", "Congo", "--alias", "Congo=COG"], in: project.root)
        #expect(run.status == 0)
        #expect(run.out == "Congo\tCOG\tRepublic of the Congo\t--alias\n")
    }

    @Test("refuses a malformed --alias with exit 64")
    func badAlias() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["resolve", "Congo", "--alias", "Congo"], in: project.root)
        #expect(run.status == 64)
        #expect(run.err == "error: --alias 'Congo' is not NAME=ISO3\n  hint: For example: --alias Congo=COG\n")
    }
}

@Suite("geo-ai usage")
struct UsageTests {
    @Test("prints the version")
    func version() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["--version"], in: project.root)
        #expect(run.status == 0)
        #expect(run.out == "0.1.0\n")
    }

    @Test("teaches by example in --help")
    func help() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["--help"], in: project.root)
        #expect(run.status == 0)
        #expect(run.out.contains("geo-ai build --check"))
        #expect(run.out.contains("Exit codes: 0 ok, 1 stale outputs (--check), 64 usage (also a pipeline, metric\n"))
        #expect(run.out.contains("or snapshot that does not exist), 65 bad input data, 66 missing input file,\n"))
    }

    @Test("exits 64 for an unknown option or subcommand")
    func unknownOption() throws {
        let project = try TemporaryProject()
        let option = CLIRun(["build", "--frobnicate"], in: project.root)
        #expect(option.status == 64)
        #expect(option.err.hasPrefix("Error: Unknown option '--frobnicate'"))
        let command = CLIRun(["biuld"], in: project.root)
        #expect(command.status == 64)
    }

    @Test("exits 64 outside a project, creating nothing")
    func notAProject() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let run = CLIRun(["resolve", "Chad"], in: empty)
        #expect(run.status == 64)
        #expect(
            run.err == """
                error: not inside a geo-ai project: no Pipelines/ folder in '\(empty.path)' or above it
                  hint: Run geo-ai inside a project (the folder with Pipelines/ and Data/, or below it), or pass --root DIR.

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    @Test("exits 66 when the project has no reference tables")
    func noReferenceTables() throws {
        let project = try TemporaryProject()
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Data/reference"))
        let run = CLIRun(["resolve", "Chad"], in: project.root)
        #expect(run.status == 66)
        #expect(
            run.err == """
                Data/reference/countries.csv: error: input file 'Data/reference/countries.csv' does not exist
                  hint: Check the path; paths in pipelines are relative to the project root.

                """)
    }
}
