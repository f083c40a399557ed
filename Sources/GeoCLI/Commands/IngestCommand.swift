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
        if paths.count == 1, let size = Self.size(ofFile: context.url(paths[0]).path),
            size >= ObservationReader.bytesWorthStoringWhileRead
        {
            try ingestWhileReading(
                ProjectPaths.normalised(paths[0]), files: files, reference: reference, in: context, progress: progress)
            return
        }
        let ingested = try FileInputOptions.read(
            paths, options: input, context: context, reference: reference, progress: progress)
        try ProjectLock.holding(files, waiting: { waiting(context) }) { () throws(GeoError) in
            let count = ingested.reduce(0) { $0 + $1.observations.count }
            progress.show("recording \(NumberText.grouped(Double(count))) observations in the store")
            try record(ingested, files: files, in: context, progress: progress)
        }
    }

    private func waiting(_ context: CLIContext) { context.err("waiting for another geo-ai process…\n") }

    /// The dataset a file is recorded under: `--pipeline`, or the file's name without its extension.
    private func datasetName(of path: String) -> String {
        dataset ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    private func record(
        _ ingested: [IngestedFile], files: ProjectFiles, in context: CLIContext, progress: ProgressLine
    ) throws(GeoError) {
        let store = try BuildRunner(files: files).openStore(project.db.map { context.url($0).path })
        let groups = Dictionary(grouping: ingested) { datasetName(of: $0.source.path) }
        var summaries: [String] = []
        for name in groups.keys.sorted() {
            summaries.append("\(name): \(try store.record(pipeline: name, files: groups[name] ?? []).summary)\n")
        }
        report(summaries, ingested, in: context, progress: progress)
    }

    /// One large file read and stored at once: its observations go into the store part by part
    /// while the rest is read (``GeoStore/Store/record(pipeline:path:reading:)``), with the project
    /// locked from the start. The store ends as reading first and recording after would leave it;
    /// a refused file stores nothing, and a store this command created for it is removed.
    private func ingestWhileReading(
        _ path: String, files: ProjectFiles, reference: ReferenceTables, in context: CLIContext, progress: ProgressLine
    ) throws(GeoError) {
        let absolute = context.url(path).path
        let reader = ObservationReader(reference: reference)
        let spec = try input.spec(path: path)
        let database = project.db.map { context.url($0).path } ?? files.defaultStorePath
        try ProjectLock.holding(files, waiting: { waiting(context) }) { () throws(GeoError) in
            progress.show("reading, validating and recording \(path)")
            let (file, outcome) = try Store.using(path: database) { store throws(GeoError) in
                try store.record(pipeline: datasetName(of: path), path: path) { receiver throws(GeoError) in
                    // Read on the reading thread, and held no longer than the reader needs them.
                    try FileInputOptions.read(
                        ProjectFiles.read(absolute: absolute, shownAs: path), path: path, spec: spec, reader: reader,
                        deliveringParts: receiver.deliver, announcingSHA256: receiver.announceSHA256)
                }
            }
            report(["\(datasetName(of: path)): \(outcome.summary)\n"], [file], in: context, progress: progress)
        }
    }

    /// The size of a regular file, or `nil` for anything else (missing, a folder, a pipe).
    private static func size(ofFile path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Prints what was recorded, then each file's warnings and counts.
    private func report(
        _ summaries: [String], _ ingested: [IngestedFile], in context: CLIContext, progress: ProgressLine
    ) {
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
