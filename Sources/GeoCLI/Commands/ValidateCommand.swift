import ArgumentParser
import GeoModel
import GeoPipeline

/// `geo-ai validate`: check files or pipelines without storing or writing anything.
struct ValidateCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check files or pipelines without storing or writing anything.",
        discussion: """
            Examples:
              geo-ai validate                          check every pipeline and its sources
              geo-ai validate --pipeline deepseek      check one pipeline
              geo-ai validate new.csv --alias Congo=COG
            """)

    @Argument(help: ArgumentHelp("CSV files to check (default: every pipeline).", valueName: "FILE"))
    var paths: [String] = []

    @OptionGroup var input: FileInputOptions

    @OptionGroup var reporting: QuietOption

    @OptionGroup var location: RootOption

    @Option(name: .customLong("pipeline"), help: ArgumentHelp("Check this pipeline (repeatable).", valueName: "NAME"))
    var pipelines: [String] = []

    func validate() throws {
        if !paths.isEmpty, !pipelines.isEmpty {
            throw ValidationError("Pass files or --pipeline, not both.")
        }
    }

    func execute(in context: CLIContext) throws(GeoError) {
        let files = try context.project(root: location.root)
        let reference = try files.loadReference(layers: [input.chosenGeography()])
        if !paths.isEmpty {
            for file in try FileInputOptions.read(paths, options: input, context: context, reference: reference) {
                for diagnostic in file.diagnostics { reporting.say(diagnostic.description + "\n", with: context.err) }
                reporting.say(
                    "ok: \(file.source.path): \(file.observations.count) observations from \(file.source.rowsRead) rows\n",
                    with: context.out)
            }
            return
        }
        let names = try files.pipelines(named: pipelines)
        var collector = DiagnosticCollector()
        var summaries: [String] = []
        for name in names {
            if let pipeline = try collector.collecting({ () throws(GeoError) in
                try LoadedPipeline.load(name: name, files: files, reference: reference)
            }) {
                summaries.append(
                    "ok: \(name): \(pipeline.files.count) sources, \(pipeline.observations.count) observations")
            }
        }
        try collector.throwIfErrors()
        for line in summaries { reporting.say(line + "\n", with: context.out) }
    }
}
