import GeoModel

/// The parts every chart shares: the `<svg>` root with its accessible title and description,
/// the title and subtitle above the plot, and the source line below it.
///
/// A chart is laid out top to bottom: ``top`` is where the plot may start after the header,
/// and ``finish(plotBottom:)`` adds the source lines and closes the document.
struct ChartCanvas {
    let width: Double
    let title: String
    let subtitle: String?
    let sourceLine: String?
    let description: String
    let prefix: String
    private let titleLines: [String]
    private let subtitleLines: [String]

    init(width: Double, title: String, subtitle: String?, sourceLine: String?, description: String, prefix: String) {
        self.width = width
        self.title = title
        self.subtitle = subtitle
        self.sourceLine = sourceLine
        self.description = description
        self.prefix = XMLText.identifier(prefix)
        let textWidth = width - 2 * MapStyle.sideMargin
        titleLines = TextWidth.wrap(title, width: textWidth, fontSize: 18, isBold: true)
        subtitleLines = subtitle.map { TextWidth.wrap($0, width: textWidth, fontSize: 13) } ?? []
    }

    /// Where the plot area begins, below the title and subtitle.
    var top: Double { 16 + Double(titleLines.count) * 22 + Double(subtitleLines.count) * 17 + 14 }

    /// The header: title and subtitle lines.
    func headerSVG() -> String {
        var writer = SVGWriter()
        var baseline = 16.0 + 16
        for line in titleLines {
            writer.marginText(line, baseline: baseline, size: "18", isBold: true, fill: MapStyle.textColor)
            baseline += 22
        }
        baseline -= 22 - 17
        for line in subtitleLines {
            writer.marginText(line, baseline: baseline, size: "13", fill: MapStyle.secondaryTextColor)
            baseline += 17
        }
        return writer.text
    }

    /// The whole document around `body`, with the source lines after `plotBottom`.
    func document(body: String, plotBottom: Double) -> RenderedChart {
        let sourceLines =
            sourceLine.map { TextWidth.wrap($0, width: width - 2 * MapStyle.sideMargin, fontSize: 11) } ?? []
        let height = (plotBottom + 10 + Double(sourceLines.count) * 14 + 10).rounded(.up)
        var writer = SVGWriter()
        writer.openDocument(width: width, height: height, prefix: prefix, title: title, description: description)
        let widthText = SVGWriter.pixels(width)
        let heightText = SVGWriter.pixels(height)
        writer.empty("rect", [("width", widthText), ("height", heightText), ("fill", "#ffffff")])
        writer.raw(headerSVG())
        writer.raw(body)
        var baseline = plotBottom + 10 + 11
        for line in sourceLines {
            writer.marginText(line, baseline: baseline, size: "11", fill: MapStyle.secondaryTextColor)
            baseline += 14
        }
        writer.close("svg")
        return RenderedChart(svg: writer.text, width: Int(width), height: Int(height), description: description)
    }
}
