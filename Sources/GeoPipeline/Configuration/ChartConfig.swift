public import GeoModel

/// One chart a pipeline draws beside its maps, from the `charts:` list.
///
/// ```yaml
/// charts:
///   - { type: regions, metric: deepseek_share, period: 2025-H2, grouping: m49_region }
///   - { type: movers, metric: ai_user_share, top: 10 }
///   - { type: bands, metric: deepseek_share, period: 2025-H2, grouping: m49_region, region: Africa }
/// ```
///
/// Without a `charts:` key a pipeline gets, for each reported metric, the regions chart of
/// its latest period and, when it has two or more periods, the movers chart of the latest
/// two; `charts: []` draws none.
public struct ChartConfig: Sendable, Hashable {
    /// What a chart shows.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The groups of a grouping as a dot plot with ranges (and without a dominant economy).
        case regions
        /// The economies that changed most between the latest two periods, as a dumbbell chart.
        case movers
        /// The economies of one group by published band, as a strip of columns.
        case bands
    }

    /// What the chart shows.
    public let kind: Kind
    /// The metric's id.
    public let metric: String
    /// The period (regions, bands); `nil` for the latest the data has.
    public let period: Period?
    /// The grouping (regions, bands); default `m49_region`.
    public let grouping: String
    /// The group whose members a bands chart shows.
    public let region: String?
    /// How many economies a movers chart shows (default 10).
    public let top: Int

    /// A chart of the given kind with the defaults.
    init(kind: Kind, metric: String) {
        self.kind = kind
        self.metric = metric
        period = nil
        grouping = "m49_region"
        region = nil
        top = 10
    }

    init(_ node: ConfigNode, metrics: Set<String>) throws(GeoError) {
        let keys = try node.mapping(
            allowed: ["type", "metric", "period", "grouping", "region", "top"], required: ["type", "metric"])
        let typeNode = keys["type"] ?? node
        let typeText = try typeNode.string()
        guard let kind = Kind(rawValue: typeText) else {
            throw typeNode.fail(
                "'\(typeText)' is not a chart type",
                hint: "Choose one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        self.kind = kind
        metric = try PipelineConfig.declaredMetric(keys["metric"] ?? node, metrics: metrics)
        period = try keys["period"]?.period()
        grouping = try keys["grouping"]?.string() ?? "m49_region"
        region = try keys["region"]?.string()
        if kind == .bands && region == nil {
            throw node.fail(
                "a bands chart needs the region whose economies it shows", hint: "Add region: (for example Africa).")
        }
        let top = try keys["top"]?.int() ?? 10
        guard (1...50).contains(top) else {
            throw (keys["top"] ?? node).fail(
                "top must be from 1 to 50, not \(top)", hint: "A movers chart reads best with 5 to 20 rows.")
        }
        self.top = top
    }

    /// The default charts: regions for every reported metric, movers where there are periods to compare.
    static func defaults(for metrics: [Metric]) -> [ChartConfig] {
        metrics.flatMap { [ChartConfig(kind: .regions, metric: $0.id), ChartConfig(kind: .movers, metric: $0.id)] }
    }
}
