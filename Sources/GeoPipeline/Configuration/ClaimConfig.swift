public import GeoModel

/// One entry of `claims:`: a published statement the build checks on every run.
///
/// ```yaml
/// claims:
///   - id: africa-2-4x
///     text: DeepSeek usage in Africa is 2 to 4 times higher than in other regions
///     metric: deepseek_share
///     period: 2025-H2
///     grouping: m49_region
///     region: Africa
///     versus: each
///     at_least: 2
///     at_most: 4
///     estimators: [weighted_mean, median, "weighted_mean excluding:CHN"]
/// ```
public struct ClaimConfig: Sendable, Hashable {
    /// The claim id.
    public let id: String
    /// The claim as published.
    public let text: String
    /// The metric compared.
    public let metric: String
    /// The period compared.
    public let period: Period
    /// The grouping the regions come from (`m49_region`).
    public let grouping: String
    /// The region the claim is about.
    public let region: String
    /// `each` (every other region), `rest_of_world`, or a list of regions.
    public let versus: [String]
    /// Lower bound of the ratio, if any.
    public let atLeast: Double?
    /// Upper bound of the ratio, if any.
    public let atMost: Double?
    /// Estimators: `weighted_mean`, `median`, either with ` excluding:ISO3[,ISO3]`.
    public let estimators: [Estimator]
    /// Where the claim is declared, for warnings.
    public let location: SourceLocation

    init(_ node: ConfigNode, metrics: Set<String>) throws(GeoError) {
        let keys = try node.mapping(
            allowed: ["id", "text", "metric", "period", "grouping", "region", "versus", "at_least", "at_most", "estimators"],
            required: ["id", "text", "metric", "period", "region"])
        location = node.location
        id = try keys["id"]?.string() ?? ""
        text = try keys["text"]?.string() ?? ""
        metric = try PipelineConfig.declaredMetric(keys["metric"] ?? node, metrics: metrics)
        period = try (keys["period"] ?? node).period()
        grouping = try keys["grouping"]?.string() ?? "m49_region"
        region = try keys["region"]?.string() ?? ""
        versus = try keys["versus"]?.strings() ?? ["each"]
        atLeast = try keys["at_least"]?.double()
        atMost = try keys["at_most"]?.double()
        guard atLeast != nil || atMost != nil else {
            throw node.fail("claim '\(id)' needs at_least:, at_most: or both", hint: "For '2–4×' write at_least: 2 and at_most: 4.")
        }
        if let atLeast, let atMost, atLeast > atMost {
            throw node.fail("claim '\(id)' has at_least greater than at_most")
        }
        var estimators: [Estimator] = []
        for text in try keys["estimators"]?.strings() ?? ["weighted_mean"] {
            guard let estimator = Estimator(spec: text) else {
                throw (keys["estimators"] ?? node).fail(
                    "'\(text)' is not an estimator",
                    hint: "Choose weighted_mean or median, optionally followed by ' excluding:ISO3[,ISO3]'.")
            }
            estimators.append(estimator)
        }
        self.estimators = estimators
    }
}
