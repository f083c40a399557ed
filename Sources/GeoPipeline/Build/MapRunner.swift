import GeoAnalysis
import GeoMaps
public import GeoModel

/// Runs `geo-ai map`: renders one metric and period of a pipeline as a standalone SVG.
///
/// Without `--classes` the map uses the pipeline's shared breaks, so it matches the maps in
/// `Reports/`; with it, the breaks are computed on this period's values alone.
public struct MapRunner: Sendable {
    /// What to draw.
    public struct Request: Sendable {
        /// The metric id.
        public var metric: String
        /// The period.
        public var period: Period
        /// The pipeline, or `nil` for the only one that declares the metric.
        public var pipeline: String?
        /// A projection name overriding the pipeline's.
        public var projection: String?
        /// A classification (`jenks:5`) overriding the pipeline's.
        public var classes: String?
        /// `110m` (default) or `50m`.
        public var scale: String = "110m"

        /// Creates a request.
        public init(metric: String, period: Period) {
            self.metric = metric
            self.period = period
        }
    }

    /// The SVG and notes about economies drawn as dots.
    public struct Result: Sendable {
        /// The SVG document.
        public let svg: String
        /// Notes: economies drawn as dots, data keys without a shape.
        public let notes: [Diagnostic]
        /// What could not be drawn as a shape, counted.
        public let marks: MapMarks
    }

    /// The project.
    public let files: ProjectFiles

    /// Creates a runner.
    public init(files: ProjectFiles) { self.files = files }

    /// Renders the map.
    ///
    /// - Throws: ``GeoError``: `.usage` for an unknown metric, pipeline, projection, scale or
    ///   classification; `.dataError` for invalid input data.
    public func run(_ request: Request) throws(GeoError) -> Result {
        let geometryPath: String
        switch request.scale {
        case "110m": geometryPath = LoadedGeometry.worldPath
        case "50m": geometryPath = "Data/geo/countries-50m.geojson"
        default: throw GeoError(.usage, "--scale must be 110m or 50m, not '\(request.scale)'")
        }
        var projection: Projection?
        if let name = request.projection {
            guard let parsed = Projection(name: name) else {
                throw GeoError(
                    .usage, "'\(name)' is not a projection",
                    hint: "Choose one of: \(Projection.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            projection = parsed
        }
        var classes: Classification?
        if let spec = request.classes {
            do { classes = try Classification(spec: spec) } catch {
                throw (error as? GeoError) ?? GeoError(.usage, "\(error)")
            }
            if classes == .categories {
                throw GeoError(
                    .usage, "--classes categories needs a categorical field, which geo-ai map cannot take yet",
                    hint: "Use jenks:N, quantiles:N, equal:N (each with :nice), manual:A,B,C or diverging:N.")
            }
        }
        let reference = try files.loadReference()
        let name = try choosePipeline(request)
        // The geometry is read while the pipeline is; the pipeline's errors come first.
        let files = files
        let (chosenClasses, chosenProjection) = (classes, projection)
        let (prepared, stage) = try Parallel.both(
            { () throws(GeoError) in
                try self.prepare(
                    request, pipeline: name, reference: reference, classes: chosenClasses,
                    projection: chosenProjection)
            },
            { () throws(GeoError) in
                try MapStage.load(files: files, reference: reference, geometryPath: geometryPath)
            })
        // The geometry read on a cache miss is kept (encoded and written) on another core while
        // the map is drawn: encoding and writing it took about a tenth of a first 1:50m map.
        let keeping = Parallel.start { [archives = stage.geometry.archives] in
            for archive in archives { archive.keep() }
        }
        defer { keeping.wait() }
        guard
            let output = stage.render(
                prepared.map, period: request.period, breaks: prepared.breaks, pipeline: prepared.pipeline,
                flags: prepared.flags)
        else {
            throw GeoError(.usage, "metric '\(request.metric)' is not declared in pipeline '\(name)'")
        }
        return Result(svg: output.svg, notes: output.notes, marks: output.marks)
    }

    /// The pipeline, its map entry for the request, the breaks and the flags: everything but the geometry.
    private func prepare(
        _ request: Request, pipeline name: String, reference: ReferenceTables, classes: Classification?,
        projection: Projection?
    ) throws(GeoError) -> (pipeline: LoadedPipeline, map: MapConfig, breaks: ClassBreaks, flags: [EconomyFlag]) {
        let pipeline = try LoadedPipeline.load(name: name, files: files, reference: reference)
        let base =
            pipeline.config.maps.first { $0.metric == request.metric }
            ?? MapConfig(metric: request.metric, periods: [request.period])
        let map = base.with(
            periods: base.periods.contains(request.period) ? nil : [request.period], classes: classes,
            projection: projection)
        let mapped = pipeline.observations(of: request.metric, in: request.period)
        guard !mapped.isEmpty else {
            let periods = Set(pipeline.observations(of: request.metric).map(\.period)).sorted()
            throw GeoError(
                .usage, "pipeline '\(name)' has no \(request.metric) data for \(request.period)",
                hint: "Periods with data: \(periods.map(\.description).joined(separator: ", ")).")
        }
        var breaks: ClassBreaks
        if let classes {
            breaks = ClassBreaks.compute(classes, values: mapped.compactMap(\.representativeValue))
        } else {
            breaks = SharedBreaks.breaks(
                for: request.metric, config: pipeline.config, observations: pipeline.observations(of: request.metric))
            if let labels = map.labels { breaks = breaks.labelled(labels) }
        }
        let flags = Flagger(tables: reference, metrics: pipeline.config.metrics, observations: pipeline.observations)
            .flags(
                economies: reference.economies.keys.sorted(), periods: [request.period],
                rules: AnalysisStage.underservedRules(pipeline.config.analysis))
        return (pipeline, map, breaks, flags)
    }

    private func choosePipeline(_ request: Request) throws(GeoError) -> String {
        let names = files.pipelineNames()
        if let name = request.pipeline {
            return try PipelineLookup.find(name, among: names)
        }
        var declaring: [String] = []
        for name in names {
            let path = files.pipelinePath(name)
            let config = try PipelineConfig(name: name, path: path, text: files.readText(path))
            if config.reportedMetrics.contains(where: { $0.id == request.metric }) { declaring.append(name) }
        }
        guard declaring.count == 1, let only = declaring.first else {
            throw GeoError(
                .usage,
                declaring.isEmpty
                    ? "no pipeline reports the metric '\(request.metric)'"
                    : "several pipelines report '\(request.metric)': \(declaring.joined(separator: ", "))",
                hint: "Choose one with --pipeline NAME.")
        }
        return only
    }
}
