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
        /// Per map (paths under `Reports/`), what could not be drawn as a shape.
        public var mapMarks: [MapMarks] = []
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

    /// Runs the build: plan, then read, render, record and write — or, with `check`, compare.
    ///
    /// - Throws: ``GeoError``: `.usage` for an unknown pipeline, `.dataError` for invalid input,
    ///   `.noInput` for a missing file, `.ioError` for the store, `.cannotCreate` for `Reports/`.
    public func run(_ options: Options) throws(GeoError) -> Outcome {
        var outcome = Outcome()
        var clock = StageClock()
        if !options.check { OutputWriter.removeLeftovers(of: files.url("Reports")) }
        var plan = try BuildPlan.make(options, files: files)
        outcome.upToDate = plan.upToDate
        outcome.timings.append(clock.lap("hash inputs"))
        guard !plan.stale.isEmpty else {
            if !options.check { plan.saveRefreshedStamps(files: files) }
            return outcome
        }

        let layers = layers(of: plan.stale, parsed: plan.configs)
        // The geometry depends on neither the reference tables nor the pipelines: it is read on
        // another core while they are. A pipeline's errors are reported before the geometry's,
        // and the reference tables' before either, as when one followed the other.
        let geometry = Parallel.start { [files] in
            var clock = StageClock()
            let loaded = Result { () throws(GeoError) in try LoadedGeometry.load(layers, files: files) }
            return (loaded, clock.lap("read geometry"))
        }
        progress("reading reference tables")
        let reference = try files.loadReference(layers: layers.union([.world]))
        outcome.timings.append(clock.lap("read reference tables"))
        let reading = try read(plan.stale, reference: reference, parsed: plan.configs)
        outcome.pipelines = plan.stale
        outcome.diagnostics = reading.loaded.flatMap(\.diagnostics).sorted()
        outcome.timings += reading.timings
        let geometryTimingIndex = outcome.timings.count
        _ = clock.lap("")
        let loaded = reading.loaded
        // The analyses start now; each pipeline waits for the geometry only when it draws its
        // first map. The geometry's errors still come before any the rendering finds (below).
        let maps = { @Sendable () throws(GeoError) -> MapStage in
            MapStage(geometry: try geometry.wait().0.get(), reference: reference)
        }
        // The pipelines are analysed and drawn on the other cores while the store records
        // them; the store's transaction waits for the reports before it commits, so that an
        // error while making them (a grouping file, Data/sources.csv) leaves the store as it
        // was, and that error is reported before any of the store's. Once they are made, the new
        // Reports/ is staged beside the old one, and the manifest's hashes of it computed, on
        // another core while the store commits; it is swapped in once the store has committed.
        let writer = OutputWriter(reports: files.url("Reports"))
        let check = options.check
        let rendering = Parallel.start { [self] in
            let made = Result { () throws(GeoError) in try self.render(loaded, reference: reference, maps: maps) }
            guard !check, case .success(let results) = made else { return (made, nil as Parallel.Pending<Staging>?) }
            let trees = zip(loaded, results).map { (pipeline: $0.config.name, tree: $1.tree) }
            let staging = Parallel.start {
                Staging(
                    staged: Result { () throws(GeoError) in try writer.stage(trees) },
                    hashes: trees.map { BuildManifest.hashes(of: $0.tree) })
            }
            return (made, staging)
        }
        let (loadedGeometry, geometryTiming) = geometry.wait()
        outcome.timings.insert(geometryTiming, at: geometryTimingIndex)
        // The geometry read on a cache miss is encoded on another core while the maps are drawn
        // (a tenth of a cold US build when it followed them); it is written only at the end.
        let encoding = Parallel.start { [archives = check ? [] : (try? loadedGeometry.get())?.archives ?? []] in
            archives.map { $0.encoded() }
        }
        if check {
            _ = try loadedGeometry.get()
            let trees = absorb(try rendering.wait().0.get(), of: loaded, into: &outcome)
            for (name, tree) in trees { outcome.stalePaths += writer.stalePaths(pipeline: name, comparedWith: tree) }
            return outcome
        }
        let recording = Result { () throws(GeoError) in
            try record(loaded, reference: reference, database: plan.database) { () throws(GeoError) in
                _ = try rendering.wait().0.get()
            }
        }
        let (made, pendingStaging) = rendering.wait()
        do {
            _ = try loadedGeometry.get()
        } catch {
            if case .success(let staged)? = pendingStaging?.wait().staged { OutputWriter.discard(staged) }
            throw error
        }
        let trees = absorb(try made.get(), of: loaded, into: &outcome)
        guard let staging = pendingStaging?.wait() else { preconditionFailure("made reports are staged") }
        do {
            outcome.storeSummary = try recording.get()
        } catch {
            if case .success(let staged) = staging.staged { OutputWriter.discard(staged) }
            throw error
        }
        outcome.timings.append(clock.lap("render, record in the store and stage Reports/"))
        // Every input is valid and every output made: the geometry read on a cache miss, encoded
        // already, is written on another core while Reports/ is swapped in.
        let keeping = Parallel.start { for archive in encoding.wait() { archive.keep() } }
        defer {
            keeping.wait()
            // The geometry, the tables and the outputs are freed on another core: a cold US
            // build spent its last 7 ms freeing them on this one before the command could exit.
            Parallel.release((geometry, rendering, encoding, loaded, reference, trees, staging))
        }
        progress("writing Reports/")
        outcome.diagnostics += try OutputWriter.swapIn(try staging.staged.get())
        try plan.saveManifest(after: trees, hashes: staging.hashes, files: files)
        outcome.timings.append(clock.lap("write Reports/"))
        return outcome
    }

    /// The new `Reports/`, staged, and the manifest's hashes of each pipeline's outputs.
    private struct Staging: Sendable {
        let staged: Result<OutputWriter.Staged, GeoError>
        let hashes: [[String: String]]
    }

    /// The geography layers the pipelines use: their boundaries are read, their reference tables
    /// loaded (the world's always, which every reference needs).
    private func layers(of names: [String], parsed: [String: PipelineConfig]) -> Set<Geography> {
        var layers: Set<Geography> = []
        for name in names {
            let path = files.pipelinePath(name)
            // A pipeline that does not parse is reported, located, when it is loaded.
            if let config = try? parsed[name] ?? PipelineConfig(name: name, path: path, text: files.readText(path)) {
                layers.formUnion(config.layers)
            }
        }
        return layers
    }

    /// Reads and validates every pipeline; all-or-nothing, with every pipeline's errors at once.
    /// `parsed` holds the pipeline files the plan already parsed.
    private func read(_ names: [String], reference: ReferenceTables, parsed: [String: PipelineConfig])
        throws(GeoError) -> (loaded: [LoadedPipeline], timings: [(stage: String, duration: Duration)])
    {
        var clock = StageClock()
        var loaded: [LoadedPipeline] = []
        var timings: [(stage: String, duration: Duration)] = []
        var collector = DiagnosticCollector()
        var cache = LoadedPipeline.SourceCache()
        for name in names {
            progress("reading \(name)")
            if let pipeline = try collector.collecting({ () throws(GeoError) in
                try LoadedPipeline.load(
                    name: name, files: files, reference: reference, cache: &cache, parsed: parsed[name])
            }) {
                loaded.append(pipeline)
                timings.append(clock.lap("read and validate \(name)"))
            }
        }
        try collector.throwIfErrors()
        return (loaded, timings)
    }

    /// Analyses each pipeline and renders its maps, charts and report into an output tree.
    private func render(
        _ loaded: [LoadedPipeline], reference: ReferenceTables,
        maps: @escaping @Sendable () throws(GeoError) -> MapStage
    )
        throws(GeoError) -> [PipelineOutputs.Result]
    {
        progress("rendering \(loaded.map(\.config.name).joined(separator: ", "))")
        // Pipelines are independent from here on: side by side, results in pipeline order.
        let files = files
        return try Parallel.map(loaded) { pipeline throws(GeoError) in
            try PipelineOutputs.make(pipeline, reference: reference, files: files, maps: maps)
        }
    }

    /// The pipelines' output trees, in order; their notes, findings and timings go to `outcome`.
    private func absorb(_ results: [PipelineOutputs.Result], of loaded: [LoadedPipeline], into outcome: inout Outcome)
        -> [(String, OutputTree)]
    {
        var trees: [(String, OutputTree)] = []
        for (pipeline, result) in zip(loaded, results) {
            trees.append((pipeline.config.name, result.tree))
            outcome.mapNotes += result.notes
            outcome.mapMarks += result.marks.map {
                MapMarks(path: "\(pipeline.config.name)/\($0.path)", dots: $0.dots, notDrawn: $0.notDrawn)
            }
            outcome.findings += result.findings
            outcome.timings += result.timings
        }
        return trees
    }

    /// Records each pipeline's sources and observations in the store, all in one transaction:
    /// a new snapshot revision where an input changed. Returns a line per pipeline.
    ///
    /// The transaction commits only once `beforeCommit` returns; if anything fails the store is
    /// as it was, and a store file this build created is removed again.
    private func record(
        _ loaded: [LoadedPipeline], reference: ReferenceTables, database: String,
        beforeCommit: () throws(GeoError) -> Void
    ) throws(GeoError) -> [String] {
        progress("recording in the store")
        return try Store.using(path: database) { store throws(GeoError) in
            try store.transaction("record the build") { () throws(GeoError) in
                try store.replaceEconomies(reference.economies.values.sorted { $0.iso3 < $1.iso3 })
                var summary: [String] = []
                for pipeline in loaded {
                    let recorded = try store.record(pipeline: pipeline.config.name, files: pipeline.files)
                    summary.append("\(pipeline.config.name): \(recorded.summary)")
                }
                try beforeCommit()
                return summary
            }
        }
    }

    /// Opens the store at `path` (relative to the current directory) or the project default.
    public func openStore(_ path: String?) throws(GeoError) -> Store {
        try Store(path: path ?? files.defaultStorePath)
    }
}
