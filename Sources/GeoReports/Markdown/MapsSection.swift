import GeoModel

/// "Maps" and "Charts": each figure as an image with its summary as alt text; and, in the
/// appendix, what could not be drawn as a shape.
enum MapsSection {
    static func markdown(_ input: ReportInput) -> String? {
        [section("Maps", input.maps), section("Charts", input.charts)].compactMap { $0 }.joined(separator: "\n\n")
            .nilIfEmpty
    }

    /// "Drawn as dots": each figure's notes under its title, or `nil` when no figure has any.
    static func notes(_ input: ReportInput) -> String? {
        let noted = (input.maps + input.charts).filter { !$0.notes.isEmpty }
        guard !noted.isEmpty else { return nil }
        var parts = ["## Economies drawn as dots"]
        for figure in noted {
            parts.append(
                "**\(MarkdownText.inline(figure.title)).** "
                    + figure.notes.map { MarkdownText.inline($0) }.joined(separator: " "))
        }
        return parts.joined(separator: "\n\n")
    }

    private static func section(_ heading: String, _ figures: [ReportFigure]) -> String? {
        guard !figures.isEmpty else { return nil }
        var parts = ["## \(heading)"]
        for map in figures {
            parts.append("### \(MarkdownText.inline(map.title))\n\n![\(MarkdownText.inline(map.summary))](\(map.path))")
        }
        return parts.joined(separator: "\n\n")
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
