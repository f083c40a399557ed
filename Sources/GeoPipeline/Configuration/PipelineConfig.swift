public import GeoIngest
public import GeoModel

/// A pipeline as declared in `Pipelines/<name>.yaml`: what to ingest, the metrics, and what
/// later stages compute and draw.
///
/// ```yaml
/// title: AI diffusion
/// sources:
///   - path: Data/usage/ai_user_share.csv
///     aliases: { Congo: COG }
/// metrics:
///   - id: ai_user_share
///     label: AI user share
///     unit: percent
///     weight: working_age_population
/// ```
public struct PipelineConfig: Sendable {
    /// The pipeline name: the YAML file's name without extension (`ai-diffusion`).
    public let name: String
    /// The YAML file, relative to the project root.
    public let path: String
    /// Report title.
    public let title: String
    /// A paragraph introducing the report.
    public let description: String
    /// The input files.
    public let sources: [SourceSpec]
    /// The metrics, in declaration order.
    public let metrics: [Metric]
    /// The ids of metrics declared with `report: false`: read and used as weights, not reported.
    public let weightOnlyMetrics: Set<String>
    /// The metrics the report, tables and maps are about.
    public var reportedMetrics: [Metric] { metrics.filter { !weightOnlyMetrics.contains($0.id) } }
    /// Publisher's own aggregates to compare ours with.
    public let publishedAggregates: [SourceSpec]
    /// The analysis settings.
    public let analysis: AnalysisConfig
    /// The maps to draw.
    public let maps: [MapConfig]
    /// The charts to draw beside the maps (``ChartConfig/defaults(for:)`` without a `charts:` key).
    public let charts: [ChartConfig]
    /// Whether the file lists its charts (then a chart with nothing to show is worth a note).
    public let chartsAreDeclared: Bool
    /// The claims to check.
    public let claims: [ClaimConfig]
    /// Credits and licences printed under the report's sources.
    public let credits: [String]
    /// How the publisher arrived at the values, when the report should say so among its caveats.
    public let estimatedFrom: EstimateMethod?

    /// How a publisher arrived at its values (`estimated_from:`).
    public enum EstimateMethod: String, CaseIterable, Sendable {
        /// Modelled from device telemetry (Microsoft's AI diffusion and market-share figures).
        case telemetry
    }

    /// The layer the pipeline's sources and maps belong to unless they say otherwise (default: world).
    public let geography: Geography
    /// Ranking tables shown as published (the publisher's metro ranking), not resolved to areas.
    public let tables: [RankingTableConfig]

    /// The layer whose areas carry a metric: that of the first source that reads it.
    public func geography(ofMetric id: String) -> Geography {
        sources.first { $0.metric == id || $0.columns.values.contains { $0.metric == id } }?.geography ?? geography
    }

    /// Every layer the pipeline reads or draws.
    public var layers: Set<Geography> {
        Set([geography] + sources.map(\.geography) + maps.map(\.geography))
    }

    /// Metrics by id.
    public var metricsByID: [String: Metric] {
        Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The top-level keys a pipeline may use.
    static let topLevelKeys = [
        "title", "description", "sources", "metrics", "published_aggregates", "analysis", "maps", "charts", "claims",
        "credits", "estimated_from", "geography", "tables",
    ]

    /// Parses and validates a pipeline file.
    ///
    /// - Throws: ``GeoError`` `.dataError` with `path:line:column` for syntax errors, unknown keys, wrong types.
    public init(name: String, path: String, text: String) throws(GeoError) {
        let root = try ConfigNode.parse(text, path: path)
        let keys = try root.mapping(allowed: Self.topLevelKeys, required: ["title", "sources", "metrics"])
        self.name = name
        self.path = path
        title = try keys["title"]?.string() ?? name
        description = try keys["description"]?.string() ?? ""
        var metrics: [Metric] = []
        var weightOnly: Set<String> = []
        for node in try keys["metrics"]?.sequence() ?? [] {
            let metric = try Self.metric(node)
            if try node.mapping(allowed: Self.metricKeys)["report"]?.bool() == false { weightOnly.insert(metric.id) }
            if metrics.contains(where: { $0.id == metric.id }) {
                throw node.fail("metric '\(metric.id)' is declared twice", hint: "Keep one declaration per metric id.")
            }
            metrics.append(metric)
        }
        self.metrics = metrics
        weightOnlyMetrics = weightOnly
        let ids = Set(metrics.map(\.id))
        for (metric, node) in zip(metrics, try keys["metrics"]?.sequence() ?? []) {
            if case .users(let base) = metric.weight, !ids.contains(base) {
                throw node.fail(
                    "metric '\(metric.id)' is weighted by users of '\(base)', which the pipeline does not declare",
                    hint: "Declare '\(base)' under metrics:, or choose another weight.")
            }
        }
        let geography = try keys["geography"]?.oneOf(Geography.self) ?? .world
        self.geography = geography
        var sources: [SourceSpec] = []
        for node in try keys["sources"]?.sequence() ?? [] {
            sources.append(try Self.source(node, metrics: ids, geography: geography))
        }
        guard !sources.isEmpty else {
            throw (keys["sources"] ?? root).fail("the pipeline has no sources", hint: "List at least one input file.")
        }
        self.sources = sources
        var published: [SourceSpec] = []
        for node in try keys["published_aggregates"]?.sequence() ?? [] {
            published.append(try Self.source(node, metrics: ids))
        }
        publishedAggregates = published
        analysis = try keys["analysis"].map(AnalysisConfig.init) ?? AnalysisConfig()
        var maps: [MapConfig] = []
        for node in try keys["maps"]?.sequence() ?? [] {
            maps.append(try MapConfig(node, metrics: ids, geography: geography))
        }
        self.maps = maps
        if let chartsNode = keys["charts"] {
            var charts: [ChartConfig] = []
            for node in try chartsNode.sequence() { charts.append(try ChartConfig(node, metrics: ids)) }
            self.charts = charts
            chartsAreDeclared = true
        } else {
            chartsAreDeclared = false
            self.charts = ChartConfig.defaults(for: metrics.filter { !weightOnly.contains($0.id) })
        }
        var claims: [ClaimConfig] = []
        for node in try keys["claims"]?.sequence() ?? [] { claims.append(try ClaimConfig(node, metrics: ids)) }
        self.claims = claims
        credits = try keys["credits"]?.strings() ?? []
        estimatedFrom = try keys["estimated_from"]?.oneOf(EstimateMethod.self)
        var tables: [RankingTableConfig] = []
        for node in try keys["tables"]?.sequence() ?? [] { tables.append(try RankingTableConfig(node)) }
        self.tables = tables
    }

    static let metricKeys = ["id", "label", "unit", "weight", "report"]

    private static func metric(_ node: ConfigNode) throws(GeoError) -> Metric {
        let keys = try node.mapping(allowed: metricKeys, required: ["id", "unit"])
        let id = try keys["id"]?.string() ?? ""
        guard Metric.isValidID(id) else {
            throw (keys["id"] ?? node).fail(
                "'\(id)' is not a metric id",
                hint: "Use lower case letters, digits and underscores, e.g. ai_user_share.")
        }
        let unit = try keys["unit"]?.oneOf(Unit.self) ?? .number
        var weight = Weight.none
        if let weightNode = keys["weight"] {
            let text = try weightNode.string()
            guard let parsed = Weight(spec: text) else {
                throw weightNode.fail(
                    "'\(text)' is not a weight",
                    hint:
                        "Choose none, population, working_age_population, or users:METRIC (a share metric × working-age population)."
                )
            }
            weight = parsed
        }
        return Metric(id: id, label: try keys["label"]?.string() ?? id, unit: unit, weight: weight)
    }

    private static func source(_ node: ConfigNode, metrics: Set<String>, geography: Geography = .world)
        throws(GeoError) -> SourceSpec
    {
        let keys = try node.mapping(
            allowed: [
                "path", "format", "encoding", "period", "metric", "country_column", "columns", "aliases", "ignore",
                "economy", "minimum_months", "geography", "name_column", "code_column", "parent_column",
            ],
            required: ["path"])
        let path = try ProjectPaths.checkInputPath(keys["path"]?.string() ?? "", at: keys["path"] ?? node)
        var spec = SourceSpec(path: path)
        spec.geography = try keys["geography"]?.oneOf(Geography.self) ?? geography
        spec.codeColumn = try keys["code_column"]?.string()
        spec.parentColumn = try keys["parent_column"]?.string()
        spec.format = try keys["format"]?.oneOf(SourceFile.Format.self) ?? .long
        if let encodingNode = keys["encoding"] {
            let text = try encodingNode.string()
            guard let encoding = TextEncoding(name: text) else {
                throw encodingNode.fail(
                    "'\(text)' is not a supported encoding", hint: "Choose one of: \(TextEncoding.namesForHelp).")
            }
            spec.encoding = encoding
        }
        spec.period = try keys["period"]?.period()
        if let metricNode = keys["metric"] {
            spec.metric = try Self.declaredMetric(metricNode, metrics: metrics)
        }
        spec.countryColumn = try (keys["name_column"] ?? keys["country_column"])?.string()
        for (header, mappingNode) in try keys["columns"]?.pairs() ?? [] {
            let mapping = try mappingNode.mapping(allowed: ["period", "metric"])
            spec.columns[header] = SourceSpec.ColumnMapping(
                period: try mapping["period"]?.period(),
                metric: try mapping["metric"].map { node throws(GeoError) in
                    try Self.declaredMetric(node, metrics: metrics)
                })
        }
        for (name, codeNode) in try keys["aliases"]?.pairs() ?? [] {
            let text = try codeNode.string()
            guard let code = spec.geography == .world ? AreaCode(iso3: text) : spec.geography.code(from: text) else {
                throw codeNode.fail(
                    spec.geography == .world
                        ? "alias '\(name)' must map to an ISO3 code, not '\(text)'"
                        : "alias '\(name)' must map to \(spec.geography.codeDescription), not '\(text)'",
                    hint: spec.geography == .world ? "For example: Congo: COG" : "For example: 'Baltimore': 24510")
            }
            spec.aliases[name] = code
        }
        spec.ignore = Set(try keys["ignore"]?.strings() ?? [])
        spec.economy = try keys["economy"]?.string()
        if let months = keys["minimum_months"] {
            spec.minimumMonths = try months.int()
            guard (1...6).contains(spec.minimumMonths) else {
                throw months.fail("minimum_months must be 1 to 6", hint: "A half-year has six months.")
            }
        }
        return spec
    }

    static func declaredMetric(_ node: ConfigNode, metrics: Set<String>) throws(GeoError) -> String {
        let id = try node.string()
        guard metrics.contains(id) else {
            let close = EditDistance.suggestions(for: id, among: metrics, count: 1)
            throw node.fail(
                "metric '\(id)' is not declared in this pipeline",
                hint: (close.first.map { "Did you mean '\($0)'? " } ?? "")
                    + "Declared: \(metrics.sorted().joined(separator: ", ")).")
        }
        return id
    }
}
