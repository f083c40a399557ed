public import GeoModel

/// A dumbbell chart of change between two periods: per row a hollow dot at the earlier
/// value, a filled dot at the later one, and a line between them, blue for a rise and red
/// for a fall.
///
/// ```swift
/// var chart = DumbbellChart(title: "Biggest movers, H2 2025 to Q1 2026", unit: .percent, from: "H2 2025", to: "Q1 2026")
/// chart.rows = [.init(code: "ARE", label: "United Arab Emirates", from: 59.4, to: 64.0)]
/// ```
///
/// Each row is a `<g>` with `data-code`, `data-from`, `data-to` and `data-change` and a
/// `<title>` ("United Arab Emirates: 59.4 % → 64 % (+4.6 points)"); rows keep the given order.
public struct DumbbellChart: Sendable {
    /// One economy or group.
    public struct Row: Sendable, Hashable {
        /// The row's identifier (`data-code`).
        public var code: String
        /// The name at the left.
        public var label: String
        /// The earlier value.
        public var from: Double
        /// The later value.
        public var to: Double

        /// Creates a row.
        public init(code: String, label: String, from: Double, to: Double) {
            self.code = code
            self.label = label
            self.from = from
            self.to = to
        }
    }

    /// The title: what changed, between which periods.
    public var title: String
    /// What the values are and who measured them.
    public var subtitle: String?
    /// The unit of the values.
    public var unit: Unit
    /// The earlier period's name for the key ("H2 2025").
    public var fromLabel: String
    /// The later period's name for the key.
    public var toLabel: String
    /// The rows, top to bottom.
    public var rows: [Row] = []
    /// The source line.
    public var sourceLine: String?
    /// Width in pixels.
    public var width = 640
    /// Prefix of element ids.
    public var idPrefix = "chart"

    /// Creates an empty chart.
    public init(title: String, unit: Unit, from: String, to: String) {
        self.title = title
        self.unit = unit
        self.fromLabel = from
        self.toLabel = to
    }

    static let riseColor = "#2166ac"
    static let fallColor = "#b2182b"
    static let rowHeight = 22.0

    /// Draws the chart.
    public func render() -> RenderedChart {
        let suffix = unit.symbol.isEmpty ? "" : " " + unit.symbol
        let canvas = ChartCanvas(
            width: Double(max(width, 320)), title: title, subtitle: subtitle, sourceLine: sourceLine,
            description: description(suffix: suffix), prefix: idPrefix)
        let labelWidth = min(rows.map { TextWidth.estimate($0.label, fontSize: 12) }.max() ?? 0, canvas.width * 0.35)
        let axis = ChartAxis(
            values: rows.flatMap { [$0.from, $0.to] }, left: MapStyle.sideMargin + labelWidth + 12,
            right: canvas.width - MapStyle.sideMargin - 12)
        var writer = SVGWriter()
        writer.raw(key(left: axis.left, baseline: canvas.top + 10))
        let plotTop = canvas.top + 24
        let plotBottom = plotTop + Double(rows.count) * Self.rowHeight
        writer.raw(axis.svg(top: plotTop, bottom: plotBottom, suffix: suffix))
        for (index, row) in rows.enumerated() {
            let y = SVGWriter.pixels(plotTop + (Double(index) + 0.5) * Self.rowHeight)
            let from = SVGWriter.pixels(axis.position(row.from))
            let to = SVGWriter.pixels(axis.position(row.to))
            let color = row.to >= row.from ? Self.riseColor : Self.fallColor
            writer.open(
                "g",
                [
                    ("data-code", row.code), ("data-from", NumberText.trimmed(row.from, maxDecimals: 4)),
                    ("data-to", NumberText.trimmed(row.to, maxDecimals: 4)),
                    ("data-change", NumberText.trimmed(row.to - row.from, maxDecimals: 4)),
                ])
            writer.element("title", text: tooltip(row, suffix: suffix), newline: false)
            writer.element(
                "text",
                [
                    ("x", SVGWriter.pixels(axis.left - 12)),
                    ("y", SVGWriter.pixels(plotTop + (Double(index) + 0.5) * Self.rowHeight + 4)),
                    ("text-anchor", "end"), ("font-size", "12"), ("fill", MapStyle.textColor),
                ], text: row.label, newline: false)
            writer.empty(
                "line", [("x1", from), ("x2", to), ("y1", y), ("y2", y), ("stroke", color), ("stroke-width", "2")],
                newline: false)
            writer.empty(
                "circle",
                [("cx", from), ("cy", y), ("r", "4"), ("fill", "#ffffff"), ("stroke", color), ("stroke-width", "1.5")],
                newline: false)
            writer.empty("circle", [("cx", to), ("cy", y), ("r", "4.5"), ("fill", color)], newline: false)
            writer.close("g")
        }
        return canvas.document(body: writer.text, plotBottom: plotBottom + 20)
    }

    private func key(left: Double, baseline: Double) -> String {
        var writer = SVGWriter()
        writer.open(
            "g",
            [("class", "key"), ("font-size", "11"), ("fill", MapStyle.secondaryTextColor), ("aria-hidden", "true")])
        writer.empty(
            "circle",
            [
                ("cx", SVGWriter.pixels(left + 4)), ("cy", SVGWriter.pixels(baseline - 4)), ("r", "4"),
                ("fill", "#ffffff"),
                ("stroke", MapStyle.secondaryTextColor), ("stroke-width", "1.5"),
            ])
        writer.element(
            "text", [("x", SVGWriter.pixels(left + 12)), ("y", SVGWriter.pixels(baseline))], text: fromLabel)
        let next = left + 12 + TextWidth.estimate(fromLabel, fontSize: 11) + 16
        writer.empty(
            "circle",
            [
                ("cx", SVGWriter.pixels(next + 4)), ("cy", SVGWriter.pixels(baseline - 4)), ("r", "4"),
                ("fill", MapStyle.secondaryTextColor),
            ])
        writer.element(
            "text", [("x", SVGWriter.pixels(next + 12)), ("y", SVGWriter.pixels(baseline))],
            text: toLabel + " (blue: rise, red: fall)")
        writer.close("g")
        return writer.text
    }

    /// "Ghana: 9.3 % → 10.1 % (+0.8 points)".
    private func tooltip(_ row: Row, suffix: String) -> String {
        let change = row.to - row.from
        let sign = change > 0 ? "+" : ""
        let points = unit == .percent ? " points" : suffix
        return
            "\(row.label): \(LegendText.value(row.from, suffix: suffix)) → \(LegendText.value(row.to, suffix: suffix)) "
            + "(\(sign)\(LegendText.value(change, suffix: points)))"
    }

    private func description(suffix: String) -> String {
        let rises = rows.filter { $0.to > $0.from }.count
        let falls = rows.filter { $0.to < $0.from }.count
        var sentences = [
            "Dumbbell chart of \(rows.count) \(rows.count == 1 ? "row" : "rows") from \(fromLabel) (hollow dot) to \(toLabel) (filled dot): "
                + "\(rises) rose, \(falls) fell."
        ]
        if let largest = rows.max(by: { (abs($0.to - $0.from), $1.label) < (abs($1.to - $1.from), $0.label) }) {
            sentences.append("Largest change: \(tooltip(largest, suffix: suffix)).")
        }
        return sentences.joined(separator: " ")
    }
}
