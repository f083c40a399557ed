import GeoModel

/// The fixed visual choices of a map: fonts, sizes, colours and patterns.
enum MapStyle {
    static let fontFamily = "Helvetica, Arial, sans-serif"
    static let textColor = "#1a1a1a"
    static let secondaryTextColor = "#555555"
    static let sideMargin = 16.0
    static let mapMargin = 8.0

    static let titleSize = 20.0
    static let titleLineHeight = 24.0
    static let subtitleSize = 14.0
    static let subtitleLineHeight = 18.0
    static let legendSize = 12.0
    static let sourceSize = 11.0
    static let sourceLineHeight = 14.0

    static let borderColor = "#9a9a9a"
    static let borderWidth = "0.35"
    /// Borders of a coarser layer drawn over the areas (state borders on a county map).
    static let outlineColor = "#404040"
    /// Their width: heavier than the areas' own borders, so states stand out.
    static let outlineWidth = "0.7"
    static let dotRadius = 3.0
    static let dotStroke = "#4d4d4d"
    static let insufficientFill = "#e3e3e3"
    static let overlayColor = "#111111"

    /// The `<pattern>` elements: the "no data" hatch and one hatch per hatched overlay.
    static func patterns(prefix: String, overlays: [FlagOverlay]) -> String {
        var writer = SVGWriter()
        writer.open("defs")
        writer.raw("\n")
        writer.open(
            "pattern",
            [
                ("id", "\(prefix)-nodata"), ("width", "4"), ("height", "4"), ("patternUnits", "userSpaceOnUse"),
                ("patternTransform", "rotate(45)"),
            ])
        writer.empty("rect", [("width", "4"), ("height", "4"), ("fill", "#f4f4f4")], newline: false)
        writer.empty("path", [("d", "M0 2h4"), ("stroke", "#bdbdbd"), ("stroke-width", "1.3")], newline: false)
        writer.close("pattern")
        for (index, overlay) in overlays.enumerated() where overlay.style == .hatch {
            let angle = [-45, 0, 90, 45][index % 4]
            writer.open(
                "pattern",
                [
                    ("id", overlayPatternID(prefix: prefix, overlay: overlay, index: index)), ("width", "6"),
                    ("height", "6"),
                    ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(\(angle))"),
                ])
            writer.empty(
                "path", [("d", "M0 3h6"), ("stroke", "#ffffff"), ("stroke-width", "2.2"), ("stroke-opacity", "0.8")],
                newline: false)
            writer.empty("path", [("d", "M0 3h6"), ("stroke", overlayColor), ("stroke-width", "1")], newline: false)
            writer.close("pattern")
        }
        writer.close("defs")
        return writer.text
    }

    /// The id of a hatched overlay's pattern.
    static func overlayPatternID(prefix: String, overlay: FlagOverlay, index: Int) -> String {
        "\(prefix)-flag\(index)-\(XMLText.identifier(overlay.id))"
    }

    /// Presentation attributes of an overlay's group (also used for its legend swatch).
    static func overlayAttributes(prefix: String, overlay: FlagOverlay, index: Int) -> [(String, String)] {
        switch overlay.style {
        case .outline:
            let dashes = ["", "4 2", "1.5 1.5", "6 2 1.5 2"][index % 4]
            var attributes = [
                ("fill", "none"), ("stroke", overlayColor), ("stroke-width", "0.9"), ("stroke-linejoin", "round"),
            ]
            if !dashes.isEmpty { attributes.append(("stroke-dasharray", dashes)) }
            return attributes
        case .hatch:
            return [
                ("fill", "url(#\(overlayPatternID(prefix: prefix, overlay: overlay, index: index)))"),
                ("fill-rule", "evenodd"),
                ("stroke", "none"),
            ]
        }
    }
}
