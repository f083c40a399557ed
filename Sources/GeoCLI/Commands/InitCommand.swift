import ArgumentParser
import Foundation
import GeoModel
import GeoPipeline

/// `geo-ai init NAME [DATA.csv]`: scaffold `Pipelines/NAME.yaml`, from a data file's header and
/// rows when one is given, and check that it loads (and reads the data) before keeping it.
struct InitCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Scaffold a commented pipeline file, Pipelines/NAME.yaml.",
        discussion: """
            Examples:
              geo-ai init my-data                                 a template to fill in
              geo-ai init usage Data/usage/usage.csv              format, metrics and periods from the data
              geo-ai init diffusion Data/usage/wide.csv --metric ai_user_share --alias Congo=COG

            The data file must be inside the project (e.g. under Data/). Without --format the
            header decides: period/metric/value columns are the long layout, headers naming a
            period (H2 2025 AI Diffusion) a wide table, a Date column a monthly export.
            The file is read as geo-ai ingest reads it; names that do not resolve need --alias.
            The new pipeline is loaded and validated as geo-ai validate --pipeline NAME would;
            if that fails nothing is kept. An existing pipeline is never replaced without --force.
            """)

    @Argument(help: ArgumentHelp("The pipeline name: letters, digits, - and _.", valueName: "NAME"))
    var name: String

    @Argument(help: ArgumentHelp("A data file inside the project to fill the pipeline in from.", valueName: "DATA.csv"))
    var data: String?

    @OptionGroup var input: FileInputOptions

    @Flag(name: .shortAndLong, help: "Replace an existing Pipelines/NAME.yaml.")
    var force = false

    @OptionGroup var reporting: QuietOption

    @Option(name: .long, help: ArgumentHelp("The project root (default: the current directory).", valueName: "DIR"))
    var root: String?

    func validate() throws {
        guard PipelineScaffold.isValidName(name) else {
            throw ValidationError("NAME '\(name)' must be letters, digits, - and _, starting with a letter or digit.")
        }
    }

    func execute(in context: CLIContext) throws(GeoError) {
        // Inside a project, its root (found as every command finds it); elsewhere a new project here.
        let files = (try? context.project(root: root)) ?? ProjectFiles(root: context.url(root ?? "."))
        let path = "Pipelines/\(name).yaml"
        let existing = files.pipelineNames().contains(name) ? files.pipelinePath(name) : nil
        if let existing, !force {
            throw GeoError(
                .cannotCreate, "'\(existing)' already exists",
                hint: "Edit it, choose another NAME, or pass --force to replace it.")
        }
        let scaffold: PipelineScaffold
        if let data {
            let relative = try projectRelativePath(data, root: files.root, context: context)
            let reference = try files.loadReference()
            scaffold = try PipelineScaffold(
                name: name, reading: files.read(relative), spec: input.spec(path: relative),
                format: input.chosenFormat(),
                reference: reference)
            try keep(try scaffold.yaml(), at: path, replacing: existing, files: files) { () throws(GeoError) in
                _ = try LoadedPipeline.load(name: name, files: files, reference: reference)
            }
        } else {
            scaffold = PipelineScaffold(name: name)
            try keep(try scaffold.yaml(), at: path, replacing: existing, files: files) { () throws(GeoError) in
                _ = try PipelineConfig(name: name, path: path, text: files.readText(path))
            }
        }
        for diagnostic in scaffold.diagnostics { reporting.say(diagnostic.description + "\n", with: context.err) }
        let metrics = scaffold.metrics.map(\.id).joined(separator: ", ")
        let periods = Set(scaffold.metrics.flatMap(\.periods)).sorted().map(\.description).joined(separator: ", ")
        let summary =
            scaffold.isFromData
            ? " (\(scaffold.source.format.rawValue) layout; metrics: \(metrics); periods: \(periods))"
            : " (a template: put the data at \(scaffold.source.path))"
        reporting.say("wrote \(path)\(summary); next: geo-ai validate --pipeline \(name)\n", with: context.out)
    }

    /// Writes `text`, runs `check` on it, and puts back what was there (or nothing) if the check fails.
    private func keep(
        _ text: String, at path: String, replacing existing: String?, files: ProjectFiles,
        check: () throws(GeoError) -> Void
    ) throws(GeoError) {
        let previous = existing.flatMap { try? files.read($0) }
        try write(Array(text.utf8), to: files.url(path), shownAs: path)
        do {
            try check()
        } catch {
            try? FileManager.default.removeItem(at: files.url(path))
            if let existing, let previous { try? write(previous, to: files.url(existing), shownAs: existing) }
            throw error
        }
        if let existing, existing != path { try? FileManager.default.removeItem(at: files.url(existing)) }
    }

    private func write(_ bytes: [UInt8], to url: URL, shownAs path: String) throws(GeoError) {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw GeoError(
                .cannotCreate, "cannot write '\(path)': \(error.localizedDescription)",
                hint: "Check that Pipelines/ is writable.")
        }
    }

    /// `path` (relative to the working directory) relative to the project root, or a usage
    /// error when it lies outside the project.
    private func projectRelativePath(_ path: String, root: URL, context: CLIContext) throws(GeoError) -> String {
        let absolute = context.url(path).standardizedFileURL.path
        let base = root.standardizedFileURL.path
        guard absolute.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw GeoError(
                .usage, "'\(path)' is outside the project '\(base)'",
                hint: "Copy it under Data/ (e.g. Data/usage/) and run geo-ai init again with that path.")
        }
        return String(absolute.dropFirst(base.count).drop { $0 == "/" })
    }
}
