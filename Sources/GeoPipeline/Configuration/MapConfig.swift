public import GeoMaps
public import GeoModel

/// One entry of `maps:`: a metric drawn for one or more periods with shared class breaks.
///
/// ```yaml
/// maps:
///   - metric: ai_user_share
///     periods: [2025-H1, 2025-H2, 2026-Q1]
///     classes: jenks:5
///     scheme: YlGnBu
///     overlay: [sanctioned]
/// ```
///
/// A categorical map takes each economy's category from its flags: the first category whose
/// flags match wins, and `others` names the rest. It has a `name` (its file is
/// `maps/NAME-PERIOD.svg`) instead of a metric:
///
/// ```yaml
///   - name: us-ai-access
///     classes: categories
///     periods: [2025-H2]
///     categories:
///       - { label: Comprehensive US sanctions, flags: [sanctioned:comprehensive] }
///       - { label: All three US providers unavailable, flags: [western_ai_unavailable:all_providers] }
///     others: All three US providers available
/// ```
public struct MapConfig: Sendable, Hashable {
    /// The metric drawn; empty on a categorical map.
    public let metric: String
    /// The categorical map's name, which names its file; `nil` on a map of a metric.
    public private(set) var name: String?
    /// The categories of a categorical map, in legend order; the first that matches wins.
    public private(set) var categories: [MapCategory] = []
    /// The category of economies that match none of ``categories``.
    public private(set) var otherCategory: String?
    /// The periods, one map each, sharing one set of breaks.
    public private(set) var periods: [Period]
    /// The classification (`jenks:5`, `quantiles:5`, `equal:5`, `manual:5,10,20`).
    public private(set) var classes: Classification
    /// The colour scheme (ColorBrewer or viridis).
    public let scheme: ColorScheme
    /// The projection.
    public private(set) var projection: Projection
    /// Legend labels replacing the generated ones (published bands such as "6–10"), one per class.
    public private(set) var labels: [String]?
    /// The source line under the map.
    public let source: String?
    /// Flags drawn over the fill.
    public let overlays: [String]
    /// An optional title; default is the metric's label and period.
    public let title: String?
    /// The layer whose areas the map draws (default: the pipeline's).
    public private(set) var geography: Geography = .world
    /// What the map measures and who measured it, under the title ("Share of working-age people
    /// who used a generative-AI tool, estimated by Microsoft"); the classing method goes in the
    /// note under the legend instead.
    public let subtitle: String?

    /// The flag ids a map can draw as an overlay.
    public static let overlayFlags = ["sanctioned", "sanctioned_region", "western_ai_unavailable", "underserved"]

    /// A map with the defaults: Jenks 5 classes, YlGnBu, Equal Earth, no overlay.
    init(metric: String, periods: [Period]) {
        self.metric = metric
        self.periods = periods
        classes = .fisherJenks(5)
        scheme = .ylGnBu
        projection = .equalEarth
        overlays = []
        title = nil
        subtitle = nil
        labels = nil
        source = nil
    }

    /// The same map with some settings replaced.
    func with(periods: [Period]? = nil, classes: Classification? = nil, projection: Projection? = nil) -> MapConfig {
        var copy = self
        if let periods { copy.periods = periods }
        if let classes {
            copy.classes = classes
            copy.labels = nil
        }
        if let projection { copy.projection = projection }
        return copy
    }

    init(_ node: ConfigNode, metrics: Set<String>, geography pipelineGeography: Geography = .world) throws(GeoError) {
        let keys = try node.mapping(
            allowed: [
                "metric", "periods", "classes", "scheme", "projection", "overlay", "title", "subtitle", "labels",
                "source", "name", "categories", "others", "geography",
            ],
            required: ["periods"])
        let isCategorical = try keys["classes"]?.string() == "categories"
        if isCategorical {
            for key in ["metric", "labels"] where keys[key] != nil {
                throw (keys[key] ?? node).fail(
                    "a categorical map takes no \(key):", hint: "Its categories come from flags, under categories:.")
            }
            metric = ""
            (name, categories, otherCategory) = try Self.categorical(keys, node: node)
        } else {
            for key in ["name", "categories", "others"] where keys[key] != nil {
                throw (keys[key] ?? node).fail(
                    "\(key): belongs to a categorical map", hint: "Add classes: categories, or remove \(key):.")
            }
            guard let metricNode = keys["metric"] else {
                throw node.fail("a map needs metric:", hint: "Name a declared metric, or use classes: categories.")
            }
            metric = try PipelineConfig.declaredMetric(metricNode, metrics: metrics)
        }
        var periods: [Period] = []
        for item in try keys["periods"]?.sequence() ?? [] { periods.append(try item.period()) }
        guard !periods.isEmpty else { throw (keys["periods"] ?? node).fail("a map needs at least one period") }
        self.periods = periods
        let classText = try keys["classes"]?.string() ?? "jenks:5"
        do {
            classes = try Classification(spec: classText)
        } catch let error as GeoError {
            throw (keys["classes"] ?? node).fail(error.message, hint: error.hint)
        } catch {
            throw (keys["classes"] ?? node).fail("'\(classText)' is not a classification")
        }
        let schemeText = try keys["scheme"]?.string() ?? "YlGnBu"
        guard let scheme = ColorScheme(name: schemeText) else {
            throw (keys["scheme"] ?? node).fail(
                "'\(schemeText)' is not a colour scheme",
                hint: "Choose one of: \(ColorScheme.allCases.map(\.rawValue).joined(separator: ", ")) (any case).")
        }
        self.scheme = scheme
        geography = try keys["geography"]?.oneOf(Geography.self) ?? pipelineGeography
        let projectionText = try keys["projection"]?.string() ?? (geography == .world ? "equal-earth" : "albers-usa")
        guard let projection = Projection(name: projectionText) else {
            throw (keys["projection"] ?? node).fail(
                "'\(projectionText)' is not a projection",
                hint: "Choose one of: \(Projection.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        self.projection = projection
        labels = try keys["labels"]?.strings()
        if let labels, case .manual(let thresholds) = classes, labels.count != thresholds.count + 1 {
            throw (keys["labels"] ?? node).fail(
                "\(labels.count) labels for \(thresholds.count + 1) classes",
                hint: "Give one label per class: \(thresholds.count) thresholds make \(thresholds.count + 1) classes.")
        }
        source = try keys["source"]?.string()
        subtitle = try keys["subtitle"]?.string()
        let overlays = try keys["overlay"]?.strings() ?? []
        for overlay in overlays where !Self.overlayFlags.contains(overlay) {
            throw (keys["overlay"] ?? node).fail(
                "'\(overlay)' is not a flag that can be drawn",
                hint: "Choose from: \(Self.overlayFlags.joined(separator: ", ")).")
        }
        self.overlays = overlays
        title = try keys["title"]?.string()
    }

    /// The name, categories and others label of a categorical map, validated.
    private static func categorical(_ keys: [String: ConfigNode], node: ConfigNode) throws(GeoError) -> (
        String, [MapCategory], String
    ) {
        guard let nameNode = keys["name"] else {
            throw node.fail("a categorical map needs name:", hint: "The name makes its file: maps/NAME-PERIOD.svg.")
        }
        let name = try nameNode.string()
        guard Metric.isValidID(String(name.map { $0 == "-" ? "_" : $0 })) else {
            throw nameNode.fail(
                "'\(name)' is not a map name", hint: "Use lower case letters, digits and hyphens, e.g. us-ai-access.")
        }
        guard let list = keys["categories"] else {
            throw node.fail(
                "a categorical map needs categories:",
                hint: "List {label: TEXT, flags: [FLAG, ...]} in legend order; the first match wins.")
        }
        var categories: [MapCategory] = []
        for item in try list.sequence() {
            let fields = try item.mapping(allowed: ["label", "flags"], required: ["label", "flags"])
            let label = try fields["label"]?.string() ?? ""
            guard !categories.contains(where: { $0.label == label }) else {
                throw (fields["label"] ?? item).fail("category '\(label)' is listed twice")
            }
            guard let flagsNode = fields["flags"] else { continue }
            let flags = try AnalysisConfig.flags(flagsNode)
            guard !flags.isEmpty else { throw flagsNode.fail("a category needs at least one flag") }
            categories.append(MapCategory(label: label, flags: flags))
        }
        guard !categories.isEmpty else { throw list.fail("a categorical map needs at least one category") }
        guard let othersNode = keys["others"] else {
            throw node.fail(
                "a categorical map needs others:", hint: "Name the economies no category matches, e.g. \"None\".")
        }
        let others = try othersNode.string()
        guard !categories.contains(where: { $0.label == others }) else {
            throw othersNode.fail("'\(others)' is also a category", hint: "Give the rest a label of its own.")
        }
        return (name, categories, others)
    }
}

/// One level of a categorical map: its legend label and the flags (with optional levels,
/// `sanctioned:comprehensive`) that put an economy in it.
public struct MapCategory: Sendable, Hashable {
    /// The legend label.
    public let label: String
    /// Flags, any of which puts an economy in the category.
    public let flags: [String]

    /// Whether an economy with these flags (in one period) belongs to the category.
    func matches(_ flags: [EconomyFlag]) -> Bool {
        self.flags.contains { wanted in
            let parts = wanted.split(separator: ":", maxSplits: 1).map(String.init)
            return flags.contains { flag in
                flag.flag.rawValue == parts[0] && (parts.count == 1 || flag.level?.rawValue == parts[1])
            }
        }
    }
}
