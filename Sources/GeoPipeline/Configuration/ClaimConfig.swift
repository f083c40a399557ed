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
///
/// A claim about a group that can be drawn strictly or loosely is checked under each
/// definition side by side, instead of `grouping:` and `region:`:
///
/// ```yaml
///     definitions:
///       - { name: strict, grouping: cut_off_strict, region: Cut off from US AI (strict) }
///       - { name: loose, grouping: cut_off_loose, region: Cut off from US AI (loose) }
/// ```
public struct ClaimConfig: Sendable, Hashable {
    /// One way of drawing the claim's group.
    public struct Definition: Sendable, Hashable {
        /// The definition's name ("strict"), or `nil` when the claim has one definition.
        public let name: String?
        /// The grouping.
        public let grouping: String
        /// The group the claim is about.
        public let region: String
    }

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
    /// The group definitions to check under, in order (one when the claim gives `grouping:` and `region:`).
    public let definitions: [Definition]
    /// Where the claim is declared, for notes.
    public let location: SourceLocation

    init(_ node: ConfigNode, metrics: Set<String>) throws(GeoError) {
        let keys = try node.mapping(
            allowed: [
                "id", "text", "metric", "period", "grouping", "region", "versus", "at_least", "at_most", "estimators",
                "definitions",
            ],
            required: ["id", "text", "metric", "period"])
        location = node.location
        id = try keys["id"]?.string() ?? ""
        text = try keys["text"]?.string() ?? ""
        metric = try PipelineConfig.declaredMetric(keys["metric"] ?? node, metrics: metrics)
        period = try (keys["period"] ?? node).period()
        grouping = try keys["grouping"]?.string() ?? "m49_region"
        region = try keys["region"]?.string() ?? ""
        if let list = keys["definitions"] {
            var definitions: [Definition] = []
            for item in try list.sequence() {
                let parts = try item.mapping(
                    allowed: ["name", "grouping", "region"], required: ["name", "grouping", "region"])
                definitions.append(
                    Definition(
                        name: try parts["name"]?.string(), grouping: try parts["grouping"]?.string() ?? "",
                        region: try parts["region"]?.string() ?? ""))
            }
            guard !definitions.isEmpty else { throw list.fail("definitions: needs at least one entry") }
            self.definitions = definitions
        } else {
            guard keys["region"] != nil else {
                throw node.fail(
                    "claim '\(id)' needs region: (or definitions:)", hint: "Name the group the claim is about.")
            }
            definitions = [Definition(name: nil, grouping: grouping, region: region)]
        }
        versus = try keys["versus"]?.strings() ?? ["each"]
        atLeast = try keys["at_least"]?.double()
        atMost = try keys["at_most"]?.double()
        guard atLeast != nil || atMost != nil else {
            throw node.fail(
                "claim '\(id)' needs at_least:, at_most: or both", hint: "For '2–4×' write at_least: 2 and at_most: 4.")
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
