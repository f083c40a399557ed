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
public struct MapConfig: Sendable, Hashable {
    /// The metric drawn.
    public let metric: String
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
                "source", "geography",
            ],
            required: ["metric", "periods"])
        metric = try PipelineConfig.declaredMetric(keys["metric"] ?? node, metrics: metrics)
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
        if classes == .categories {
            // The renderer draws categorical maps (MapRequest.categories); the pipeline does not
            // yet say which field gives an economy its category.
            throw (keys["classes"] ?? node).fail(
                "categorical maps cannot be declared in a pipeline yet",
                hint: "Use jenks:N, quantiles:N, equal:N (each with :nice), manual:A,B,C or diverging:N.")
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
}
