import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A page parsed as XML (our pages are XHTML-compatible), with what the checks need.
struct PageInspector {
    /// One element as parsed.
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    /// Every element in document order.
    let elements: [Element]
    /// Heading levels in document order (1 for `<h1>`).
    let headingLevels: [Int]
    /// The text of every `<style>` element.
    let styleSheets: [String]
    /// The text inside `<title>` of the head (the first `<title>` in the document).
    let documentTitle: String

    /// Parses a page; throws with the parser's message and line when it is not well-formed.
    init(_ html: String, path: String) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            let message = parser.parserError.map { String(describing: $0) } ?? "unknown error"
            throw FixtureError("\(path):\(parser.lineNumber):\(parser.columnNumber): not well-formed: \(message)")
        }
        elements = delegate.elements
        headingLevels = delegate.headingLevels
        styleSheets = delegate.styleSheets
        documentTitle = delegate.documentTitle ?? ""
    }

    /// Elements called `name`.
    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The `content` of `<meta>` with the given `name` or `property`.
    func meta(_ key: String) -> String? {
        elements(named: "meta").first { $0.attributes["name"] == key || $0.attributes["property"] == key }?
            .attributes["content"]
    }

    /// Every `id` on the page.
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var headingLevels: [Int] = []
        var styleSheets: [String] = []
        var documentTitle: String?
        private var text = ""
        private var capturing: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: elementName, attributes: attributes))
            if elementName.count == 2, elementName.first == "h", let level = Int(elementName.dropFirst()) {
                headingLevels.append(level)
            }
            if elementName == "style" || (elementName == "title" && documentTitle == nil && capturing == nil) {
                capturing = elementName
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if capturing != nil { text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard elementName == capturing else { return }
            if elementName == "style" { styleSheets.append(text) } else { documentTitle = text }
            capturing = nil
        }
    }
}
