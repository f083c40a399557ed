import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads rendered SVG back: elements with their attributes, path coordinates, well-formedness.
enum SVGInspector {
    /// One start tag: its name, attributes, and the text of its `<title>` child if any follows.
    struct Element {
        let name: String
        let attributes: [String: String]
        var title: String?
    }

    /// Every element of the document in order, parsed with Foundation's `XMLParser`.
    static func elements(of svg: String) throws -> [Element] {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw InspectionError(
                message:
                    "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)"
            )
        }
        return collector.elements
    }

    /// Elements carrying `data-iso3`, keyed by code (the economy elements).
    static func economies(of svg: String) throws -> [String: Element] {
        var result: [String: Element] = [:]
        for element in try elements(of: svg) {
            guard let code = element.attributes["data-iso3"] else { continue }
            if result[code] != nil { throw InspectionError(message: "two elements carry data-iso3=\(code)") }
            result[code] = element
        }
        return result
    }

    /// The subpaths of our path data (`M x y l dx dy … z`), as absolute points.
    static func subpaths(of pathData: String) -> [[(x: Double, y: Double)]] {
        var subpaths: [[(x: Double, y: Double)]] = []
        var numbers: [Double] = []
        var command: Character = " "
        var token = ""
        func flushToken() {
            if let number = Double(token) { numbers.append(number) }
            token = ""
        }
        func flushCommand() {
            flushToken()
            switch command {
            case "M":
                if numbers.count >= 2 { subpaths.append([(numbers[0], numbers[1])]) }
                if numbers.count > 2, var current = subpaths.last?.last {
                    for pair in stride(from: 2, to: numbers.count - 1, by: 2) {
                        current = (numbers[pair], numbers[pair + 1])
                        subpaths[subpaths.count - 1].append(current)
                    }
                }
            case "l":
                guard var current = subpaths.last?.last else { break }
                for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
                    current = (current.x + numbers[pair], current.y + numbers[pair + 1])
                    subpaths[subpaths.count - 1].append(current)
                }
            default: break
            }
            numbers = []
        }
        for character in pathData {
            switch character {
            case "M", "l", "z", "L", "m", "Z":
                flushCommand()
                command = character
            case " ", ",":
                flushToken()
            case "-":
                flushToken()
                token = "-"
            default:
                token.append(character)
            }
        }
        flushCommand()
        return subpaths
    }

    struct InspectionError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var titleOwner: Int?
        private var inTitle = false
        private var text = ""
        private var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if elementName == "title" {
                inTitle = true
                text = ""
                titleOwner = stack.last
            }
            elements.append(Element(name: elementName, attributes: attributes, title: nil))
            stack.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
            if elementName == "title", inTitle {
                inTitle = false
                if let owner = titleOwner { elements[owner].title = text }
            }
        }
    }
}
