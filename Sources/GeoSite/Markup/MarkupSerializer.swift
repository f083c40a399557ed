import GeoModel

/// Writes node trees as markup that is both valid HTML and well-formed XML (XHTML-compatible).
///
/// HTML void elements are written `<br/>`; other HTML elements always get an end tag
/// (`<p></p>`, never `<p/>`, which HTML reads as an open tag). Inside `<svg>` empty elements
/// self-close. Attributes keep their order, so output is byte-stable.
///
/// ```swift
/// MarkupSerializer.html([.element(MarkupElement("p", children: [.text("a < b")]))])
/// // "<p>a &lt; b</p>\n"
/// ```
enum MarkupSerializer {
    /// HTML elements after whose end tag a newline is written, to keep the source readable.
    static let blockElements: Set<String> = [
        "article", "blockquote", "div", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "ul",
        "svg", "dl", "dt", "dd",
    ]

    /// Serialises nodes in the HTML namespace (switching to SVG rules inside `<svg>`).
    static func html(_ nodes: [MarkupNode]) -> String {
        var output = ""
        for node in nodes { write(node, isForeign: false, into: &output) }
        return output
    }

    /// Serialises nodes as XML: every empty element self-closes.
    static func xml(_ nodes: [MarkupNode]) -> String {
        var output = ""
        for node in nodes { write(node, isForeign: true, into: &output) }
        return output
    }

    /// The start tag of an element (without children or end tag).
    static func startTag(_ element: MarkupElement, selfClosing: Bool = false) -> String {
        var tag = "<" + element.name
        for attribute in element.attributes {
            tag += " " + attribute.name + "=\"" + CharacterReferences.escapeAttribute(attribute.value) + "\""
        }
        return tag + (selfClosing ? "/>" : ">")
    }

    private static func write(_ node: MarkupNode, isForeign: Bool, into output: inout String) {
        switch node {
        case .text(let text):
            output += CharacterReferences.escapeText(text)
        case .element(let element):
            let foreign = isForeign || element.name == "svg"
            if !foreign && MarkupTreeBuilder.voidElements.contains(element.name) {
                output += startTag(element, selfClosing: true)
                if element.name == "hr" { output += "\n" }
                return
            }
            var content = ""
            for child in element.children { write(child, isForeign: foreign, into: &content) }
            // Judged by what is written, not by the tree: text that escapes to nothing (control
            // characters) leaves the element empty, and it self-closes as on the next pass.
            if foreign && content.isEmpty {
                output += startTag(element, selfClosing: true)
                return
            }
            output += startTag(element) + content
            output += "</" + element.name + ">"
            if !isForeign && blockElements.contains(element.name) { output += "\n" }
        }
    }
}
