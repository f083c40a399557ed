import GeoIngest
public import GeoModel

/// A pipeline whose configuration parsed and whose sources all read and validated.
public struct LoadedPipeline: Sendable {
    /// The configuration.
    public let config: PipelineConfig
    /// The ingested sources, in declaration order.
    public let files: [IngestedFile]
    /// Published-aggregate sources.
    public let publishedSources: [SourceFile]
    /// The publisher's aggregates.
    public let published: [PublishedAggregate]

    /// Loads a pipeline: parses its YAML, reads and validates every source.
    ///
    /// Every source is read even after one fails, so the user sees all errors at once.
    ///
    /// - Throws: ``GeoError`` — `.dataError` with every finding, `.noInput` for a missing file.
    public static func load(name: String, files project: ProjectFiles, reference: ReferenceTables) throws(GeoError)
        -> LoadedPipeline
    {
        var cache = SourceCache()
        return try load(name: name, files: project, reference: reference, cache: &cache)
    }

    /// Files already read in this build, so two pipelines reading one file the same way read it
    /// once, and the name resolvers of the layers read so far, made once for every file.
    public struct SourceCache {
        struct Key: Hashable {
            let spec: SourceSpec
            let metrics: [String: Metric]
        }
        var files: [Key: IngestedFile] = [:]
        var resolvers: [Geography: AreaResolver] = [:]

        /// An empty cache.
        public init() {}
    }

    /// Loads a pipeline, reusing files `cache` already holds and, when given, its pipeline file
    /// as already parsed.
    public static func load(
        name: String, files project: ProjectFiles, reference: ReferenceTables, cache: inout SourceCache,
        parsed: PipelineConfig? = nil
    ) throws(GeoError) -> LoadedPipeline {
        let path = project.pipelinePath(name)
        let config: PipelineConfig
        if let parsed {
            config = parsed
        } else {
            config = try PipelineConfig(name: name, path: path, text: project.readText(path))
        }
        for geography in Set(config.sources.map(\.geography)) where cache.resolvers[geography] == nil {
            cache.resolvers[geography] = ObservationReader.resolver(of: geography, in: reference)
        }
        let reader = ObservationReader(
            reference: reference, metrics: config.metricsByID,
            aliasHint: { name in "an entry '\(name): ISO3' under this source's aliases: in \(path)" },
            resolvers: cache.resolvers)
        var files: [IngestedFile] = []
        var collector = DiagnosticCollector()
        for spec in config.sources {
            let key = SourceCache.Key(spec: spec, metrics: config.metricsByID)
            if let cached = cache.files[key] {
                files.append(cached)
                continue
            }
            if let file = try collector.collecting({ () throws(GeoError) in
                try reader.read(project.read(spec.path, referencedFrom: SourceLocation(path: path)), spec: spec)
            }) {
                cache.files[key] = file
                files.append(file)
            }
        }
        if !collector.hasErrors { collector.add(contentsOf: ObservationReader.crossFileDuplicates(files)) }
        try collector.throwIfErrors()
        var publishedSources: [SourceFile] = []
        var published: [PublishedAggregate] = []
        for spec in config.publishedAggregates {
            let result = try PublishedAggregateReader.read(
                project.read(spec.path, referencedFrom: SourceLocation(path: path)), path: spec.path,
                metrics: Set(config.metrics.map(\.id)))
            publishedSources.append(result.source)
            published += result.aggregates
        }
        return LoadedPipeline(config: config, files: files, publishedSources: publishedSources, published: published)
    }

    /// Every observation, in file order.
    public let observations: [Observation]
    /// Positions in ``observations`` of each metric in each period, and of each metric, in file
    /// order: maps and charts ask for one metric (× period) at a time, and a scan of every
    /// observation per map made builds with many maps grow with the square of the data.
    private let byMetricPeriod: [MetricPeriod: [Int]]
    private let byMetric: [String: [Int]]

    private struct MetricPeriod: Hashable {
        let metric: String
        let period: Period
    }

    /// Creates a loaded pipeline from what ``load(name:files:reference:cache:)`` read.
    init(
        config: PipelineConfig, files: [IngestedFile], publishedSources: [SourceFile], published: [PublishedAggregate]
    ) {
        self.config = config
        self.files = files
        self.publishedSources = publishedSources
        self.published = published
        let observations = files.flatMap(\.observations)
        self.observations = observations
        byMetricPeriod = Dictionary(grouping: observations.indices) {
            MetricPeriod(metric: observations[$0].metric, period: observations[$0].period)
        }
        byMetric = Dictionary(grouping: observations.indices) { observations[$0].metric }
    }

    /// The observations of one metric, in file order.
    public func observations(of metric: String) -> [Observation] {
        (byMetric[metric] ?? []).map { observations[$0] }
    }

    /// The observations of one metric in one period, in file order.
    public func observations(of metric: String, in period: Period) -> [Observation] {
        (byMetricPeriod[MetricPeriod(metric: metric, period: period)] ?? []).map { observations[$0] }
    }

    /// Every finding that is not an error (notes, warnings), sorted.
    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics).sorted() }
}
