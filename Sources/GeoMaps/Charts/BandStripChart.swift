/// Economies sorted into the bands they were published in: one column per band, lowest band
/// at the left, each economy a coloured chip with its name, stacked by name.
///
/// Used for "African economies by DeepSeek band", where a map hides small countries and a
/// table hides the shape of the distribution.
///
/// ```swift
/// var chart = BandStripChart(title: "African economies by DeepSeek band, H2 2025", bands: ["≤5 %", "6–10 %", "11–15 %"])
/// chart.rows = [.init(code: "ETH", label: "Ethiopia", band: 2)]
/// ```
///
/// Each chip is a `<g>` with `data-code`, `data-band` (0-based) and `data-category` (the band's
/// label) and a `<title>`. Names wider than a column are shortened with "…"; the tooltip keeps
/// them whole.
public struct BandStripChart: Sendable {
    /// One economy.
    public struct Row: Sendable, Hashable {
        /// The row's identifier (`data-code`).
        public var code: String
        /// The economy's name.
        public var label: String
        /// The band's index in ``BandStripChart/bands``.
        public var band: Int

        /// Creates a row.
        public init(code: String, label: String, band: Int) {
            self.code = code
            self.label = label
            self.band = band
        }
    }

    /// The title.
    public var title: String
    /// What the bands are and who published them.
    public var subtitle: String?
    /// The band labels, lowest first.
    public var bands: [String]
    /// The economies; rows whose band is out of range are left out and named in the
    /// description.
    public var rows: [Row] = []
    /// The colour scheme of the bands (the map's, so that chips match it).
    public var scheme: ColorScheme = .orRd
    /// The source line.
    public var sourceLine: String?
    /// Width in pixels.
    public var width = 640
    /// Prefix of element ids.
    public var idPrefix = "chart"

    /// Creates an empty chart.
    public init(title: String, bands: [String]) {
        self.title = title
        self.bands = bands
    }

    static let chipHeight = 18.0

    /// Draws the chart.
    public func render() -> RenderedChart {
        let columns = bands.indices.map { band in
            rows.filter { $0.band == band }.sorted { ($0.label, $0.code) < ($1.label, $1.code) }
        }
        let canvas = ChartCanvas(
            width: Double(max(width, 320)), title: title, subtitle: subtitle, sourceLine: sourceLine,
            description: description(columns), prefix: idPrefix)
        let colors = scheme.colors(count: bands.count)
        let columnWidth = (canvas.width - 2 * MapStyle.sideMargin) / Double(max(bands.count, 1))
        let top = canvas.top
        var writer = SVGWriter()
        for (band, members) in columns.enumerated() {
            let left = MapStyle.sideMargin + Double(band) * columnWidth
            writer.element(
                "text",
                [
                    ("x", SVGWriter.pixels(left + 2)), ("y", SVGWriter.pixels(top + 12)), ("font-size", "12"),
                    ("font-weight", "bold"),
                    ("fill", MapStyle.textColor),
                ], text: "\(bands[band]) (\(members.count))")
            for (position, row) in members.enumerated() {
                let y = top + 22 + Double(position) * Self.chipHeight
                writer.open(
                    "g", [("data-code", row.code), ("data-band", String(band)), ("data-category", bands[band])])
                writer.element("title", text: "\(row.label): \(bands[band])", newline: false)
                writer.empty(
                    "rect",
                    [
                        ("x", SVGWriter.pixels(left + 2)), ("y", SVGWriter.pixels(y + 3)), ("width", "10"),
                        ("height", "10"),
                        ("fill", band < colors.count ? colors[band] : "#cccccc"), ("stroke", "#8c8c8c"),
                        ("stroke-width", "0.5"),
                    ], newline: false)
                writer.element(
                    "text",
                    [
                        ("x", SVGWriter.pixels(left + 16)), ("y", SVGWriter.pixels(y + 12)), ("font-size", "10.5"),
                        ("fill", MapStyle.textColor),
                    ], text: Self.shortened(row.label, width: columnWidth - 20, fontSize: 10.5), newline: false)
                writer.close("g")
            }
        }
        let tallest = columns.map(\.count).max() ?? 0
        return canvas.document(body: writer.text, plotBottom: top + 22 + Double(tallest) * Self.chipHeight)
    }

    /// The text, cut with "…" to fit `width`.
    static func shortened(_ text: String, width: Double, fontSize: Double) -> String {
        guard TextWidth.estimate(text, fontSize: fontSize) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty && TextWidth.estimate(String(characters) + "…", fontSize: fontSize) > width {
            characters.removeLast()
        }
        while characters.last == " " { characters.removeLast() }
        return String(characters) + "…"
    }

    private func description(_ columns: [[Row]]) -> String {
        let counts = zip(bands, columns).map { "\($0) \($1.count)" }.joined(separator: ", ")
        var sentences = ["\(columns.reduce(0) { $0 + $1.count }) economies by band: \(counts)."]
        let outside = rows.filter { !bands.indices.contains($0.band) }.map(\.label).sorted()
        if !outside.isEmpty { sentences.append("Not shown (no such band): \(outside.joined(separator: ", ")).") }
        return sentences.joined(separator: " ")
    }
}
