import ArgumentParser
import Foundation
import GeoModel
import GeoPipeline
import GeoReports

/// `geo-ai diff FROM TO`: what changed between two snapshots.
struct DiffCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two snapshots (periods or revisions).",
        discussion: """
            Examples:
              geo-ai diff 2025-H1 2025-H2 --pipeline ai-diffusion
              geo-ai diff 2025-H2 2026-Q1 --format md -o changes.md
              geo-ai diff 2025-H2@1 2025-H2@2 --pipeline ai-diffusion     (a revision of one period)
              geo-ai diff 2025-H1 2025-H2 --format csv | column -s, -t

            FROM and TO are periods (2025-H1, 2026-Q1) or PERIOD@REVISION; geo-ai snapshots lists them.
            CSV and JSON carry every economy: iso3, name, from_value, to_value, change, relative_change,
            from_rank, to_rank, from_class, to_class, flags_gained, flags_lost, status. A value published
            only as a band is written low..high.
            Text on a terminal colours rises green and falls red; never when piped, written
            with --out, or with NO_COLOR set.
            A snapshot that is not stored is a usage error (exit 64).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, csv, json }

    @Argument(help: ArgumentHelp("The earlier snapshot: PERIOD or PERIOD@REVISION.", valueName: "FROM"))
    var from: String

    @Argument(help: ArgumentHelp("The later snapshot: PERIOD or PERIOD@REVISION.", valueName: "TO"))
    var to: String

    @Option(
        name: .customLong("pipeline"),
        help: ArgumentHelp("The pipeline (default: the only one with both).", valueName: "NAME"))
    var pipeline: String?

    @Option(help: ArgumentHelp("The metric (default: the only one in both).", valueName: "ID"))
    var metric: String?

    @Option(help: "Output format: text, md, csv or json.")
    var format: Format = .text

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    @Option(help: "How many top movers up and down text and md show.")
    var top: Int = 10

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        guard SnapshotReference(from) != nil else {
            throw ValidationError("FROM '\(from)' is not PERIOD or PERIOD@REVISION (e.g. 2025-H1, 2025-H2@1).")
        }
        guard SnapshotReference(to) != nil else {
            throw ValidationError("TO '\(to)' is not PERIOD or PERIOD@REVISION (e.g. 2025-H2, 2025-H2@2).")
        }
        guard top >= 1 else { throw ValidationError("--top must be at least 1.") }
    }

    func execute(in context: CLIContext) throws(GeoError) {
        guard let earlier = SnapshotReference(from), let later = SnapshotReference(to) else {
            throw GeoError(.usage, "FROM and TO must be PERIOD or PERIOD@REVISION")
        }
        let files = try context.project(root: project.root)
        let request = DiffRunner.Request(
            from: earlier, to: later, pipeline: pipeline, metric: metric,
            databasePath: project.db.map { context.url($0).path })
        let diff = try DiffRunner(files: files).run(request)
        let text: String
        switch format {
        case .text: text = DiffRenderer.text(diff, top: top, colour: context.colouredOut && out == nil)
        case .md: text = DiffRenderer.markdown(diff, top: top) + "\n"
        case .csv: text = DiffRenderer.csv(diff)
        case .json: text = DiffRenderer.json(diff)
        }
        guard let out else {
            context.out(text)
            return
        }
        let url = context.url(out)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw GeoError(
                .cannotCreate, "cannot write '\(out)': \(error.localizedDescription)",
                hint: "Check that the folder exists and is writable.")
        }
    }
}
