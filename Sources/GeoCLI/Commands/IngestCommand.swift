import ArgumentParser
import Foundation
import GeoIngest
import GeoModel
import GeoPipeline
import GeoStore

/// `geo-ai ingest`: validate files and store their observations as snapshot revisions.
struct IngestCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Validate files and record their observations in the store.",
        discussion: """
            Examples:
              geo-ai ingest Data/usage/ai_user_share.csv
              geo-ai ingest export.csv --format wide --metric ai_user_share --alias Congo=COG
              geo-ai ingest legacy.csv --encoding macroman

            Each file is recorded under a dataset named after the file (or --pipeline NAME).
            A file already stored with the same SHA-256 is not stored twice; a changed file
            adds a new revision of each period it holds. Any error stores nothing.
            """)

    @Argument(help: ArgumentHelp("CSV files to ingest.", valueName: "FILE"))
    var paths: [String]

    @OptionGroup var input: FileInputOptions
    @OptionGroup var project: ProjectOptions
    @OptionGroup var reporting: QuietOption

    @Option(name: .customLong("pipeline"), help: ArgumentHelp("Record under this dataset name.", valueName: "NAME"))
    var dataset: String?

    func execute(in context: CLIContext) throws(GeoError) {
        let files = try context.project(root: project.root)
        let reference = try files.loadReference(layers: [input.chosenGeography()])
        let progress = ProgressLine(context, quiet: reporting.quiet)
        defer { progress.clear() }
        let ingested = try FileInputOptions.read(
            paths, options: input, context: context, reference: reference, progress: progress)
        let waiting = { context.err("waiting for another geo-ai process…\n") }
        try ProjectLock.holding(files, waiting: waiting) { () throws(GeoError) in
            let count = ingested.reduce(0) { $0 + $1.observations.count }
            progress.show("recording \(NumberText.grouped(Double(count))) observations in the store")
            try record(ingested, files: files, in: context, progress: progress)
        }
    }

    private func record(
        _ ingested: [IngestedFile], files: ProjectFiles, in context: CLIContext, progress: ProgressLine
    ) throws(GeoError) {
        let store = try BuildRunner(files: files).openStore(project.db.map { context.url($0).path })
        let groups = Dictionary(grouping: ingested) { file in
            dataset ?? URL(fileURLWithPath: file.source.path).deletingPathExtension().lastPathComponent
        }
        var summaries: [String] = []
        for name in groups.keys.sorted() {
            summaries.append("\(name): \(try store.record(pipeline: name, files: groups[name] ?? []).summary)\n")
        }
        progress.clear()
        for line in summaries { reporting.say(line, with: context.out) }
        for file in ingested {
            for diagnostic in file.diagnostics { reporting.say(diagnostic.description + "\n", with: context.err) }
            reporting.say(
                "\(file.source.path): \(file.observations.count) observations from \(file.source.rowsRead) rows (\(file.source.encoding), sha256 \(file.source.sha256.prefix(12)))\n",
                with: context.out)
        }
    }
}
