import Foundation
import GeoTestSupport
import Testing

/// `geo-ai COMMAND --help`, `geo-ai COMMAND -h` and `geo-ai help COMMAND` print that command's
/// help on standard output and exit 0.
@Suite("geo-ai help")
struct HelpTests {
    /// Every command, with a phrase from its own help that the top-level help does not contain.
    static let commands: [(name: String, phrase: String)] = [
        ("build", "--check"),
        ("diff", "--top"),
        ("map", "--projection"),
        ("publish", "--title"),
        ("ingest", "--encoding"),
        ("validate", "CSV files to check"),
        ("resolve", "Names to resolve."),
        ("snapshots", "geo-ai snapshots --db"),
        ("init", "Replace an existing Pipelines/NAME.yaml."),
    ]

    static let forms: [@Sendable (String) -> [String]] = [{ [$0, "--help"] }, { [$0, "-h"] }, { ["help", $0] }]

    @Test("each form prints that command's usage and options", arguments: commands.map(\.name))
    func commandHelp(_ name: String) throws {
        let phrase = try #require(Self.commands.first { $0.name == name }?.phrase)
        let project = try TemporaryProject()
        for form in Self.forms {
            let arguments = form(name)
            let run = CLIRun(arguments, in: project.root)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.out.contains("USAGE: geo-ai \(name)"), "\(arguments) printed: \(run.out.prefix(300))")
            #expect(run.out.contains(phrase), "\(arguments)")
            #expect(!run.out.contains("SUBCOMMANDS:"), "\(arguments) printed the top-level help")
            #expect(run.err.isEmpty, "\(arguments)")
        }
    }

    @Test("geo-ai, geo-ai help and geo-ai --help print the top-level help with every command")
    func topLevel() throws {
        let project = try TemporaryProject()
        for arguments in [[], ["help"], ["--help"], ["-h"]] {
            let run = CLIRun(arguments, in: project.root)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.out.contains("USAGE: geo-ai <subcommand>"), "\(arguments)")
            for (name, _) in Self.commands { #expect(run.out.contains("  \(name) "), "\(arguments) lacks \(name)") }
            #expect(
                run.out.contains("or snapshot that does not exist)"),
                "\(arguments): exit 64 for a missing snapshot is documented")
        }
    }

    @Test("help for a command that does not exist is a usage error naming the commands")
    func unknownCommand() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["help", "biuld"], in: project.root)
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("error: no command named 'biuld'\n  hint: Commands: build, diff, "))
    }

    @Test("--generate-completion-script writes a script for each shell")
    func completions() throws {
        let project = try TemporaryProject()
        for (shell, marker) in [("bash", "complete -"), ("zsh", "#compdef geo-ai"), ("fish", "complete -c 'geo-ai'")] {
            let run = CLIRun(["--generate-completion-script", shell], in: project.root)
            #expect(run.status == 0, "\(shell): \(run.err)")
            #expect(run.out.contains(marker), "\(shell) script lacks \(marker)")
            #expect(run.out.contains("init"), "\(shell) script lacks the init command")
        }
    }
}
