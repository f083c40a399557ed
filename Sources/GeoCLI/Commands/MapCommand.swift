import ArgumentParser
import Foundation
import GeoModel
import GeoPipeline

/// `geo-ai map`: render one metric and period as a standalone SVG.
struct MapCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Render one choropleth map as a standalone SVG.",
        discussion: """
            Examples:
              geo-ai map --metric ai_user_share --period 2026-Q1 -o ai.svg
              geo-ai map --metric deepseek_share --period 2025-H2 --scale 50m -o deepseek.svg
              geo-ai map --metric ai_user_share --period 2025-H2 --classes quantiles:5 --projection natural-earth -o q.svg

            Without --classes the map shares the pipeline's breaks, so it matches Reports/.
            Classes: jenks:N, quantiles:N, equal:N, manual:5,10,20, diverging:0:3.
            Projections: equal-earth (default), natural-earth, equirectangular.
            """)

    @Option(help: ArgumentHelp("The metric id.", valueName: "ID"))
    var metric: String

    @Option(help: ArgumentHelp("The period, e.g. 2025-H2.", valueName: "P"))
    var period: String

    @Option(
        name: .customLong("pipeline"),
        help: ArgumentHelp("The pipeline (default: the only one reporting the metric).", valueName: "NAME"))
    var pipeline: String?

    @Option(help: ArgumentHelp("equal-earth, natural-earth or equirectangular.", valueName: "P"))
    var projection: String?

    @Option(help: ArgumentHelp("jenks:5, quantiles:5, equal:5, manual:5,10,20 ...", valueName: "SPEC"))
    var classes: String?

    @Option(help: "Geometry detail: 110m or 50m.")
    var scale: String = "110m"

    @Option(
        name: [.short, .customLong("out"), .customLong("output")],
        help: ArgumentHelp("The SVG file to write.", valueName: "FILE"))
    var output: String

    @OptionGroup var reporting: QuietOption

    @OptionGroup var location: RootOption

    func validate() throws {
        guard Period(period) != nil else {
            throw ValidationError("--period '\(period)' is not a period such as 2025-H2 or 2026-Q1.")
        }
        guard ["110m", "50m"].contains(scale) else { throw ValidationError("--scale must be 110m or 50m.") }
    }

    func execute(in context: CLIContext) throws(GeoError) {
        guard let parsed = Period(period) else { throw GeoError(.usage, "--period '\(period)' is not a period") }
        var request = MapRunner.Request(metric: metric, period: parsed)
        request.pipeline = pipeline
        request.projection = projection
        request.classes = classes
        request.scale = scale
        let result = try MapRunner(files: context.project(root: location.root)).run(request)
        do {
            try Data(result.svg.utf8).write(to: context.url(output), options: .atomic)
        } catch {
            throw GeoError(
                .cannotCreate, "cannot write '\(output)': \(error.localizedDescription)",
                hint: "Check that the folder exists and is writable.")
        }
        let marks = result.marks.summary.map { "; \($0)" } ?? ""
        reporting.say("wrote \(output) (\(result.svg.utf8.count / 1024) KB\(marks))\n", with: context.err)
    }
}
