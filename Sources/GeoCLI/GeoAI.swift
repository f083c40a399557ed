public import ArgumentParser
import GeoModel
import GeoPipeline

/// The `geo-ai` command: parses arguments, runs the subcommand, maps failures to exit codes.
///
/// Exit codes: 0 success; 1 `--check` found stale outputs; 64 usage error (including a
/// pipeline, metric or snapshot named on the command line that does not exist); 65 bad input
/// data; 66 input file missing; 73 cannot write output; 74 I/O error (store); 75 busy.
public struct GeoAI: ParsableCommand {
    /// The version printed by `--version`.
    public static let version = BuildInfo.version

    /// Command metadata.
    public static let configuration = CommandConfiguration(
        commandName: "geo-ai",
        abstract: "Turn per-country AI usage tables into regional analysis, SVG maps and Markdown reports.",
        discussion: """
            Run inside a project: geo-ai finds the nearest folder with Pipelines/ from the current
            one up (as git finds .git), or pass --root DIR.

            Examples:
              geo-ai build                               rebuild every report in Reports/
              geo-ai build --check                       exit 1 if Reports/ is out of date
              geo-ai validate Data/usage/new.csv         check a file without storing it
              geo-ai ingest new.csv --alias Congo=COG    store a file's observations
              geo-ai resolve "Korea, Rep." "Viet Nam"    show how names resolve
              geo-ai snapshots                           list stored periods and revisions
              geo-ai init my-data Data/usage/my.csv      scaffold Pipelines/my-data.yaml
              geo-ai help COMMAND                        that command's options and examples

            Exit codes: 0 ok, 1 stale outputs (--check), 64 usage (also a pipeline, metric
            or snapshot that does not exist), 65 bad input data, 66 missing input file,
            73 cannot write output, 74 I/O error, 75 project busy.
            """,
        version: version,
        subcommands: [
            BuildCommand.self, DiffCommand.self, MapCommand.self, PublishCommand.self, IngestCommand.self,
            ValidateCommand.self,
            ResolveCommand.self,
            SnapshotsCommand.self, InitCommand.self,
        ]
    )

    /// Creates the root command (required by ArgumentParser).
    public init() {}

    /// Runs `geo-ai` with `arguments` (without the program name) and returns the exit status.
    ///
    /// `geo-ai COMMAND --help`, `geo-ai COMMAND -h` and `geo-ai help COMMAND` print that
    /// command's help on standard output and exit 0.
    public static func main(arguments: [String], context: CLIContext) -> Int32 {
        if let error = unknownHelpTopic(arguments) {
            context.err(error.description + "\n")
            return error.code.rawValue
        }
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            return report(error, in: context)
        }
        guard let geoCommand = command as? any GeoCommand else {
            // `geo-ai` alone and `geo-ai help [COMMAND]`: ArgumentParser's own run() throws the
            // help request for the command named, which report(_:in:) prints.
            return runArgumentParserCommand(command, in: context)
        }
        do {
            try geoCommand.execute(in: context)
            return 0
        } catch {
            context.err(error.description + "\n")
            return error.code.rawValue
        }
    }

    /// `geo-ai help NAME` for a NAME that is no command (ArgumentParser would print the top-level help).
    private static func unknownHelpTopic(_ arguments: [String]) -> GeoError? {
        guard arguments.count >= 2, arguments[0] == "help", !arguments[1].hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName }
        guard !names.contains(arguments[1]) else { return nil }
        return GeoError(
            .usage, "no command named '\(arguments[1])'", hint: "Commands: \(names.joined(separator: ", ")).")
    }

    /// Runs a command ArgumentParser handles itself (its `help`) and reports what it throws.
    private static func runArgumentParserCommand<Command: ParsableCommand>(_ command: Command, in context: CLIContext)
        -> Int32
    {
        var command = command
        do {
            try command.run()
            return 0
        } catch {
            return report(error, in: context)
        }
    }

    /// Prints an error or help request from ArgumentParser and returns its exit status: help
    /// and `--version` go to standard output with 0; usage errors to standard error with 64.
    private static func report(_ error: any Error, in context: CLIContext) -> Int32 {
        let code = exitCode(for: error).rawValue
        let message = fullMessage(for: error)
        if code == 0 {
            context.out(message + "\n")
            return 0
        }
        context.err(message + "\n")
        return code == 1 ? GeoError.Code.usage.rawValue : code
    }
}
