/// The legend below the map: swatches with labels, flowing left to right and wrapping.
///
/// Class swatches carry `data-class`, `data-min`, `data-max` and exactly the fill of their
/// economies; the "no data" swatch carries `data-class="none"`, the insufficient-data swatch
/// `data-class="insufficient"`, and a flag's swatch `data-flag`.
struct LegendDrawing {
    /// One entry with the attributes of its swatch.
    struct Item {
        let entry: LegendEntry
        let swatch: [(String, String)]
        /// Drawn under the swatch (a white base for hatched flags), if any.
        let base: [(String, String)]?
    }

    static let swatchWidth = 24.0
    static let swatchHeight = 13.0
    static let rowHeight = 22.0

    let svg: String
    let height: Double

    init(items: [Item], title: String?, left: Double, top: Double, width: Double, prefix: String) {
        var writer = SVGWriter()
        writer.open("g", [("id", "\(prefix)-legend"), ("font-size", "12"), ("fill", MapStyle.textColor)])
        writer.raw("\n")
        var y = top
        if let title, !title.isEmpty {
            for line in TextWidth.wrap(title, width: width, fontSize: MapStyle.legendSize, isBold: true) {
                writer.element(
                    "text", [("x", SVGWriter.pixels(left)), ("y", SVGWriter.pixels(y + 11)), ("font-weight", "bold")],
                    text: line)
                y += 16
            }
            y += 4
        }
        var x = left
        for item in items {
            let labelWidth = TextWidth.estimate(item.entry.label, fontSize: MapStyle.legendSize)
            let itemWidth = Self.swatchWidth + 6 + labelWidth
            if x > left && x + itemWidth > left + width {
                x = left
                y += Self.rowHeight
            }
            let box: [(String, String)] = [
                ("x", SVGWriter.pixels(x)), ("y", SVGWriter.pixels(y)), ("width", SVGWriter.pixels(Self.swatchWidth)),
                ("height", SVGWriter.pixels(Self.swatchHeight)),
            ]
            if let base = item.base { writer.empty("rect", box + base, newline: false) }
            writer.empty("rect", box + item.swatch, newline: false)
            writer.element(
                "text", [("x", SVGWriter.pixels(x + Self.swatchWidth + 6)), ("y", SVGWriter.pixels(y + 11))],
                text: item.entry.label)
            x += itemWidth + 18
        }
        writer.close("g")
        svg = writer.text
        height = items.isEmpty ? y - top : y + Self.swatchHeight - top
    }
}
