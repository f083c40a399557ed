/// Turns ``MarkupScanner`` tokens into a balanced tree.
///
/// An end tag closes the nearest open element of that name and every element opened after it;
/// an end tag with no open match is dropped; elements still open at the end are closed. So any
/// input, however mis-nested, gives a tree that serialises as well-formed markup.
enum MarkupTreeBuilder {
    /// How tag names compare and which elements are empty.
    enum Dialect: Sendable {
        /// Ink's HTML: names compare case-insensitively and are lowercased; void elements
        /// (`br`, `hr`, `img`, …) never have children.
        case html
        /// SVG/XML: names keep their case; only `<x/>` is empty.
        case xml
    }

    /// Elements nested deeper than this are flattened into their parent, so hostile input
    /// cannot exhaust the stack of the recursive passes that follow.
    static let maximumDepth = 64

    /// HTML elements that never have content.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Parses markup into top-level nodes.
    static func parse(_ text: String, dialect: Dialect) -> [MarkupNode] {
        var stack: [MarkupElement] = [MarkupElement("#root")]
        // How many start tags were flattened at each depth, to drop their end tags too.
        var flattened: [String: Int] = [:]

        func closeTop() {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(.element(element))
        }

        for token in MarkupScanner.tokens(text) {
            switch token {
            case .text(let text):
                stack[stack.count - 1].children.append(.text(text))
            case .startTag(let rawName, let attributes, let isSelfClosing):
                let name = dialect == .html ? rawName.lowercased() : rawName
                let element = MarkupElement(name, attributes)
                let isEmpty = isSelfClosing || (dialect == .html && voidElements.contains(name))
                if isEmpty {
                    stack[stack.count - 1].children.append(.element(element))
                } else if stack.count > maximumDepth {
                    flattened[name, default: 0] += 1
                } else {
                    stack.append(element)
                }
            case .endTag(let rawName):
                let name = dialect == .html ? rawName.lowercased() : rawName
                if let pending = flattened[name], pending > 0 {
                    flattened[name] = pending - 1
                    continue
                }
                guard let position = stack.lastIndex(where: { $0.name == name }), position > 0 else { continue }
                while stack.count > position { closeTop() }
            }
        }
        while stack.count > 1 { closeTop() }
        return stack[0].children
    }
}
