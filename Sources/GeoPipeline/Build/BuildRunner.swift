import Foundation
public import GeoModel
public import GeoStore

/// Runs `geo-ai build`: load and validate every selected pipeline, record them in the store,
/// render their outputs, then write `Reports/` (or, with `check`, compare it).
///
/// Validation is all-or-nothing: every pipeline is read and checked before anything is
/// stored or written, so bad input changes nothing.
public struct BuildRunner: Sendable {
    /// What to build and how.
    public struct Options: Sendable {
        /// Pipelines to build; empty means all in `Pipelines/`.
        public var pipelines: [String] = []
        /// The store file; default `.geo-ai/store.sqlite` under the root.
        public var databasePath: String?
        /// Compare `Reports/` instead of writing it.
        public var check = false
        /// Rebuild even when nothing changed.
        public var force = false

        /// The defaults.
        public init() {}
    }

    /// What a build did.
    public struct Outcome: Sendable {
        /// Pipelines built, in order.
        public var pipelines: [String] = []
        /// Pipelines skipped because nothing they read or wrote changed since the last build.
        public var upToDate: [String] = []
        /// How long each stage took, in order ("read ai-diffusion", "render deepseek", ...).
        public var timings: [(stage: String, duration: Duration)] = []
        /// Notes and warnings from the inputs, sorted.
        public var diagnostics: [Diagnostic] = []
        /// With `check`: outputs that differ from what the build would write.
        public var stalePaths: [String] = []
        /// One line per pipeline about the store ("2 new revisions", "unchanged").
        public var storeSummary: [String] = []
        /// Notes from drawing the maps: economies drawn as dots, data keys without a shape.
        public var mapNotes: [Diagnostic] = []
        /// Findings, as notes: what the data says about each claim (never a warning; a claim
        /// that does not hold is not a problem to fix).
        public var findings: [Diagnostic] = []
    }

    /// The project.
    public let files: ProjectFiles
    /// Receives progress messages ("reading ai-diffusion", ...).
    public let progress: @Sendable (String) -> Void

    /// Creates a runner.
    public init(files: ProjectFiles, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.files = files
        self.progress = progress
    }

    /// Runs the build.
    ///
    /// - Throws: ``GeoError``: `.usage` for an unknown pipeline, `.dataError` for invalid input,
    ///   `.noInput` for a missing file, `.ioError` for the store, `.cannotCreate` for `Reports/`.
    public func run(_ options: Options) throws(GeoError) -> Outcome {
        let clock = ContinuousClock()
        var lap = clock.now
        var outcome = Outcome()
        func mark(_ stage: String) {
            let now = clock.now
            outcome.timings.append((stage, now - lap))
            lap = now
        }
        if !options.check { OutputWriter.removeLeftovers(of: files.url("Reports")) }
        let selected = try selectPipelines(options.pipelines)
        let database = options.databasePath ?? files.url(".geo-ai/store.sqlite").path
        var manifest = BuildManifest.load(files: files)
        var inputHashes: [String: String] = [:]
        var names: [String] = []
        var inputPaths: [String: [String]] = [:]
        var hasher = StampedHasher(stamps: manifest.stamps)
        for name in selected {
            let path = files.pipelinePath(name)
            var hash = ""
            var paths: [String] = []
            // The files the last build read, pipeline file first: if none changed, the pipeline
            // need not even be parsed. If the pipeline file changed, the hash differs and it is.
            if let entry = manifest.pipelines[name], entry.paths.first == path, !options.force, !options.check,
                let recorded = try? BuildManifest.inputHash(
                    of: entry.paths, files: files, version: BuildInfo.version, pipelinePath: path, hasher: &hasher),
                recorded == entry.inputs
            {
                (hash, paths) = (recorded, entry.paths)
            } else {
                let config = try PipelineConfig(name: name, path: path, text: files.readText(path))
                paths = BuildManifest.inputPaths(of: config)
                hash = try BuildManifest.inputHash(
                    of: paths, files: files, version: BuildInfo.version, pipelinePath: path, hasher: &hasher)
            }
            inputHashes[name] = hash
            inputPaths[name] = paths
            if !options.force, !options.check, let entry = manifest.pipelines[name], entry.inputs == hash,
                entry.database == database, FileManager.default.fileExists(atPath: database),
                BuildManifest.outputsMatch(entry, pipeline: name, files: files, hasher: &hasher)
            {
                outcome.upToDate.append(name)
            } else {
                names.append(name)
            }
        }
        mark("hash inputs")
        guard !names.isEmpty else { return outcome }
        progress("reading reference tables")
        var layers: Set<Geography> = [.world]
        for name in names {
            let path = files.pipelinePath(name)
            // A pipeline that does not parse is reported, located, when it is loaded below.
            if let config = try? PipelineConfig(name: name, path: path, text: files.readText(path)) {
                layers.formUnion(config.layers)
            }
        }
        let reference = try files.loadReference(layers: layers)
        mark("read reference tables")
        var loaded: [LoadedPipeline] = []
        var problems: [Diagnostic] = []
        var cache = LoadedPipeline.SourceCache()
        for name in names {
            progress("reading \(name)")
            do {
                loaded.append(try LoadedPipeline.load(name: name, files: files, reference: reference, cache: &cache))
                mark("read and validate \(name)")
            } catch  where error.code == .dataError {
                problems +=
                    error.diagnostics.isEmpty
                    ? [Diagnostic(.error, error.message, at: error.location, hint: error.hint)] : error.diagnostics
            }
        }
        if !problems.isEmpty { throw GeoError.invalidInput(problems) }

        outcome.pipelines = names
        outcome.diagnostics = loaded.flatMap(\.diagnostics).sorted()
        var trees: [(String, OutputTree)] = []
        var maps = try MapStage.load(files: files, reference: reference)
        maps.layers = try AreaOutputs.loadGeometry(layers, files: files)
        mark("read geometry")
        for pipeline in loaded {
            progress("rendering \(pipeline.config.name)")
            let result = try PipelineOutputs.make(pipeline, reference: reference, files: files, maps: maps)
            trees.append((pipeline.config.name, result.tree))
            outcome.mapNotes += result.notes
            outcome.findings += result.findings
            outcome.timings += result.timings
            lap = clock.now
        }
        let writer = OutputWriter(reports: files.url("Reports"))
        if options.check {
            for (name, tree) in trees { outcome.stalePaths += writer.stalePaths(pipeline: name, comparedWith: tree) }
            return outcome
        }

        progress("recording in the store")
        let store = try openStore(database)
        do {
            try store.replaceEconomies(reference.economies.values.sorted { $0.iso3 < $1.iso3 })
            for pipeline in loaded {
                let recorded = try store.record(pipeline: pipeline.config.name, files: pipeline.files)
                outcome.storeSummary.append(Self.describe(recorded, pipeline: pipeline.config.name))
            }
            mark("record in the store")
        } catch let error as GeoError {
            throw error
        } catch {
            throw GeoError(.ioError, "store error: \(error)")
        }
        progress("writing Reports/")
        outcome.diagnostics += try writer.replace(trees.map { (pipeline: $0.0, tree: $0.1) })
        for (name, tree) in trees {
            let outputs = BuildManifest.hashes(of: tree)
            for (path, sha256) in outputs { hasher.record(files.url("Reports/\(name)/\(path)"), sha256: sha256) }
            if let hash = inputHashes[name] {
                manifest.pipelines[name] = BuildManifest.Entry(
                    inputs: hash, paths: inputPaths[name] ?? [], database: database, outputs: outputs)
            }
        }
        manifest.stamps = hasher.stamps
        try manifest.save(files: files)
        mark("write Reports/")
        return outcome
    }

    /// Opens the store at `path` (relative to the current directory) or the project default.
    public func openStore(_ path: String?) throws(GeoError) -> Store {
        let location = path ?? files.url(".geo-ai/store.sqlite").path
        do {
            return try Store(path: location)
        } catch let error as GeoError {
            throw error
        } catch {
            throw GeoError(
                .ioError, "cannot open the store '\(location)': \(error)",
                hint: "Pass --db PATH to choose another store.")
        }
    }

    private func selectPipelines(_ requested: [String]) throws(GeoError) -> [String] {
        let available = files.pipelineNames()
        guard !available.isEmpty else {
            throw GeoError(
                .noInput, "no pipelines found in '\(files.url("Pipelines").path)'",
                hint: "Run geo-ai from the project root (or pass --root DIR); pipelines are Pipelines/*.yaml.")
        }
        for name in requested where !available.contains(name) {
            let close = EditDistance.suggestions(for: name, among: available, count: 1)
            throw GeoError(
                .usage, "no pipeline named '\(name)'",
                hint: (close.first.map { "Did you mean '\($0)'? " } ?? "")
                    + "Available: \(available.joined(separator: ", ")).")
        }
        return requested.isEmpty ? available : available.filter(requested.contains)
    }

    private static func describe(_ outcome: RecordOutcome, pipeline: String) -> String {
        if outcome.newRevisions.isEmpty {
            return "\(pipeline): store unchanged (\(outcome.unchangedSnapshots.count) snapshots)"
        }
        let revisions = outcome.newRevisions.map { "\($0.period)@\($0.revision)" }.joined(separator: ", ")
        return "\(pipeline): new snapshot revisions \(revisions)"
    }
}
