import GeoAnalysis
import GeoModel
import GeoReports

/// Renders everything one pipeline writes under `Reports/<pipeline>/`: the report, its maps
/// and change maps, and the derived tables.
enum PipelineOutputs {
    /// The files, and notes about the maps (economies drawn as dots, without shapes).
    struct Result {
        let tree: OutputTree
        let notes: [Diagnostic]
        /// Per map, what could not be drawn as a shape.
        let marks: [MapMarks]
        /// Findings for the build output, as notes: what the data says about each claim. A claim
        /// that does not hold is a finding, not a problem the user should fix.
        let findings: [Diagnostic]
        /// How long each step took.
        let timings: [(String, Duration)]
    }

    /// `maps` gives the map stage once its geometry is read (the analysis does not wait for it).
    static func make(
        _ pipeline: LoadedPipeline, reference: ReferenceTables, files: ProjectFiles,
        maps: () throws(GeoError) -> MapStage
    ) throws(GeoError) -> Result {
        let config = pipeline.config
        if config.geography != .world {
            return try AreaOutputs.make(pipeline, reference: reference, files: files, geometry: maps().geometry.layers)
        }
        let clock = ContinuousClock()
        var lap = clock.now
        var timings: [(String, Duration)] = []
        func mark(_ stage: String) {
            timings.append(("\(stage) \(config.name)", clock.now - lap))
            lap = clock.now
        }
        // Groupings once per pipeline: the analysis and the "What changed" diffs share them.
        let groupings = try AnalysisStage.groupings(
            config, observations: pipeline.observations, reference: reference, files: files)
        // What changed between periods needs the groupings but not the analysis: both at once.
        let (full, changes) = try Parallel.both(
            { () throws(GeoError) in try AnalysisStage.run(pipeline, reference: reference, groupings: groupings) },
            { () throws(GeoError) in try ChangeStage.diffs(pipeline, reference: reference, groupings: groupings) })
        mark("analyse and compare periods of")
        let reported = Set(config.reportedMetrics.map(\.id))
        let analysis = AnalysisResult(
            aggregates: full.aggregates.filter { reported.contains($0.metric) },
            ratios: full.ratios.filter { reported.contains($0.metric) }, flags: full.flags, claims: full.claims)
        var input = ReportInput(
            pipeline: config.name, title: config.title, description: config.description,
            metrics: config.reportedMetrics,
            files: pipeline.files, publishedSources: pipeline.publishedSources, published: pipeline.published,
            credits: [], reference: reference)
        // Every source behind the report's data, reference tables and maps, from Data/sources.csv.
        let sourceCredits = try SourceCredits.load(files)
        let dataPaths = pipeline.files.map(\.source.path) + pipeline.publishedSources.map(\.path)
        let used = SourceCredits.used(
            by: dataPaths + ProjectFiles.referencePaths + (config.maps.isEmpty ? [] : [LoadedGeometry.worldPath]),
            from: sourceCredits)
        input.credits = used.map(\.text) + config.credits
        let dataCredit = SourceCredits.used(by: dataPaths, from: sourceCredits).map(\.short).joined(separator: "; ")
        input.analysis = analysis
        input.minimumCoverage = config.analysis.minimumCoverage
        input.estimatedFromTelemetry = config.estimatedFrom == .telemetry
        for case .flagged(let name, _, _, let label?, _) in config.analysis.groupings {
            input.groupingLabels[name] = label
        }
        for metric in config.metrics { input.metricLabels[metric.id] = metric.label }
        input.sharedEstimates = config.reportedMetrics.flatMap {
            SharedEstimates.find(metric: $0.id, in: input.observations)
        }
        var tree = OutputTree()
        var notes: [Diagnostic] = []
        var marks: [MapMarks] = []
        let maps = try maps()
        for map in config.maps {
            for output in maps.render(map, pipeline: pipeline, flags: full.flags) {
                tree.add(output.path, text: output.svg)
                input.maps.append(output.figure)
                notes += output.notes
                marks.append(output.marks)
            }
        }
        mark("draw maps of")
        let charts = ChartStage(pipeline: pipeline, analysis: full, reference: reference).render()
        for chart in charts.outputs {
            tree.add(chart.path, text: chart.svg)
            input.charts.append(chart.figure)
        }
        notes += charts.notes
        mark("draw charts of")
        for diff in changes {
            let changeMap = maps.changeMap(diff, source: dataCredit.isEmpty ? nil : "Source: " + dataCredit)
            tree.add(changeMap.path, text: changeMap.svg)
            tree.add("data/changes-\(diff.metric.id)-\(diff.from)-\(diff.to).csv", text: DiffRenderer.csv(diff))
            input.changes.append(DiffRenderer.markdown(diff, top: 5, changeMap: changeMap.path))
        }
        mark("draw change maps of")
        tree.add("data/aggregates.csv", text: DerivedTables.aggregates(analysis.aggregates))
        tree.add("data/ratios.csv", text: DerivedTables.ratios(analysis.ratios))
        if !analysis.claims.isEmpty { tree.add("data/claims.csv", text: DerivedTables.claims(analysis.claims)) }
        tree.add("data/flags.csv", text: DerivedTables.flags(analysis.flags))
        tree.add("README.md", text: ReportRenderer.markdown(input))
        mark("write tables and report of")
        let findings = full.claims.map { claim in
            let definition = claim.spec.definition.map { " (\($0) definition)" } ?? ""
            return Diagnostic(
                .note, "claim '\(claim.spec.id)'\(definition) (\(claim.spec.text)): \(claim.summary)",
                at: config.claims.first { $0.id == claim.spec.id }?.location ?? SourceLocation(path: config.path),
                hint: "See “Claims checked” in Reports/\(config.name)/README.md for what the data says and why.")
        }
        return Result(tree: tree, notes: notes, marks: marks, findings: findings, timings: timings)
    }
}
