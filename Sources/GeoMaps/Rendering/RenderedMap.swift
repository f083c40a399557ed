public import GeoModel

/// A rendered choropleth: the SVG text, the legend as data, and notes on what could not be
/// drawn as a shape.
public struct RenderedMap: Sendable {
    /// The standalone SVG document (UTF-8 text, ends with a newline).
    public let svg: String
    /// The width of the SVG in pixels.
    public let width: Int
    /// The height of the SVG in pixels.
    public let height: Int
    /// Where the world sits on the canvas; use it to find the pixel of a position.
    public let frame: MapFrame
    /// The summary in the SVG's `<desc>` as plain text (not XML-escaped): what is drawn, how
    /// the values spread, what the marks mean; a report uses it as the figure's alt text.
    public let summary: String
    /// The legend entries in drawing order.
    public let legend: [LegendEntry]
    /// Economies with data drawn as a dot (no shape at this scale, or too small), by code.
    public let dots: [AreaCode]
    /// Economies with data that have no shape in the geometry (drawn as a dot or missing), by code.
    public let withoutShape: [AreaCode]
    /// Economies with data that are not on the map at all (no shape, no label point), by code.
    public let notDrawn: [AreaCode]
    /// Notes and warnings: economies drawn as dots, economies not drawn, values outside the
    /// classes. Never silently dropped.
    public let notes: [Diagnostic]
}
