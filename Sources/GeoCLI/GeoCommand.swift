import ArgumentParser
import GeoModel

/// A subcommand that runs against a ``CLIContext`` and fails with a ``GeoError``.
protocol GeoCommand: ParsableCommand {
    func execute(in context: CLIContext) throws(GeoError)
}

extension GeoCommand {
    /// Unused: ``GeoAI/main(arguments:context:)`` dispatches to ``execute(in:)``.
    func run() throws {}
}

/// Options every project command shares.
///
/// `--root` is declared here as well as in ``RootOption`` (with its help text) rather than as a
/// nested option group: every group costs ArgumentParser a reflection of one more type and its
/// first protocol-conformance lookups on each run, about a tenth of a no-op build's own work.
struct ProjectOptions: ParsableArguments {
    /// The project root the user gave, if any.
    @Option(name: .long, help: RootOption.help) var root: String?

    /// The help of `--db`, for this group and the commands that declare the option themselves.
    static let databaseHelp = ArgumentHelp(
        "The SQLite store (default: .geo-ai/store.sqlite under the root).", valueName: "PATH")

    @Option(name: .long, help: ProjectOptions.databaseHelp) var db: String?
}

/// `--root DIR`, for every command that works in a project: one help text.
struct RootOption: ParsableArguments {
    /// The help of `--root`, for this group and ``ProjectOptions``.
    static let help = ArgumentHelp(
        "The project root (default: the nearest folder with Pipelines/, from here up).", valueName: "DIR")

    @Option(name: .long, help: RootOption.help) var root: String?
}
