import Foundation
import GeoTestSupport
import Testing

/// The conventional short flags, `--quiet` on every command that reports what it did, and
/// colour only on a terminal standard output without `NO_COLOR`.
@Suite("Short flags, --quiet and colour")
struct OutputFlagTests {
    static func builtProject() throws -> TemporaryProject { try CLIRun.builtSampleProject() }

    @Test("-f, -v and -q are --force, --verbose and --quiet on build")
    func buildShortFlags() throws {
        let project = try Self.builtProject()
        let forced = CLIRun(["build", "-f"], in: project.root)
        #expect(forced.status == 0)
        #expect(forced.out.contains("built 1 pipeline(s): sample"), "without -f the build would be up to date")
        let verbose = CLIRun(["build", "-f", "-v"], in: project.root)
        #expect(verbose.err.contains("timing: "))
        let quiet = CLIRun(["build", "-f", "-q"], in: project.root)
        #expect(quiet.status == 0)
        #expect(quiet.out.isEmpty && quiet.err.isEmpty)
    }

    @Test("-o is --out on diff and publish, and the output file on map")
    func outShortFlag() throws {
        let project = try Self.builtProject()
        #expect(CLIRun(["diff", "2025-H1", "2025-H2", "--format", "csv", "-o", "d.csv"], in: project.root).status == 0)
        #expect(project.read("d.csv")?.hasPrefix("iso3,name,") == true)
        #expect(CLIRun(["publish", "-o", "site", "-q"], in: project.root).status == 0)
        #expect(project.read("site/index.html") != nil)
        for flag in ["-o", "--out", "--output"] {
            let run = CLIRun(
                ["map", "--metric", "ai_user_share", "--period", "2025-H1", flag, "m\(flag).svg"], in: project.root)
            #expect(run.status == 0, "\(flag): \(run.err)")
            #expect(
                project.read("m\(flag).svg")?.hasPrefix("<svg") == true
                    || project.read("m\(flag).svg")?.hasPrefix("<?xml") == true)
        }
    }

    /// Each command that reports what it did, run with and without `-q`: with it, nothing on
    /// either stream and the same exit status.
    static let reporting: [[String]] = [
        ["validate", "Data/usage/sample.csv", "--alias", "Congo=COG"],
        ["validate", "--pipeline", "sample"],
        ["ingest", "Data/usage/sample.csv", "--alias", "Congo=COG"],
        ["resolve", "Chad", "Türkiye"],
        ["map", "--metric", "ai_user_share", "--period", "2025-H1", "-o", "q.svg"],
        ["publish"],
        ["init", "scaffolded"],
        ["build", "--force"],
    ]

    @Test("--quiet silences every command that reports what it did", arguments: reporting)
    func quiet(_ arguments: [String]) throws {
        let loudProject = try Self.builtProject()
        let loud = CLIRun(arguments, in: loudProject.root)
        #expect(loud.status == 0, "\(loud.err)")
        #expect(!(loud.out + loud.err).isEmpty, "\(arguments) prints something without --quiet")
        for flag in ["--quiet", "-q"] {
            let project = try Self.builtProject()
            let quiet = CLIRun(arguments + [flag], in: project.root)
            #expect(quiet.status == 0, "\(arguments) \(flag): \(quiet.err)")
            #expect(quiet.out.isEmpty, "\(arguments) \(flag) printed: \(quiet.out)")
            #expect(quiet.err.isEmpty, "\(arguments) \(flag) printed: \(quiet.err)")
        }
    }

    @Test("--quiet still prints errors and keeps the exit status")
    func quietErrors() throws {
        let project = try Self.builtProject()
        let run = CLIRun(["resolve", "Congo", "-q"], in: project.root)
        #expect(run.status == 65)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("error: ambiguous economy 'Congo'"))
    }

    /// stdout a terminal? stderr a terminal? NO_COLOR? → colour expected in `geo-ai diff`.
    static let colourCases: [(out: Bool, err: Bool, noColour: Bool, coloured: Bool)] = [
        (true, true, false, true),
        (true, false, false, true),
        (false, true, false, false),  // geo-ai diff > file, typed at a terminal
        (false, false, false, false),
        (true, true, true, false),
        (true, false, true, false),
    ]

    @Test("diff colours only a terminal standard output, and never with NO_COLOR", arguments: colourCases.indices)
    func colour(_ index: Int) throws {
        let example = Self.colourCases[index]
        let project = try Self.builtProject()
        let run = CLIRun(
            ["diff", "2025-H1", "2025-H2"], in: project.root, outIsTerminal: example.out, errIsTerminal: example.err,
            forbidsColour: example.noColour)
        #expect(run.status == 0)
        #expect(run.out.contains("Chad") && run.out.contains("+1.0"))
        #expect(run.out.contains("\u{1B}[") == example.coloured, "\(example)")
    }

    @Test("the real process: colour on a terminal, none with NO_COLOR or with stdout redirected")
    func colourInARealTerminal() throws {
        let project = try Self.builtProject()
        let binary = ProcessRun.executable.path
        // script(1) runs the command on a pseudo-terminal, as a user typing it would.
        func underTerminal(_ command: String, environment: [String: String] = [:]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            process.currentDirectoryURL = project.root
            var merged = ProcessInfo.processInfo.environment
            merged.removeValue(forKey: "NO_COLOR")
            process.environment = merged.merging(environment) { $1 }
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(command)")
            return String(decoding: data, as: UTF8.self)
        }
        let diff = "'\(binary)' diff 2025-H1 2025-H2"
        #expect(try underTerminal(diff).contains("\u{1B}[32m"))
        #expect(try !underTerminal(diff, environment: ["NO_COLOR": "1"]).contains("\u{1B}["))
        #expect(
            try underTerminal(diff, environment: ["NO_COLOR": ""]).contains("\u{1B}[32m"), "an empty NO_COLOR is unset")
        _ = try underTerminal("\(diff) > redirected.txt")
        let redirected = try #require(project.read("redirected.txt"))
        #expect(redirected.contains("Chad"))
        #expect(!redirected.contains("\u{1B}["), "stdout is a file, though stderr is a terminal")
    }
}
