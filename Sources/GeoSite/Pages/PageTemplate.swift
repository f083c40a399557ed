import GeoModel

/// The frame every page shares: document head with metadata, site header, main content and
/// footer.
///
/// The head carries the page title and description three ways — `<meta name="description">`,
/// Open Graph (`og:title`, `og:description`) and a Twitter `summary` card — a restrictive
/// Content-Security-Policy (no scripts, nothing loaded from anywhere but the site itself), and
/// the stylesheet inline, so a page is complete on its own and works from `file://`.
struct PageTemplate {
    /// Open Graph `og:type`.
    enum Kind: String {
        case website, article
    }

    /// The page title (`<title>` adds the site title after it, unless they are the same).
    var title: String
    /// One or two sentences about the page.
    var description: String
    /// `website` for the gallery, `article` for a report.
    var kind: Kind
    /// The site's title.
    var siteTitle: String
    /// The href of the gallery from this page, or nil on the gallery itself.
    var homeHref: String?
    /// The main content.
    var content: [MarkupNode]
    /// The class of `<main>` (its width).
    var mainClass: String
    /// The footer's text.
    var footer: String

    /// The Content-Security-Policy of every page: nothing runs, nothing is fetched from elsewhere.
    static let contentSecurityPolicy =
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

    /// The complete HTML document.
    var html: String {
        let fullTitle = title == siteTitle ? title : "\(title) – \(siteTitle)"
        var head: [String] = [
            "<meta charset=\"utf-8\"/>",
            meta("name", "viewport", "width=device-width, initial-scale=1"),
            meta("http-equiv", "Content-Security-Policy", Self.contentSecurityPolicy),
            "<title>" + CharacterReferences.escapeText(fullTitle) + "</title>",
            meta("name", "description", description),
            meta("name", "generator", "geo-ai"),
            meta("property", "og:type", kind.rawValue),
            meta("property", "og:site_name", siteTitle),
            meta("property", "og:title", title),
            meta("property", "og:description", description),
            meta("name", "twitter:card", "summary"),
            meta("name", "twitter:title", title),
            meta("name", "twitter:description", description),
        ]
        head.append("<style>\n" + SiteStylesheet.css + "</style>")

        var navigation: [MarkupNode] = []
        if let homeHref {
            navigation = [
                .element(MarkupElement("a", attributes: [("href", homeHref)], children: [.text(siteTitle)])),
                .text(" "),
                .element(MarkupElement("span", attributes: [("aria-hidden", "true")], children: [.text("›")])),
                .text(" "),
                .element(MarkupElement("span", attributes: [("aria-current", "page")], children: [.text(title)])),
            ]
        } else {
            navigation = [
                .element(MarkupElement("span", attributes: [("aria-current", "page")], children: [.text(siteTitle)]))
            ]
        }
        let body: [MarkupNode] = [
            .element(
                MarkupElement(
                    "a", attributes: [("class", "skip-link"), ("href", "#content")],
                    children: [.text("Skip to content")])),
            .text("\n"),
            .element(
                MarkupElement(
                    "header", attributes: [("class", "site-header")],
                    children: [
                        .element(MarkupElement("nav", attributes: [("aria-label", "Site")], children: navigation))
                    ])),
            .element(
                MarkupElement(
                    "main", attributes: [("id", "content"), ("class", mainClass)], children: [.text("\n")] + content)),
            .element(
                MarkupElement(
                    "footer", attributes: [("class", "site-footer")],
                    children: [
                        .element(MarkupElement("p", children: [.text(footer)]))
                    ])),
        ]
        return "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            + head.joined(separator: "\n") + "\n</head>\n<body>\n" + MarkupSerializer.html(body) + "</body>\n</html>\n"
    }

    private func meta(_ key: String, _ name: String, _ content: String) -> String {
        MarkupSerializer.startTag(
            MarkupElement("meta", attributes: [(key, name), ("content", content)]), selfClosing: true)
    }
}
