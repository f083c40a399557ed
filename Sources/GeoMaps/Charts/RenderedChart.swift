/// A rendered chart: the standalone SVG and its size.
public struct RenderedChart: Sendable, Hashable {
    /// The standalone SVG document (UTF-8 text, ends with a newline).
    public let svg: String
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// The text of the chart's `<desc>`, for a report's alt text.
    public let description: String
}
