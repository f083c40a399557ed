import GeoModel

/// "Maps" and "Charts": each figure as an image with its summary as alt text, and what could
/// not be drawn as a shape.
enum MapsSection {
    static func markdown(_ input: ReportInput) -> String? {
        [section("Maps", input.maps), section("Charts", input.charts)].compactMap { $0 }.joined(separator: "\n\n")
            .nilIfEmpty
    }

    private static func section(_ heading: String, _ figures: [ReportFigure]) -> String? {
        guard !figures.isEmpty else { return nil }
        var parts = ["## \(heading)"]
        for map in figures {
            var text = "### \(MarkdownText.inline(map.title))\n\n![\(MarkdownText.inline(map.summary))](\(map.path))"
            if !map.notes.isEmpty {
                text += "\n\n" + map.notes.map { "_" + MarkdownText.inline($0) + "_" }.joined(separator: " ")
            }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n")
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
