import GeoModel
import GeoReports

/// Renders everything one pipeline writes under `Reports/<pipeline>/`.
enum PipelineOutputs {
    static func make(_ pipeline: LoadedPipeline, reference: ReferenceTables) throws(GeoError) -> OutputTree {
        let config = pipeline.config
        let input = ReportInput(
            pipeline: config.name, title: config.title, description: config.description, metrics: config.metrics,
            files: pipeline.files, publishedSources: pipeline.publishedSources, published: pipeline.published,
            credits: config.credits, reference: reference)
        var tree = OutputTree()
        tree.add("README.md", text: ReportRenderer.markdown(input))
        return tree
    }
}
