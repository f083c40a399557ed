import Foundation

/// Checks every page of a built site and lists what is wrong, one line per problem.
///
/// A page must be well-formed (XHTML-compatible), `lang="en"`, with headings that start at one
/// `<h1>` and never skip a level, unique ids, metadata for sharing, alt text for images and
/// accessible names for maps, no script or event handler, no resource loaded from outside the
/// site, and every local link, image and id reference resolving.
enum SiteAudit {
    /// Elements a self-contained, script-free page never contains.
    static let forbiddenElements: Set<String> = [
        "script", "iframe", "object", "embed", "link", "base", "form", "foreignObject", "image", "audio", "video",
    ]

    /// Attributes whose value a browser follows or loads.
    static let urlAttributes: Set<String> = [
        "href", "src", "xlink:href", "srcset", "action", "formaction", "data", "poster", "background", "cite",
        "longdesc", "usemap", "manifest", "ping", "xml:base",
    ]

    /// Every problem found, sorted by page.
    static func problems(in site: [String: [UInt8]]) -> [String] {
        var problems: [String] = []
        var pages: [String: PageInspector] = [:]
        for path in site.keys.sorted() where path.hasSuffix(".html") {
            do {
                pages[path] = try PageInspector(String(decoding: site[path] ?? [], as: UTF8.self), path: path)
            } catch {
                problems.append("\(error)")
            }
        }
        for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
            problems += check(page, path: path, site: site, pages: pages).map { "\(path): \($0)" }
        }
        return problems
    }

    private static func check(
        _ page: PageInspector, path: String, site: [String: [UInt8]], pages: [String: PageInspector]
    ) -> [String] {
        var problems: [String] = []
        let ids = page.ids
        let idSet = Set(ids)
        if ids.count != idSet.count {
            let duplicates = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            problems.append("duplicate ids \(duplicates)")
        }
        if page.elements.first?.name != "html" || page.elements.first?.attributes["lang"] != "en" {
            problems.append("root is not <html lang=\"en\">")
        }
        let levels = page.headingLevels
        if levels.first != 1 || levels.filter({ $0 == 1 }).count != 1 {
            problems.append("headings must start with the only <h1>: \(levels)")
        }
        for (previous, next) in zip(levels, levels.dropFirst()) where next > previous + 1 {
            problems.append("heading level jumps from \(previous) to \(next)")
        }
        for key in ["description", "og:title", "og:description", "twitter:title", "twitter:description"]
        where (page.meta(key) ?? "").isEmpty {
            problems.append("missing <meta> \(key)")
        }
        if page.meta("twitter:card") != "summary" { problems.append("twitter:card is not summary") }
        if page.meta("viewport") == nil { problems.append("missing viewport") }
        if page.documentTitle.isEmpty { problems.append("empty <title>") }

        let css = page.styleSheets.joined(separator: "\n")
        for needle in ["@media print", "max-width"] where !css.contains(needle) {
            problems.append("stylesheet lacks \(needle)")
        }
        if css.lowercased().contains("@import") { problems.append("stylesheet imports another") }
        if !onlyFragmentURLs(css) { problems.append("stylesheet loads a url()") }

        for element in page.elements {
            let name = element.name
            if forbiddenElements.contains(name) { problems.append("<\(name)> element") }
            for (attribute, value) in element.attributes.sorted(by: { $0.key < $1.key }) {
                let lower = value.lowercased().filter { !$0.isWhitespace }
                if attribute.lowercased().hasPrefix("on") { problems.append("event handler \(attribute) on <\(name)>") }
                if urlAttributes.contains(attribute.lowercased()) {
                    if lower.contains("javascript:") || lower.contains("vbscript:") || lower.hasPrefix("data:") {
                        problems.append("script or data URL in \(attribute) of <\(name)>")
                    }
                    if (attribute != "href" || name != "a") && (lower.contains("http:") || lower.contains("https:")) {
                        problems.append("external resource in \(attribute) of <\(name)>: \(value)")
                    }
                }
                if !onlyFragmentURLs(lower) { problems.append("url() to outside in \(attribute) of <\(name)>") }
                for reference in fragmentReferences(attribute: attribute, value: value) where !idSet.contains(reference)
                {
                    problems.append("\(attribute) of <\(name)> refers to missing id '\(reference)'")
                }
            }
            if name == "img", (element.attributes["alt"] ?? "").isEmpty { problems.append("<img> without alt text") }
            if name == "svg", element.attributes["role"] == "img", element.attributes["aria-labelledby"] == nil {
                problems.append("map without aria-labelledby")
            }
            for attribute in ["href", "src"] {
                guard let value = element.attributes[attribute] else { continue }
                if let problem = checkLink(value, from: path, site: site, pages: pages, ids: idSet, element: name) {
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// Whether every `url(` is followed by `#`.
    private static func onlyFragmentURLs(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace && $0 != "'" && $0 != "\"" }.lowercased()
        var rest = Substring(compact)
        while let range = rest.range(of: "url(") {
            rest = rest[range.upperBound...]
            if rest.first != "#" { return false }
        }
        return true
    }

    /// Ids an attribute refers to: `url(#id)`, `href="#id"` in SVG, `aria-labelledby`.
    private static func fragmentReferences(attribute: String, value: String) -> [String] {
        if attribute.hasPrefix("aria-") && (attribute.hasSuffix("labelledby") || attribute.hasSuffix("describedby")) {
            return value.split(separator: " ").map(String.init)
        }
        var references: [String] = []
        var rest = Substring(value)
        while let range = rest.range(of: "url(#") {
            rest = rest[range.upperBound...]
            references.append(String(rest.prefix { $0 != ")" }))
        }
        return references
    }

    /// A problem with a local link, or nil when it resolves (external `<a>` links are fine).
    private static func checkLink(
        _ value: String, from page: String, site: [String: [UInt8]], pages: [String: PageInspector],
        ids: Set<String>, element: String
    ) -> String? {
        if value.hasPrefix("#") {
            let id = String(value.dropFirst()).removingPercentEncoding ?? ""
            return ids.contains(id) ? nil : "link to missing id \(value)"
        }
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
            return element == "a" ? nil : "<\(element)> loads \(value)"
        }
        if value.contains(":") || value.hasPrefix("/") { return "<\(element)> has a non-relative URL \(value)" }
        let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let decoded = String(parts[0]).removingPercentEncoding else { return "bad escape in \(value)" }
        var segments = page.split(separator: "/").dropLast().map(String.init)
        for segment in decoded.split(separator: "/") {
            if segment == ".." {
                if segments.isEmpty { return "\(value) leaves the site" }
                segments.removeLast()
            } else if segment != "." {
                segments.append(String(segment))
            }
        }
        let target = segments.joined(separator: "/")
        guard site[target] != nil else { return "link \(value) does not resolve (\(target))" }
        if parts.count == 2, let targetPage = pages[target] {
            let id = String(parts[1]).removingPercentEncoding ?? ""
            if !targetPage.ids.contains(id) { return "link \(value) names a missing id" }
        }
        return nil
    }
}
