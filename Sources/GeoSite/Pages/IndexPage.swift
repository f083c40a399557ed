/// The gallery (`index.html`): every report with its title and summary, and every map as a
/// card with its title, the map itself, its summary as caption, and links to the report, the
/// SVG and the data.
struct IndexPage {
    /// One report as the gallery shows it.
    struct Entry {
        /// The report's folder name.
        let pipeline: String
        /// The report's title.
        let title: String
        /// The report's summary.
        let description: String
        /// Output paths of its maps, in display order.
        let maps: [String]
        /// Output paths of its CSV files, sorted.
        let data: [String]
        /// The figure id of each map on the report page, by output path.
        let mapAnchors: [String: String]
    }

    /// The gallery's HTML.
    static func render(_ entries: [Entry], site: SiteContents) -> String {
        let linker = SiteLinker(directory: "", files: site.files)
        var ids = IdentifierAllocator(reserved: ["content"])
        let mapCount = entries.map(\.maps.count).reduce(0, +)
        var content: [MarkupNode] = [.element(MarkupElement("h1", children: [.text(site.title)]))]

        let counts = "\(count(entries.count, "report")) and \(count(mapCount, "map"))."
        var lede = counts
        if mapCount > 0 {
            lede += " Point at a country to see its value. Each map links to its report, its SVG file and its data."
        }
        if entries.isEmpty { lede = "No reports yet: run geo-ai build, then geo-ai publish again." }
        content.append(.element(MarkupElement("p", attributes: [("class", "lede")], children: [.text(lede)])))

        if entries.count > 1 {
            let items = entries.map { entry in
                MarkupNode.element(
                    MarkupElement(
                        "li", children: [link(linker.href(to: ReportPage.path(of: entry.pipeline)), entry.title)]))
            }
            content.append(
                .element(
                    MarkupElement(
                        "nav", attributes: [("aria-label", "Reports")],
                        children: [
                            .element(MarkupElement("ul", attributes: [("class", "report-list")], children: items))
                        ])))
        }

        for entry in entries {
            let sectionID = ids.unique("report-" + entry.pipeline)
            let page = linker.href(to: ReportPage.path(of: entry.pipeline))
            var children: [MarkupNode] = [
                .element(MarkupElement("h2", attributes: [("id", sectionID)], children: [link(page, entry.title)])),
                .element(MarkupElement("p", children: [.text(entry.description)])),
            ]
            if entry.maps.isEmpty {
                children.append(.element(MarkupElement("p", children: [.text("This report has no maps.")])))
            } else {
                let cards = entry.maps.compactMap { path in
                    site.maps[path].map { card(path: path, map: $0, entry: entry, linker: linker, ids: &ids) }
                }
                children.append(.element(MarkupElement("div", attributes: [("class", "gallery")], children: cards)))
            }
            content.append(
                .element(MarkupElement("section", attributes: [("aria-labelledby", sectionID)], children: children)))
        }

        let description =
            entries.isEmpty
            ? "Maps and reports published with geo-ai."
            : PageText.shortened(counts + " " + entries.map(\.title).joined(separator: "; ") + ".")
        let template = PageTemplate(
            title: site.title, description: description, kind: .website, siteTitle: site.title, homeHref: nil,
            content: content, mainClass: "gallery-page", footer: "Published with geo-ai from Reports/.")
        return template.html
    }

    private static func card(
        path: String, map: MapDocument, entry: Entry, linker: SiteLinker, ids: inout IdentifierAllocator
    ) -> MarkupNode {
        let title = map.title ?? SiteContents.fileName(path)
        let headingID = ids.unique("card-" + entry.pipeline + "-" + SiteContents.stem(path))
        let svgHref = linker.href(to: path)
        let graphic = MapGraphic.make(map, href: svgHref, idPrefix: headingID, fallbackAlt: title)
        let reportPath = ReportPage.path(of: entry.pipeline)
        var links = [
            link(linker.href(to: reportPath, fragment: entry.mapAnchors[path]), "Report"),
            .text(" "),
            link(svgHref, "SVG"),
        ]
        let matchingData = entry.pipeline + "/data/" + SiteContents.stem(path) + ".csv"
        if entry.data.contains(matchingData) {
            links += [.text(" "), link(linker.href(to: matchingData), "Data (CSV)")]
        } else if !entry.data.isEmpty {
            links += [.text(" "), link(linker.href(to: reportPath, fragment: "files"), "Data (CSV)")]
        }
        var children: [MarkupNode] = [
            // The map draws its own title; the heading gives the card its place in the outline.
            .element(
                MarkupElement(
                    "h3", attributes: [("id", headingID), ("class", "visually-hidden")], children: [.text(title)])),
            .element(MarkupElement("div", attributes: [("class", "map-frame")], children: [graphic])),
        ]
        if let summary = map.summary {
            children.append(
                .element(MarkupElement("p", attributes: [("class", "caption")], children: [.text(summary)])))
        }
        children.append(
            .element(
                MarkupElement(
                    "p", attributes: [("class", "links"), ("aria-label", "Files for " + title)], children: links)))
        return .element(
            MarkupElement(
                "article", attributes: [("class", "card"), ("aria-labelledby", headingID)], children: children))
    }

    private static func link(_ href: String, _ text: String) -> MarkupNode {
        .element(MarkupElement("a", attributes: [("href", href)], children: [.text(text)]))
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }
}
