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
