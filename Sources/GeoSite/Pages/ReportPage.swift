/// One report's page: its README rendered with Ink, made safe, linked into the site, with its
/// maps inlined, followed by a list of the report's files.
///
/// What the page does to the rendered Markdown:
/// - an image of a map (`![…](maps/share.svg)`) becomes a `<figure>` with the SVG inlined (ids
///   prefixed per map, so several maps share a page) and the map's summary as caption;
/// - links resolve against the site (``SiteLinker``): `data/x.csv` to the copied file,
///   `README.md` of any report to its page, `http(s)` and `mailto` unchanged; any other
///   destination is removed and only its text kept;
/// - headings get GitHub-style ids and are renumbered so they never skip a level, with one
///   `<h1>` (the report's title, or the pipeline name when the README has none);
/// - tables are wrapped so they scroll sideways on a narrow screen.
struct ReportPage {
    /// The page's output path: `<pipeline>/index.html`.
    static func path(of pipeline: String) -> String { pipeline + "/index.html" }

    /// What the gallery needs to know about a rendered report.
    struct Rendered {
        /// The complete HTML document.
        let html: String
        /// The report's title (its first heading).
        let title: String
        /// The report's first paragraph, shortened.
        let description: String
        /// The figure id of each map shown on the page, by output path.
        let mapAnchors: [String: String]
        /// Output paths of the maps shown on the page, in order of first appearance.
        let mapOrder: [String]
    }

    private let pipeline: String
    private let site: SiteContents
    private let linker: SiteLinker
    private var ids = IdentifierAllocator(reserved: ["content", "files"])
    private var previousLevel = 0
    private var mapAnchors: [String: String] = [:]
    private var mapOrder: [String] = []

    private init(pipeline: String, site: SiteContents) {
        self.pipeline = pipeline
        self.site = site
        self.linker = SiteLinker(directory: pipeline, files: site.files)
    }

    /// Renders the page of one report.
    ///
    /// - Parameters:
    ///   - pipeline: The report's folder name.
    ///   - markdown: Its README.
    ///   - maps: Output paths of its maps, sorted.
    ///   - data: Output paths of its CSV files, sorted.
    ///   - site: The whole site, for links and maps.
    static func render(
        pipeline: String, markdown: String, maps: [String], data: [String], site: SiteContents
    ) -> Rendered {
        var page = ReportPage(pipeline: pipeline, site: site)
        var nodes = ReportHTML.render(markdown)
        let firstHeading = nodes.lazy.compactMap { node -> MarkupElement? in
            guard case .element(let element) = node, Self.headingLevel(element) != nil else { return nil }
            return element
        }.first
        var title = pipeline
        if let firstHeading, firstHeading.name == "h1" {
            let text = MarkupNode.collapsingWhitespace(firstHeading.textContent)
            if !text.isEmpty { title = text }
        } else {
            nodes.insert(.element(MarkupElement("h1", children: [.text(pipeline)])), at: 0)
        }
        var content = page.transform(nodes, isTopLevel: true)
        content += page.filesSection(maps: maps, data: data)
        let description = PageText.firstParagraph(of: content) ?? "Report \(title)."
        let template = PageTemplate(
            title: title, description: description, kind: .article, siteTitle: site.title,
            homeHref: page.linker.href(to: "index.html"), content: content, mainClass: "report",
            footer: "Published with geo-ai from Reports/\(pipeline)/README.md.")
        return Rendered(
            html: template.html, title: title, description: description, mapAnchors: page.mapAnchors,
            mapOrder: page.mapOrder)
    }

    private static func headingLevel(_ element: MarkupElement) -> Int? {
        guard element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()),
            (1...6).contains(level)
        else { return nil }
        return level
    }

    private mutating func transform(_ nodes: [MarkupNode], isTopLevel: Bool) -> [MarkupNode] {
        var result: [MarkupNode] = []
        for node in nodes {
            guard case .element(var element) = node else {
                result.append(node)
                continue
            }
            if let level = Self.headingLevel(element) {
                result.append(.element(heading(element, level: level)))
                continue
            }
            switch element.name {
            case "a":
                result += link(element)
            case "img":
                result += image(element, asFigure: isTopLevel)
            case "p" where isTopLevel && Self.soleImage(in: element) != nil:
                result += image(Self.soleImage(in: element) ?? element, asFigure: true)
            case "table":
                element.children = transform(element.children, isTopLevel: false)
                result.append(
                    .element(
                        MarkupElement("div", attributes: [("class", "table-scroll")], children: [.element(element)])))
            default:
                element.children = transform(element.children, isTopLevel: false)
                result.append(.element(element))
            }
        }
        return result
    }

    /// The image of a paragraph that contains nothing else.
    private static func soleImage(in paragraph: MarkupElement) -> MarkupElement? {
        var image: MarkupElement? = nil
        for child in paragraph.children {
            switch child {
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            case .element(let element) where element.name == "img" && image == nil: image = element
            default: return nil
            }
        }
        return image
    }

    private mutating func heading(_ element: MarkupElement, level: Int) -> MarkupElement {
        let normalized = previousLevel == 0 ? 1 : max(2, min(level, previousLevel + 1))
        previousLevel = normalized
        var result = MarkupElement("h\(normalized)", children: transform(element.children, isTopLevel: false))
        result.setAttribute("id", ids.unique(element.textContent))
        return result
    }

    private func link(_ element: MarkupElement) -> [MarkupNode] {
        var result = element
        result.children = element.children.flatMap { child -> [MarkupNode] in
            guard case .element(let inner) = child, inner.name == "a" else { return [child] }
            return inner.children  // a link inside a link: keep the text only
        }
        guard let raw = element.attribute("href"), let target = href(for: linker.destination(of: raw)) else {
            return result.children
        }
        result.attributes = [MarkupAttribute("href", target)]
        return [.element(result)]
    }

    /// The href for a destination, or nil when it is inert.
    private func href(for destination: LinkDestination) -> String? {
        switch destination {
        case .fragment(let id): "#" + SiteLinker.percentEncoded(id)
        case .external(let url): url
        case .local(let path, let fragment): linker.href(to: path, fragment: fragment)
        case .inert: nil
        }
    }

    private mutating func image(_ element: MarkupElement, asFigure: Bool) -> [MarkupNode] {
        let alt = MarkupNode.collapsingWhitespace(element.attribute("alt") ?? "")
        let destination = linker.destination(of: element.attribute("src") ?? "")
        if case .local(let path, _) = destination, let map = site.maps[path] {
            return [mapGraphic(map, path: path, alt: alt, asFigure: asFigure)]
        }
        // Anything else is not loaded: a link to it where that is allowed, else its text.
        let text = alt.isEmpty ? (element.attribute("src") ?? "") : alt
        switch destination {
        case .local(let path, _):
            return [anchor(linker.href(to: path), text: alt.isEmpty ? SiteContents.fileName(path) : alt)]
        case .external(let url):
            return [anchor(url, text: text)]
        case .fragment, .inert:
            return alt.isEmpty ? [] : [.text(alt)]
        }
    }

    private mutating func mapGraphic(_ map: MapDocument, path: String, alt: String, asFigure: Bool) -> MarkupNode {
        let figureID = ids.unique("map-" + SiteContents.stem(path))
        let graphic = MapGraphic.make(map, href: linker.href(to: path), idPrefix: figureID, fallbackAlt: alt)
        guard asFigure else {
            return .element(MarkupElement("span", attributes: [("class", "map-frame")], children: [graphic]))
        }
        if mapAnchors[path] == nil {
            mapAnchors[path] = figureID
            mapOrder.append(path)
        }
        var caption: [MarkupNode] = []
        if let summary = map.summary ?? (alt.isEmpty ? nil : alt) { caption += [.text(summary + " ")] }
        caption.append(anchor(linker.href(to: path), text: "Open the SVG"))
        return .element(
            MarkupElement(
                "figure", attributes: [("class", "map"), ("id", figureID)],
                children: [
                    .element(MarkupElement("div", attributes: [("class", "map-frame")], children: [graphic])),
                    .element(MarkupElement("figcaption", children: caption)),
                ]))
    }

    private func anchor(_ href: String, text: String) -> MarkupNode {
        .element(MarkupElement("a", attributes: [("href", href)], children: [.text(text)]))
    }

    /// "Files": every map and data file of the report, linked.
    private func filesSection(maps: [String], data: [String]) -> [MarkupNode] {
        guard !maps.isEmpty || !data.isEmpty else { return [] }
        var items: [MarkupNode] = []
        for path in maps {
            var children = [anchor(linker.href(to: path), text: SiteContents.fileName(path))]
            if let title = site.maps[path]?.title { children.append(.text(" — map: " + title)) }
            items.append(.element(MarkupElement("li", children: children)))
        }
        for path in data {
            let children = [anchor(linker.href(to: path), text: SiteContents.fileName(path)), .text(" — data (CSV)")]
            items.append(.element(MarkupElement("li", children: children)))
        }
        return [
            .element(
                MarkupElement(
                    "section", attributes: [("aria-labelledby", "files")],
                    children: [
                        .element(MarkupElement("h2", attributes: [("id", "files")], children: [.text("Files")])),
                        .element(MarkupElement("ul", attributes: [("class", "files-list")], children: items)),
                    ]))
        ]
    }
}
