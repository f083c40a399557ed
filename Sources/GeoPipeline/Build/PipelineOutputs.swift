import GeoAnalysis
import GeoModel
import GeoReports

/// Renders everything one pipeline writes under `Reports/<pipeline>/`.
enum PipelineOutputs {
    static func make(_ pipeline: LoadedPipeline, reference: ReferenceTables, files: ProjectFiles) throws(GeoError)
        -> OutputTree
    {
        let config = pipeline.config
        let full = try AnalysisStage.run(pipeline, reference: reference, files: files)
        let reported = Set(config.reportedMetrics.map(\.id))
        let analysis = AnalysisResult(
            aggregates: full.aggregates.filter { reported.contains($0.metric) },
            ratios: full.ratios.filter { reported.contains($0.metric) }, flags: full.flags, claims: full.claims)
        var input = ReportInput(
            pipeline: config.name, title: config.title, description: config.description, metrics: config.reportedMetrics,
            files: pipeline.files, publishedSources: pipeline.publishedSources, published: pipeline.published,
            credits: config.credits, reference: reference)
        input.analysis = analysis
        input.minimumCoverage = config.analysis.minimumCoverage
        let diffs = try ChangeStage.diffs(pipeline, reference: reference, files: files)
        input.changes = diffs.map { DiffRenderer.markdown($0, top: 5) }
        var tree = OutputTree()
        for diff in diffs {
            tree.add("data/changes-\(diff.metric.id)-\(diff.from)-\(diff.to).csv", text: DiffRenderer.csv(diff))
        }
        tree.add("data/aggregates.csv", text: DerivedTables.aggregates(analysis.aggregates))
        tree.add("data/ratios.csv", text: DerivedTables.ratios(analysis.ratios))
        tree.add("data/flags.csv", text: DerivedTables.flags(analysis.flags))
        tree.add("README.md", text: ReportRenderer.markdown(input))
        return tree
    }
}
