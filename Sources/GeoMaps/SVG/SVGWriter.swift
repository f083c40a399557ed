import GeoModel

/// Builds SVG text element by element, escaping every attribute value and text node.
///
/// Attributes are written in the order given, so output is byte-stable.
struct SVGWriter {
    private(set) var text = ""

    /// Starts a standalone, accessible document: the XML declaration and an `<svg role="img">`
    /// of the given size, labelled by the `<title>` and `<desc>` that follow it (ids
    /// `<prefix>-title` and `<prefix>-desc`). Maps and charts both begin this way.
    mutating func openDocument(width: Double, height: Double, prefix: String, title: String, description: String) {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        let widthText = Self.pixels(width)
        let heightText = Self.pixels(height)
        open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", widthText), ("height", heightText),
                ("viewBox", "0 0 \(widthText) \(heightText)"), ("role", "img"),
                ("aria-labelledby", "\(prefix)-title \(prefix)-desc"), ("font-family", MapStyle.fontFamily),
            ])
        raw("\n")
        element("title", [("id", "\(prefix)-title")], text: title)
        element("desc", [("id", "\(prefix)-desc")], text: description)
    }

    /// One line of heading or note text at the left margin: a title (`isBold`), subtitle or source line.
    mutating func marginText(_ line: String, baseline: Double, size: String, isBold: Bool = false, fill: String) {
        var attributes = [("x", Self.pixels(MapStyle.sideMargin)), ("y", Self.pixels(baseline)), ("font-size", size)]
        if isBold { attributes.append(("font-weight", "bold")) }
        attributes.append(("fill", fill))
        element("text", attributes, text: line)
    }

    /// Opens an element: `<name a="1">`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<"
        text += name
        append(attributes)
        text += ">"
    }

    /// Closes an element: `</name>`, then a newline when `newline` is true.
    mutating func close(_ name: String, newline: Bool = true) {
        text += "</" + name + ">" + (newline ? "\n" : "")
    }

    /// An empty element: `<name a="1"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = [], newline: Bool = true) {
        text += "<"
        text += name
        append(attributes)
        text += newline ? "/>\n" : "/>"
    }

    /// An element with escaped text content: `<name>text</name>`.
    mutating func element(
        _ name: String, _ attributes: [(String, String)] = [], text content: String, newline: Bool = true
    ) {
        text += "<"
        text += name
        append(attributes)
        text += ">"
        text += XMLText.escaped(content)
        text += "</"
        text += name
        text += newline ? ">\n" : ">"
    }

    /// Raw, already valid markup.
    mutating func raw(_ markup: String) {
        text += markup
    }

    /// Writes ` name="value"` for each attribute, escaped, straight into the text (path data
    /// runs to kilobytes: it is copied once).
    private mutating func append(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            text += " "
            text += name
            text += "=\""
            text += XMLText.escaped(value)
            text += "\""
        }
    }

    /// A pixel coordinate with at most one decimal ("12.5", "3").
    static func pixels(_ value: Double) -> String { NumberText.trimmed(value, maxDecimals: 1) }
}
