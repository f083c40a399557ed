import Ink

/// A report's Markdown rendered to HTML with Ink and reduced to a known-safe set of elements.
///
/// ```swift
/// ReportHTML.render("# Title\n\nText with <script>alert(1)</script> and [x](javascript:alert(1))")
/// // h1 "Title"; p "Text with <script>alert(1)</script> and " + a[href="javascript:alert(1)"] "x"
/// ```
///
/// Raw HTML in the Markdown comes out as visible text (``MarkdownNeutralizer``). From Ink's
/// output only the elements Markdown produces are kept (paragraphs, headings, lists, tables,
/// code, emphasis, links, images, rules); only `href`, `src`, `alt`, list `start`, cell
/// alignment and code language classes survive as attributes. Link and image destinations are
/// checked later, per page, by ``SiteLinker``.
enum ReportHTML {
    /// Elements kept, with the attributes each may carry.
    static let allowedElements: [String: Set<String>] = [
        "p": [], "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "a": ["href"], "img": ["src", "alt"],
        "em": [], "strong": [], "del": [], "s": [], "code": ["class"], "pre": [], "ul": [], "ol": ["start"],
        "li": [], "table": [], "thead": [], "tbody": [], "tr": [], "th": ["align"], "td": ["align"],
        "blockquote": [], "hr": [], "br": [],
    ]

    /// Elements removed together with their content; any other unknown element is unwrapped.
    static let droppedElements: Set<String> = [
        "applet", "audio", "button", "canvas", "embed", "frame", "frameset", "head", "iframe", "map", "math",
        "noembed", "noframes", "noscript", "object", "plaintext", "script", "select", "style", "svg", "template",
        "textarea", "title", "video", "xmp",
    ]

    /// Renders Markdown to a sanitised node tree.
    static func render(_ markdown: String) -> [MarkupNode] {
        let ink = MarkdownParser().html(from: MarkdownNeutralizer.neutralize(markdown))
        return sanitize(MarkupTreeBuilder.parse(MarkdownNeutralizer.restore(ink), dialect: .html))
    }

    /// Keeps allowed elements and attributes, unwraps unknown elements, drops dangerous ones.
    static func sanitize(_ nodes: [MarkupNode]) -> [MarkupNode] {
        var result: [MarkupNode] = []
        for node in nodes {
            guard case .element(var element) = node else {
                result.append(node)
                continue
            }
            if droppedElements.contains(element.name) { continue }
            let children = sanitize(element.children)
            guard let allowed = allowedElements[element.name] else {
                result += children
                continue
            }
            element.children = children
            element.attributes = element.attributes.compactMap { attribute in
                let name = attribute.name.lowercased()
                guard allowed.contains(name) else { return nil }
                return cleaned(MarkupAttribute(name, attribute.value), on: element.name)
            }
            result.append(.element(element))
        }
        return result
    }

    /// An allowed attribute in its final form, or nil when its value is not acceptable.
    private static func cleaned(_ attribute: MarkupAttribute, on element: String) -> MarkupAttribute? {
        switch attribute.name {
        case "start":
            guard !attribute.value.isEmpty, attribute.value.count < 10, attribute.value.allSatisfy(\.isASCIIDigit)
            else { return nil }
            return attribute
        case "align":
            let value = attribute.value.lowercased()
            guard ["left", "center", "right"].contains(value) else { return nil }
            return MarkupAttribute("class", "align-" + value)
        case "class":
            let value = attribute.value
            guard element == "code", value.hasPrefix("language-"), value.count < 40,
                value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_+#.".contains($0)) })
            else { return nil }
            return attribute
        default:
            return attribute
        }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
