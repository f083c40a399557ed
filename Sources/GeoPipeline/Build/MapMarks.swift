import GeoMaps

/// What one map could not draw as a shape, counted for the build's one line per map.
///
/// Counted from the rendered map's own lists, so the line says what the report lists: areas
/// with data drawn as a dot, and areas with data left off the map. Areas without data and
/// without a shape at the scale are left out, as the report leaves them out (`--verbose`
/// names them all).
public struct MapMarks: Sendable, Hashable {
    /// The map's file, under `Reports/`.
    public let path: String
    /// Areas with data drawn as a dot (no shape at this scale, or too small at this size).
    public let dots: Int
    /// Areas with data that are not on the map at all.
    public let notDrawn: Int

    /// The counts of a map rendered to `path`.
    init(path: String, rendered: RenderedMap) {
        self.init(path: path, dots: rendered.dots.count, notDrawn: rendered.notDrawn.count)
    }

    /// The counts as given.
    public init(path: String, dots: Int, notDrawn: Int) {
        self.path = path
        self.dots = dots
        self.notDrawn = notDrawn
    }

    /// The counts as the build prints them, or `nil` when every area with data has its shape.
    ///
    /// ```swift
    /// MapMarks(path: "deepseek/maps/x.svg", dots: 2, notDrawn: 1).summary
    /// // "2 drawn as dots, 1 with data not drawn"
    /// ```
    public var summary: String? {
        var parts: [String] = []
        if dots > 0 { parts.append(dots == 1 ? "1 drawn as a dot" : "\(dots) drawn as dots") }
        if notDrawn > 0 { parts.append("\(notDrawn) with data not drawn") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
