import GeoModel

/// "Maps": each map as an image with its summary as alt text, and what could not be drawn as a shape.
enum MapsSection {
    static func markdown(_ input: ReportInput) -> String? {
        guard !input.maps.isEmpty else { return nil }
        var parts = ["## Maps"]
        for map in input.maps {
            var text = "### \(MarkdownText.inline(map.title))\n\n![\(MarkdownText.inline(map.summary))](\(map.path))"
            if !map.notes.isEmpty { text += "\n\n" + map.notes.map { "_" + MarkdownText.inline($0) + "_" }.joined(separator: " ") }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n")
    }
}
