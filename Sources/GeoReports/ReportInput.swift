public import GeoModel

/// Everything a pipeline report is written from: in-memory values, no disk.
public struct ReportInput: Sendable {
    /// The pipeline name (`ai-diffusion`).
    public var pipeline: String
    /// The report title.
    public var title: String
    /// The introduction.
    public var description: String
    /// The metrics, in declaration order.
    public var metrics: [Metric]
    /// The ingested files, in declaration order.
    public var files: [IngestedFile]
    /// Published-aggregate sources.
    public var publishedSources: [SourceFile]
    /// The publisher's aggregates.
    public var published: [PublishedAggregate]
    /// Credits and licences to print under Sources.
    public var credits: [String]
    /// The reference tables (names, regions).
    public var reference: ReferenceTables
    /// The analysis: aggregates, ratios, flags, claims.
    public var analysis: AnalysisResult = AnalysisResult(aggregates: [], ratios: [], flags: [], claims: [])
    /// The maps drawn for this report, in order.
    public var maps: [ReportFigure] = []
    /// The charts drawn beside the maps, in the order the pipeline lists them.
    public var charts: [ReportFigure] = []
    /// "What changed" sections (from ``DiffRenderer/markdown(_:top:changeMap:headingLevel:)``), in order.
    public var changes: [String] = []
    /// The analysis settings the methodology section states.
    public var minimumCoverage: Double = 0.5
    /// Readers' names of the pipeline's own groupings by id ("Cut off from US AI, strict: ...");
    /// built-in groupings have their own names.
    public var groupingLabels: [String: String] = [:]
    /// Every declared metric's label by id, including metrics read only to weight others.
    public var metricLabels: [String: String] = [:]
    /// Groups of economies the publisher gives one regional estimate, per reported metric.
    public var sharedEstimates: [SharedEstimate] = []
    /// Whether the publisher estimates the values from device telemetry (the pipeline's
    /// `estimated_from: telemetry`); the report then says so among its caveats.
    public var estimatedFromTelemetry = false

    /// Creates a report input.
    public init(
        pipeline: String, title: String, description: String, metrics: [Metric], files: [IngestedFile],
        publishedSources: [SourceFile], published: [PublishedAggregate], credits: [String], reference: ReferenceTables
    ) {
        self.pipeline = pipeline
        self.title = title
        self.description = description
        self.metrics = metrics
        self.files = files
        self.publishedSources = publishedSources
        self.published = published
        self.credits = credits
        self.reference = reference
    }

    /// Every observation of every file.
    public var observations: [Observation] { files.flatMap(\.observations) }
}

/// A map or chart drawn for a report: where its SVG is, and what to say about it.
public struct ReportFigure: Sendable, Hashable {
    /// Path relative to the report (`maps/ai_user_share-2025-H1.svg`, `charts/regions-….svg`).
    public let path: String
    /// The figure's title.
    public let title: String
    /// A one-sentence summary (the SVG's `<desc>`), used as alt text.
    public let summary: String
    /// Economies drawn as dots, economies with data but no shape, and similar notes.
    public let notes: [String]

    /// Creates a figure.
    public init(path: String, title: String, summary: String, notes: [String]) {
        self.path = path
        self.title = title
        self.summary = summary
        self.notes = notes
    }
}
