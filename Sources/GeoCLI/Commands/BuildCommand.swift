import ArgumentParser
import GeoModel
import GeoPipeline

extension NumberText {
    /// A duration in whole milliseconds, for `--verbose` timings.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(Int(value.rounded()))
    }
}

/// `geo-ai build`: regenerate Reports/ from Data/ and Pipelines/.
struct BuildCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Ingest, validate, compute and render every pipeline into Reports/.",
        discussion: """
            Examples:
              geo-ai build                          build every pipeline in Pipelines/
              geo-ai build --pipeline deepseek      build one pipeline
              geo-ai build --check                  exit 1 and list files if Reports/ is stale

            Bad input changes nothing: every source is validated before the store or Reports/ is touched.
            """)

    // The shared options are declared here, with their shared help, rather than as the option
    // groups the other commands use: every group costs ArgumentParser a reflection of one more
    // type, and that type's first protocol-conformance lookups, on each run, and a build with
    // nothing to do is what users run most (a no-op build is measured against `--version`).
    @Option(name: .long, help: RootOption.help) var root: String?

    @Option(name: .long, help: ProjectOptions.databaseHelp) var db: String?

    @Option(
        name: .customLong("pipeline"), help: ArgumentHelp("Build only this pipeline (repeatable).", valueName: "NAME"))
    var pipelines: [String] = []

    @Flag(name: .shortAndLong, help: "Rebuild even if nothing changed.")
    var force = false

    @Flag(help: "Do not write; exit 1 if Reports/ differs from what the build would produce.")
    var check = false

    @Flag(name: .shortAndLong, help: QuietOption.help) var quiet = false

    @Flag(name: .shortAndLong, help: "Print notes about the inputs and per-stage detail.")
    var verbose = false

    func execute(in context: CLIContext) throws(GeoError) {
        let files = try context.project(root: root)
        let quiet = self.quiet
        let waiting = { if !quiet { context.err("waiting for another geo-ai build in this project to finish…\n") } }
        try ProjectLock.holding(files, waiting: waiting) { () throws(GeoError) in try build(files, in: context) }
    }

    private func build(_ files: ProjectFiles, in context: CLIContext) throws(GeoError) {
        let progress = ProgressLine(context, quiet: quiet)
        let runner = BuildRunner(files: files) { message in progress.show(message) }
        var options = BuildRunner.Options()
        options.pipelines = pipelines
        options.databasePath = db.map { context.url($0).path }
        options.check = check
        options.force = force
        let outcome = try runner.run(options)
        progress.clear()
        for diagnostic in outcome.diagnostics where verbose || (diagnostic.severity == .warning && !quiet) {
            context.err(diagnostic.description + "\n")
        }
        if verbose {
            for note in outcome.mapNotes { context.err(note.description + "\n") }
        } else if !quiet {
            for marks in outcome.mapMarks {
                guard let summary = marks.summary else { continue }
                context.err("note: Reports/\(marks.path): \(summary) (--verbose for each)\n")
            }
        }
        if !check && !quiet {
            for finding in outcome.findings { context.err(finding.description + "\n") }
        }
        if check {
            guard outcome.stalePaths.isEmpty else {
                context.err(outcome.stalePaths.map { "stale: \($0)\n" }.joined())
                throw GeoError(
                    .staleOutputs,
                    "\(outcome.stalePaths.count) file(s) in Reports/ differ from what the build would produce",
                    hint: "Run geo-ai build and commit Reports/.")
            }
            if !quiet { context.out("Reports/ is up to date (\(outcome.pipelines.joined(separator: ", ")))\n") }
            return
        }
        if verbose {
            for timing in outcome.timings {
                context.err("timing: \(timing.stage): \(NumberText.milliseconds(timing.duration)) ms\n")
            }
        }
        if !quiet {
            for line in outcome.storeSummary { context.out(line + "\n") }
            for name in outcome.upToDate { context.out("\(name): up to date (inputs and Reports/ unchanged)\n") }
            if outcome.pipelines.isEmpty {
                context.out("nothing to do: every pipeline is up to date (--force rebuilds)\n")
            } else {
                context.out(
                    "built \(outcome.pipelines.count) pipeline(s): \(outcome.pipelines.joined(separator: ", "))\n")
            }
        }
    }
}
