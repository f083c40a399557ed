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
struct ProjectOptions: ParsableArguments {
    @OptionGroup var location: RootOption

    /// The project root the user gave, if any.
    var root: String? { location.root }

    @Option(
        name: .long,
        help: ArgumentHelp("The SQLite store (default: .geo-ai/store.sqlite under the root).", valueName: "PATH"))
    var db: String?
}

/// `--root DIR`, for every command that works in a project: one declaration, one help text.
struct RootOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The project root (default: the nearest folder with Pipelines/, from here up).", valueName: "DIR"))
    var root: String?
}
