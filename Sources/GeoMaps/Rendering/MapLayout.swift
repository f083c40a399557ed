/// The vertical layout of a map's furniture: title and subtitle lines above the map, the
/// legend, the note and the source line below it.
struct MapLayout {
    let width: Double
    let titleLines: [String]
    let subtitleLines: [String]
    let sourceLines: [String]

    init(request: MapRequest) {
        width = request.canvasWidth
        let textWidth = width - 2 * MapStyle.sideMargin
        titleLines = TextWidth.wrap(request.title, width: textWidth, fontSize: MapStyle.titleSize, isBold: true)
        subtitleLines =
            request.subtitle.map { TextWidth.wrap($0, width: textWidth, fontSize: MapStyle.subtitleSize) } ?? []
        var source = request.sourceLine?.trimmingCharacters(in: " ") ?? ""
        let credit = request.geometryCredit.trimmingCharacters(in: " ")
        if !credit.isEmpty {
            if !source.isEmpty && !source.hasSuffix(".") { source += "." }
            source += (source.isEmpty ? "" : " ") + "Map: " + credit + (credit.hasSuffix(".") ? "" : ".")
        }
        // Each line of the note is wrapped on its own, so a second remark starts a line.
        let noteLines = (request.note ?? "").split(separator: "\n").flatMap { line in
            TextWidth.wrap(String(line), width: textWidth, fontSize: MapStyle.sourceSize)
        }
        sourceLines =
            noteLines + (source.isEmpty ? [] : TextWidth.wrap(source, width: textWidth, fontSize: MapStyle.sourceSize))
    }

    /// Baselines of the title lines.
    var titleBaselines: [Double] { titleLines.indices.map { 32 + Double($0) * MapStyle.titleLineHeight } }

    /// Baselines of the subtitle lines.
    var subtitleBaselines: [Double] {
        let start = (titleBaselines.last ?? 8) + 22
        return subtitleLines.indices.map { start + Double($0) * MapStyle.subtitleLineHeight }
    }

    /// The top of the map area.
    var mapTop: Double { (subtitleBaselines.last ?? titleBaselines.last ?? 8) + 16 }

    /// Baselines of the source lines, given where the legend ends, and the total height.
    func sourceBaselines(after legendBottom: Double) -> (baselines: [Double], height: Double) {
        let baselines = sourceLines.indices.map { legendBottom + 22 + Double($0) * MapStyle.sourceLineHeight }
        return (baselines, ((baselines.last ?? legendBottom) + 12).rounded(.up))
    }
}

extension String {
    /// The string without leading and trailing occurrences of `character`.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
