/// The element that shows a map in a page: the SVG inlined (per-economy tooltips work), or an
/// `<img>` of the site's copy when inlining is not sensible (a map with its own stylesheet, or
/// a very large one), with the map's summary as `alt` text.
enum MapGraphic {
    /// The inline `<svg>` or the `<img>`.
    ///
    /// - Parameters:
    ///   - map: The parsed map.
    ///   - href: The relative href of the map's SVG file from the page.
    ///   - idPrefix: A page-unique prefix for the map's internal ids.
    ///   - fallbackAlt: Alt text when the map has neither `<desc>` nor `<title>`.
    static func make(_ map: MapDocument, href: String, idPrefix: String, fallbackAlt: String) -> MarkupNode {
        if map.isInlinable {
            return .element(map.inlined(idPrefix: idPrefix))
        }
        var attributes = [("src", href), ("alt", map.summary ?? map.title ?? fallbackAlt)]
        if let width = map.root.attribute("width"), let height = map.root.attribute("height"),
            Int(width) != nil, Int(height) != nil
        {
            attributes += [("width", width), ("height", height)]
        }
        return .element(MarkupElement("img", attributes: attributes))
    }
}
