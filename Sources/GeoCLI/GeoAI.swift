public import ArgumentParser
import GeoModel
import GeoPipeline

/// The `geo-ai` command: parses arguments, runs the subcommand, maps failures to exit codes.
///
/// Exit codes: 0 success; 1 `--check` found stale outputs; 64 usage error; 65 bad input
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
              geo-ai resolve "Korea, Rep." Türkiye       show how names resolve
              geo-ai snapshots                           list stored periods and revisions

            Exit codes: 0 ok, 1 stale outputs (--check), 64 usage, 65 bad input data,
            66 missing input file, 73 cannot write output, 74 I/O error, 75 project busy.
            """,
        version: version,
        subcommands: [
            BuildCommand.self, DiffCommand.self, MapCommand.self, PublishCommand.self, IngestCommand.self,
            ValidateCommand.self,
            ResolveCommand.self,
            SnapshotsCommand.self,
        ]
    )

    /// Creates the root command (required by ArgumentParser).
    public init() {}

    /// Runs `geo-ai` with `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String], context: CLIContext) -> Int32 {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if code == 0 {
                context.out(message + "\n")
            } else {
                context.err(message + "\n")
            }
            return code == 0 ? 0 : (code == 1 ? GeoError.Code.usage.rawValue : code)
        }
        guard let geoCommand = command as? any GeoCommand else {
            context.out(helpMessage() + "\n")
            return 0
        }
        do {
            try geoCommand.execute(in: context)
            return 0
        } catch {
            context.err(error.description + "\n")
            return error.code.rawValue
        }
    }
}
