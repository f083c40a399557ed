/// Keeps the drawing parts of an SVG and removes anything that could run code or load a
/// resource: scripts, `foreignObject`, `<image>`, animation, event-handler attributes, links
/// other than `#fragment` references, and `url(…)` values other than `url(#id)`.
///
/// ```swift
/// var sanitizer = SVGSanitizer()
/// let clean = sanitizer.sanitize(svg)   // <script> and onload="…" gone
/// sanitizer.removedUnsafeContent        // true
/// ```
///
/// Editor metadata (`<metadata>`, `inkscape:*` elements) is dropped silently. A `<style>`
/// element is kept when it loads nothing, and noted in ``hasStyleSheet``: inlined in a page its
/// rules would apply to the whole page, so such maps are shown through `<img>` instead.
struct SVGSanitizer {
    /// Whether anything that can run code or load a resource was removed.
    private(set) var removedUnsafeContent = false
    /// Whether a (safe) `<style>` element was kept.
    private(set) var hasStyleSheet = false

    /// SVG elements that are kept.
    static let allowedElements: Set<String> = [
        "svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath", "pattern", "linearGradient", "radialGradient", "stop", "clipPath", "mask",
        "marker", "symbol", "use", "filter", "feGaussianBlur", "feOffset", "feMerge", "feMergeNode", "feFlood",
        "feComposite", "feColorMatrix", "feBlend", "feMorphology", "feDropShadow", "style",
    ]

    /// Elements dropped without counting as unsafe: metadata that does not draw.
    static let ignoredElements: Set<String> = ["metadata"]

    /// Attributes that load or navigate; kept only as `#fragment` references (`href`).
    static let referenceAttributes: Set<String> = ["href", "xlink:href"]

    /// Attributes never kept.
    static let forbiddenAttributes: Set<String> = [
        "xml:base", "src", "srcset", "action", "formaction", "data", "background", "ping",
    ]

    /// Creates a sanitizer with nothing removed yet.
    init() {}

    /// The root element with unsafe descendants and attributes removed.
    ///
    /// Names are resolved by namespace: elements outside the SVG namespace are dropped, XLink
    /// attributes are written `xlink:…` whatever prefix they had, attributes in any other
    /// namespace are dropped, and the root declares exactly the namespaces the result uses.
    mutating func sanitize(_ root: MarkupElement) -> MarkupElement {
        let scope = NamespaceScope.document.entering(root)
        var result = sanitize(root, named: scope.element(root.name).local, in: scope)
        result.attributes.insert(MarkupAttribute("xmlns", NamespaceScope.svg), at: 0)
        if Self.usesXLink(result) {
            result.attributes.insert(MarkupAttribute("xmlns:xlink", NamespaceScope.xlink), at: 1)
        }
        return result
    }

    /// An element known to be allowed, renamed to its local name, with its attributes and
    /// children cleaned in `scope` (the scope inside it).
    private mutating func sanitize(_ element: MarkupElement, named name: String, in scope: NamespaceScope)
        -> MarkupElement
    {
        var result = MarkupElement(name, [MarkupAttribute](), children: [])
        result.attributes = resolvedAttributes(of: element, in: scope).filter { isSafe($0) }
        if name == "style" {
            result.children = [.text(element.textContent)]
            return result
        }
        result.children = sanitize(children: element.children, in: scope)
        return result
    }

    private mutating func sanitize(children: [MarkupNode], in outer: NamespaceScope) -> [MarkupNode] {
        var result: [MarkupNode] = []
        for child in children {
            guard case .element(let element) = child else {
                result.append(child)
                continue
            }
            let scope = outer.entering(element)
            let name = scope.element(element.name)
            guard name.namespace == NamespaceScope.svg else {
                // Another vocabulary: editor metadata under a prefix is dropped quietly; an
                // unprefixed element moved out of SVG by a default namespace is not innocent.
                if !element.name.contains(":") { removedUnsafeContent = true }
                continue
            }
            if name.local == "a" {
                // Links inside a map are not followed: keep the drawing, drop the link.
                let attributes = resolvedAttributes(of: element, in: scope)
                if let href = attributes.first(where: { Self.referenceAttributes.contains($0.name) })?.value,
                    !Self.isSafeLinkInMap(href)
                {
                    removedUnsafeContent = true
                }
                result += sanitize(children: element.children, in: scope)
                continue
            }
            if name.local == "style" {
                guard Self.isSafeStyleSheet(element.textContent) else {
                    removedUnsafeContent = true
                    continue
                }
                hasStyleSheet = true
                result.append(.element(sanitize(element, named: name.local, in: scope)))
                continue
            }
            guard Self.allowedElements.contains(name.local) else {
                if !Self.ignoredElements.contains(name.local) { removedUnsafeContent = true }
                continue
            }
            let clean = sanitize(element, named: name.local, in: scope)
            // A <use> whose reference went outside the map has nothing left to draw.
            if clean.name == "use" && clean.attribute("href") == nil && clean.attribute("xlink:href") == nil {
                continue
            }
            result.append(.element(clean))
        }
        return result
    }

    /// The element's attributes by namespace: declarations dropped (the root re-declares what
    /// it needs), XLink and XML attributes under their usual prefixes, no-namespace attributes as
    /// they are; an attribute in any other namespace is dropped, and counts as unsafe when it
    /// would be a link or a handler in its own vocabulary.
    private mutating func resolvedAttributes(of element: MarkupElement, in scope: NamespaceScope)
        -> [MarkupAttribute]
    {
        var result: [MarkupAttribute] = []
        for attribute in element.attributes where !NamespaceScope.isDeclaration(attribute) {
            // A name no XML parser accepts (`0`, `a"b`) would make the written file malformed.
            guard Self.isXMLName(attribute.name) else { continue }
            let name = scope.attribute(attribute.name)
            switch name.namespace {
            case nil: result.append(attribute)
            case NamespaceScope.xlink?: result.append(MarkupAttribute("xlink:" + name.local, attribute.value))
            case NamespaceScope.xml?: result.append(MarkupAttribute("xml:" + name.local, attribute.value))
            default:
                let local = name.local.lowercased()
                if Self.isHandlerName(local) || local.hasSuffix("href") || Self.forbiddenAttributes.contains(local) {
                    removedUnsafeContent = true
                }
            }
        }
        return result
    }

    /// Whether `name` is an XML name: a letter or `_` first, then letters, digits, `-`, `.`, `_`,
    /// with at most one `:` between two non-empty parts.
    static func isXMLName(_ name: String) -> Bool {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { part in
            guard let first = part.first, first.isLetter || first == "_" else { return false }
            return part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
        }
    }

    /// Whether a lower-case attribute name starts with `on`, as an event handler's does.
    ///
    /// By code point, as browsers read names: with a combining mark after the `n` (`on\u{6E3}`,
    /// found by fuzzing), `hasPrefix("on")` is false, because the `n` and the mark are one
    /// `Character`.
    static func isHandlerName(_ name: String) -> Bool {
        name.unicodeScalars.starts(with: "on".unicodeScalars)
    }

    /// Whether any element of the result carries an `xlink:` attribute.
    private static func usesXLink(_ element: MarkupElement) -> Bool {
        if element.attributes.contains(where: { $0.name.hasPrefix("xlink:") }) { return true }
        for case .element(let child) in element.children where usesXLink(child) { return true }
        return false
    }

    private mutating func isSafe(_ attribute: MarkupAttribute) -> Bool {
        let name = attribute.name.lowercased()
        let value = attribute.value
        let compact = String(value.lowercased().unicodeScalars.filter { $0.value > 0x20 })
        let isSafe: Bool
        if Self.isHandlerName(name) || Self.forbiddenAttributes.contains(name) {
            isSafe = false
        } else if Self.referenceAttributes.contains(name) {
            isSafe = SiteLinker.normalized(value).hasPrefix("#")
        } else if compact.contains("javascript:") || compact.contains("vbscript:") {
            isSafe = false
        } else if name == "style" {
            isSafe = Self.isSafeStyleSheet(value)
        } else {
            isSafe = Self.referencesOnlyFragments(compact)
        }
        if !isSafe { removedUnsafeContent = true }
        return isSafe
    }

    /// Whether CSS text loads nothing: no `@import`, no escapes, `url()` only to `#fragments`.
    static func isSafeStyleSheet(_ css: String) -> Bool {
        let compact = String(css.lowercased().unicodeScalars.filter { $0.value > 0x20 })
        if compact.contains("@import") || compact.contains("\\") || compact.contains("expression(")
            || compact.contains("javascript:") || compact.contains("behavior:") || compact.contains("-moz-binding")
        {
            return false
        }
        return referencesOnlyFragments(compact)
    }

    /// Whether every `url(` in a whitespace-free, lowercased value is followed by `#`.
    static func referencesOnlyFragments(_ compact: String) -> Bool {
        var rest = Substring(compact)
        while let range = rest.firstRange(of: "url(") {
            let after = rest[range.upperBound...].drop { $0 == "'" || $0 == "\"" }
            guard after.first == "#" else { return false }
            rest = after
        }
        return true
    }

    /// Whether a link inside a map points somewhere a page may link to.
    private static func isSafeLinkInMap(_ href: String) -> Bool {
        let url = SiteLinker.normalized(href)
        if url.hasPrefix("#") { return true }
        return SiteLinker.scheme(of: url).map { SiteLinker.allowedSchemes.contains($0) } ?? true
    }
}
