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
    public let periods: [Period]
    /// The classification (`jenks:5`, `quantiles:5`, `equal:5`, `manual:5,10,20`).
    public let classes: Classification
    /// The colour scheme name (ColorBrewer or viridis).
    public let scheme: String
    /// The projection name.
    public let projection: String
    /// Flags drawn over the fill.
    public let overlays: [String]
    /// An optional title; default is the metric's label and period.
    public let title: String?

    /// The flag ids a map can draw as an overlay.
    public static let overlayFlags = ["sanctioned", "western_ai_unavailable", "underserved"]

    init(_ node: ConfigNode, metrics: Set<String>) throws(GeoError) {
        let keys = try node.mapping(
            allowed: ["metric", "periods", "classes", "scheme", "projection", "overlay", "title"],
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
        scheme = try keys["scheme"]?.string() ?? "YlGnBu"
        projection = try keys["projection"]?.string() ?? "equal-earth"
        let overlays = try keys["overlay"]?.strings() ?? []
        for overlay in overlays where !Self.overlayFlags.contains(overlay) {
            throw (keys["overlay"] ?? node).fail(
                "'\(overlay)' is not a flag that can be drawn", hint: "Choose from: \(Self.overlayFlags.joined(separator: ", ")).")
        }
        self.overlays = overlays
        title = try keys["title"]?.string()
    }
}
