public import GeoModel

/// A dot plot of group figures with their ranges: one row per group, a dot at the estimate,
/// a line from the low to the high end of its range, and optionally a hollow dot at an
/// alternative figure (the group without a dominant economy).
///
/// ```swift
/// var chart = DotPlotChart(title: "DeepSeek's share by region, H2 2025", unit: .percent)
/// chart.rows = [.init(code: "africa", label: "Africa", value: 10.5, low: 8.1, high: 13.0)]
/// let rendered = chart.render()   // rendered.svg: <svg … role="img"> with one <g data-code="africa" …>
/// ```
///
/// Each row is a `<g>` with `data-code`, `data-value`, `data-low`, `data-high` and
/// `data-alternative` where known, and a `<title>` tooltip; rows are drawn in the given order.
public struct DotPlotChart: Sendable {
    /// One group.
    public struct Row: Sendable, Hashable {
        /// A stable identifier for the row's marks (`data-code`).
        public var code: String
        /// The group's name, shown at the left.
        public var label: String
        /// The estimate, or `nil` when the group has none (the note says why).
        public var value: Double?
        /// The low end of the range, if any.
        public var low: Double?
        /// The high end of the range, if any.
        public var high: Double?
        /// An alternative figure drawn as a hollow dot (see ``DotPlotChart/alternativeLabel``).
        public var alternative: Double?
        /// What this row's alternative is, for its tooltip ("without China"); else the chart's
        /// ``DotPlotChart/alternativeLabel``.
        public var alternativeLabel: String?
        /// Shown instead of marks when there is no value ("coverage below 50 %").
        public var note: String?

        /// Creates a row.
        public init(
            code: String, label: String, value: Double?, low: Double? = nil, high: Double? = nil,
            alternative: Double? = nil, alternativeLabel: String? = nil, note: String? = nil
        ) {
            self.alternativeLabel = alternativeLabel
            self.code = code
            self.label = label
            self.value = value
            self.low = low
            self.high = high
            self.alternative = alternative
            self.note = note
        }
    }

    /// The chart's title: the measure and the period.
    public var title: String
    /// What the figures are and who measured them.
    public var subtitle: String?
    /// The unit of the values (its symbol follows the numbers).
    public var unit: Unit
    /// The rows, top to bottom.
    public var rows: [Row] = []
    /// What the estimate is ("Weighted mean").
    public var valueLabel = "Estimate"
    /// What the hollow dots are ("Without China"); they are drawn only when set.
    public var alternativeLabel: String?
    /// The source line under the chart.
    public var sourceLine: String?
    /// The width in pixels.
    public var width = 640
    /// Prefix of the element ids, unique within a page that shows several charts.
    public var idPrefix = "chart"

    /// Creates an empty chart.
    public init(title: String, unit: Unit) {
        self.title = title
        self.unit = unit
    }

    static let rowHeight = 24.0
    static let estimateColor = "#08519c"
    static let rangeColor = "#9ecae1"

    /// Draws the chart.
    public func render() -> RenderedChart {
        let suffix = unit.symbol.isEmpty ? "" : " " + unit.symbol
        let canvas = ChartCanvas(
            width: Double(max(width, 320)), title: title, subtitle: subtitle, sourceLine: sourceLine,
            description: description(suffix: suffix), prefix: idPrefix)
        let labelWidth = min(
            rows.map { TextWidth.estimate($0.label, fontSize: 12) }.max() ?? 0, canvas.width * 0.35)
        let plotLeft = MapStyle.sideMargin + labelWidth + 12
        let plotRight = canvas.width - MapStyle.sideMargin - 12
        let values = rows.flatMap { [$0.value, $0.low, $0.high, $0.alternative].compactMap { $0 } }
        let axis = ChartAxis(values: values, left: plotLeft, right: plotRight)
        var writer = SVGWriter()
        let keyTop = canvas.top
        writer.raw(key(left: plotLeft, baseline: keyTop + 10))
        let plotTop = keyTop + 24
        let plotBottom = plotTop + Double(rows.count) * Self.rowHeight
        writer.raw(axis.svg(top: plotTop, bottom: plotBottom, suffix: suffix))
        for (index, row) in rows.enumerated() {
            let y = plotTop + (Double(index) + 0.5) * Self.rowHeight
            writer.raw(rowSVG(row, y: y, axis: axis, suffix: suffix))
        }
        return canvas.document(body: writer.text, plotBottom: plotBottom + 20)
    }

    /// The key above the plot: the estimate's dot, the range's line, the alternative's ring.
    private func key(left: Double, baseline: Double) -> String {
        var writer = SVGWriter()
        writer.open(
            "g",
            [("class", "key"), ("font-size", "11"), ("fill", MapStyle.secondaryTextColor), ("aria-hidden", "true")])
        var x = left
        writer.empty(
            "circle",
            [
                ("cx", SVGWriter.pixels(x + 4)), ("cy", SVGWriter.pixels(baseline - 4)), ("r", "4"),
                ("fill", Self.estimateColor),
            ])
        writer.element("text", [("x", SVGWriter.pixels(x + 12)), ("y", SVGWriter.pixels(baseline))], text: valueLabel)
        x += 12 + TextWidth.estimate(valueLabel, fontSize: 11) + 16
        writer.empty(
            "line",
            [
                ("x1", SVGWriter.pixels(x)), ("x2", SVGWriter.pixels(x + 18)), ("y1", SVGWriter.pixels(baseline - 4)),
                ("y2", SVGWriter.pixels(baseline - 4)), ("stroke", Self.rangeColor), ("stroke-width", "4"),
                ("stroke-linecap", "round"),
            ])
        writer.element("text", [("x", SVGWriter.pixels(x + 24)), ("y", SVGWriter.pixels(baseline))], text: "Range")
        x += 24 + TextWidth.estimate("Range", fontSize: 11) + 16
        if let alternativeLabel, rows.contains(where: { $0.alternative != nil }) {
            writer.empty(
                "circle",
                [
                    ("cx", SVGWriter.pixels(x + 4)), ("cy", SVGWriter.pixels(baseline - 4)), ("r", "4"),
                    ("fill", "#ffffff"),
                    ("stroke", Self.estimateColor), ("stroke-width", "1.5"),
                ])
            writer.element(
                "text", [("x", SVGWriter.pixels(x + 12)), ("y", SVGWriter.pixels(baseline))], text: alternativeLabel)
        }
        writer.close("g")
        return writer.text
    }

    private func rowSVG(_ row: Row, y: Double, axis: ChartAxis, suffix: String) -> String {
        var attributes: [(String, String)] = [("data-code", row.code)]
        for (name, value) in [
            ("data-value", row.value), ("data-low", row.low), ("data-high", row.high),
            ("data-alternative", row.alternative),
        ] {
            if let value { attributes.append((name, NumberText.trimmed(value, maxDecimals: 4))) }
        }
        var writer = SVGWriter()
        writer.open("g", attributes)
        writer.element("title", text: tooltip(row, suffix: suffix), newline: false)
        writer.element(
            "text",
            [
                ("x", SVGWriter.pixels(axis.left - 12)), ("y", SVGWriter.pixels(y + 4)), ("text-anchor", "end"),
                ("font-size", "12"),
                ("fill", MapStyle.textColor),
            ], text: row.label, newline: false)
        if let low = row.low, let high = row.high {
            writer.empty(
                "line",
                [
                    ("x1", SVGWriter.pixels(axis.position(low))), ("x2", SVGWriter.pixels(axis.position(high))),
                    ("y1", SVGWriter.pixels(y)), ("y2", SVGWriter.pixels(y)), ("stroke", Self.rangeColor),
                    ("stroke-width", "4"),
                    ("stroke-linecap", "round"),
                ], newline: false)
        }
        if let alternative = row.alternative, alternativeLabel != nil {
            writer.empty(
                "circle",
                [
                    ("cx", SVGWriter.pixels(axis.position(alternative))), ("cy", SVGWriter.pixels(y)), ("r", "4.5"),
                    ("fill", "#ffffff"),
                    ("stroke", Self.estimateColor), ("stroke-width", "1.5"),
                ], newline: false)
        }
        if let value = row.value {
            writer.empty(
                "circle",
                [
                    ("cx", SVGWriter.pixels(axis.position(value))), ("cy", SVGWriter.pixels(y)), ("r", "4.5"),
                    ("fill", Self.estimateColor),
                ], newline: false)
        } else {
            writer.element(
                "text",
                [
                    ("x", SVGWriter.pixels(axis.left)), ("y", SVGWriter.pixels(y + 4)), ("font-size", "11"),
                    ("font-style", "italic"),
                    ("fill", MapStyle.secondaryTextColor),
                ], text: row.note ?? "no value", newline: false)
        }
        writer.close("g")
        return writer.text
    }

    /// "Africa: 10.5 % (range 8.1–13 %; without China 6.2 %)".
    private func tooltip(_ row: Row, suffix: String) -> String {
        guard let value = row.value else { return "\(row.label): \(row.note ?? "no value")" }
        var details: [String] = []
        if let low = row.low, let high = row.high {
            details.append("range " + LegendText.band(low: low, high: high, label: nil, suffix: suffix))
        }
        if let alternative = row.alternative, let label = row.alternativeLabel ?? alternativeLabel?.lowercased() {
            details.append(label + " " + LegendText.value(alternative, suffix: suffix))
        }
        let text = "\(row.label): \(LegendText.value(value, suffix: suffix))"
        return details.isEmpty ? text : text + " (" + details.joined(separator: "; ") + ")"
    }

    /// The `<desc>`: what is drawn, the highest and lowest rows.
    private func description(suffix: String) -> String {
        var sentences = [
            "Dot plot of \(rows.count) \(rows.count == 1 ? "group" : "groups"), \(valueLabel.lowercased()) with its range."
        ]
        let valued = rows.compactMap { row in row.value.map { (row, $0) } }.sorted {
            ($0.1, $0.0.label) < ($1.1, $1.0.label)
        }
        if let lowest = valued.first, let highest = valued.last, valued.count > 1 {
            sentences.append(
                "Highest: \(highest.0.label), \(LegendText.value(highest.1, suffix: suffix)); lowest: \(lowest.0.label), "
                    + "\(LegendText.value(lowest.1, suffix: suffix)).")
        }
        if let alternativeLabel, rows.contains(where: { $0.alternative != nil }) {
            sentences.append("Hollow dots: \(alternativeLabel.lowercased()).")
        }
        let missing = rows.filter { $0.value == nil }.map(\.label)
        if !missing.isEmpty { sentences.append("No value: \(missing.joined(separator: ", ")).") }
        return sentences.joined(separator: " ")
    }
}
