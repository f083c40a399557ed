import GeoModel

/// One map of a report: its SVG, sanitised, with the title and summary the site shows.
///
/// ```swift
/// let map = try MapDocument(bytes: svgBytes, path: "Reports/deepseek/maps/share.svg")
/// map.title    // "DeepSeek market share, 2025-H2"  (the root <title>)
/// map.summary  // "Choropleth world map, Equal Earth projection. …"  (the root <desc>)
/// let svg = map.inlined(idPrefix: "deepseek-share")   // ids now "deepseek-share-…"
/// ```
struct MapDocument: Sendable {
    /// The sanitised root `<svg>` element.
    let root: MarkupElement
    /// The root `<title>`, whitespace collapsed, if present and not empty.
    let title: String?
    /// The root `<desc>`, whitespace collapsed, if present and not empty.
    let summary: String?
    /// Whether the map carries a `<style>` element (shown through `<img>`, never inlined).
    let hasStyleSheet: Bool
    /// Whether scripts, event handlers or external references were removed.
    let hadUnsafeContent: Bool
    /// The size of the source file.
    let byteCount: Int

    /// Maps larger than this are shown through `<img>` rather than inlined.
    static let maximumInlineBytes = 2_000_000

    /// Parses and sanitises an SVG file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents (UTF-8, optionally with a byte-order mark).
    ///   - path: The file's path, for error messages.
    /// - Throws: `GeoError` with code `.dataError` when the bytes are not UTF-8 or the root
    ///   element is not `<svg>`.
    init(bytes: [UInt8], path: String) throws(GeoError) {
        let text = try SiteText.decodeUTF8(bytes, path: path, what: "SVG map")
        let nodes = MarkupTreeBuilder.parse(text, dialect: .xml)
        var rootElement: MarkupElement? = nil
        for case .element(let element) in nodes {
            rootElement = element
            break
        }
        guard let rootElement, rootElement.name == "svg" else {
            let found = rootElement.map { "its root element is <\($0.name)>" } ?? "it has no elements"
            throw GeoError(
                .dataError, "\(path) is not an SVG image: \(found)", at: SourceLocation(path: path),
                hint: "Maps under maps/ must be SVG documents; run `geo-ai build` to regenerate them.")
        }
        var sanitizer = SVGSanitizer()
        root = sanitizer.sanitize(rootElement)
        hasStyleSheet = sanitizer.hasStyleSheet
        hadUnsafeContent = sanitizer.removedUnsafeContent
        byteCount = bytes.count
        title = root.firstChild(named: "title").map { MarkupNode.collapsingWhitespace($0.textContent) }
            .flatMap { $0.isEmpty ? nil : $0 }
        summary = root.firstChild(named: "desc").map { MarkupNode.collapsingWhitespace($0.textContent) }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the map can be placed in a page as inline SVG (its tooltips then work).
    var isInlinable: Bool { !hasStyleSheet && byteCount <= Self.maximumInlineBytes }

    /// The sanitised map as a standalone SVG file.
    var standaloneText: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + MarkupSerializer.xml([.element(root)]) + "\n"
    }

    /// The root element ready to inline: every id and every reference to one (`url(#…)`,
    /// `href="#…"`, `aria-labelledby`, …) prefixed with `idPrefix-`, and a `viewBox` so it
    /// scales with the page.
    func inlined(idPrefix: String) -> MarkupElement {
        var element = Self.prefixingIdentifiers(root, prefix: idPrefix + "-")
        if element.attribute("viewBox") == nil, let width = element.attribute("width").flatMap(Self.pixels),
            let height = element.attribute("height").flatMap(Self.pixels)
        {
            element.setAttribute("viewBox", "0 0 \(width) \(height)")
        }
        if element.attribute("role") == nil { element.setAttribute("role", "img") }
        return element
    }

    /// Attributes whose value is a whitespace-separated list of ids.
    static let identifierListAttributes: Set<String> = [
        "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-flowto", "aria-details",
        "aria-activedescendant", "aria-errormessage",
    ]

    private static func prefixingIdentifiers(_ element: MarkupElement, prefix: String) -> MarkupElement {
        var result = element
        result.attributes = element.attributes.map { attribute in
            var attribute = attribute
            let name = attribute.name
            if name == "id" {
                attribute.value = prefix + attribute.value
            } else if SVGSanitizer.referenceAttributes.contains(name) {
                let target = SiteLinker.normalized(attribute.value).dropFirst()
                attribute.value = "#" + prefix + target
            } else if identifierListAttributes.contains(name) {
                attribute.value = attribute.value.split(whereSeparator: { $0.isWhitespace })
                    .map { prefix + $0 }.joined(separator: " ")
            } else if attribute.value.contains("url(") {
                attribute.value = prefixingURLReferences(attribute.value, prefix: prefix)
            }
            return attribute
        }
        result.children = element.children.map { child in
            guard case .element(let childElement) = child else { return child }
            return .element(prefixingIdentifiers(childElement, prefix: prefix))
        }
        return result
    }

    /// `url(#a)`, `url('#a')` and `url( "#a" )` with the prefix inserted after `#`.
    static func prefixingURLReferences(_ value: String, prefix: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let range = rest.firstRange(of: "url(") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let opening = rest.prefix { $0 == " " || $0 == "'" || $0 == "\"" }
            result += opening
            rest = rest.dropFirst(opening.count)
            if rest.first == "#" {
                result += "#" + prefix
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// A length in user units ("960", "960px"), if it is a plain number.
    private static func pixels(_ value: String) -> String? {
        let number = value.hasSuffix("px") ? String(value.dropLast(2)) : value
        guard let parsed = Double(number), parsed > 0 else { return nil }
        return number
    }
}
