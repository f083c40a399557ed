/// One node of a parsed HTML or SVG fragment: an element or a run of text.
///
/// Text is stored decoded (`&amp;` is `&`); ``MarkupSerializer`` escapes it again on output,
/// so a node tree can never smuggle markup into a page.
enum MarkupNode: Hashable, Sendable {
    case element(MarkupElement)
    case text(String)

    /// The decoded text of this node and its descendants.
    var textContent: String {
        switch self {
        case .text(let text): text
        case .element(let element): element.textContent
        }
    }
}

/// A name–value pair on an element, value decoded.
struct MarkupAttribute: Hashable, Sendable {
    var name: String
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An element with its attributes (in source order) and children.
struct MarkupElement: Hashable, Sendable {
    var name: String
    var attributes: [MarkupAttribute]
    var children: [MarkupNode]

    init(_ name: String, _ attributes: [MarkupAttribute] = [], children: [MarkupNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// Creates an element from name–value pairs.
    init(_ name: String, attributes: [(String, String)], children: [MarkupNode] = []) {
        self.init(name, attributes.map { MarkupAttribute($0.0, $0.1) }, children: children)
    }

    /// The value of the first attribute called `name`, if any.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Sets an attribute, replacing an existing one in place or appending it.
    mutating func setAttribute(_ name: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append(MarkupAttribute(name, value))
        }
    }

    /// Removes every attribute called `name`.
    mutating func removeAttribute(_ name: String) {
        attributes.removeAll { $0.name == name }
    }

    /// The decoded text of all descendants.
    var textContent: String {
        children.map(\.textContent).joined()
    }

    /// The first direct child element called `name`.
    func firstChild(named name: String) -> MarkupElement? {
        for case .element(let child) in children where child.name == name { return child }
        return nil
    }
}

extension MarkupNode {
    /// Text with runs of whitespace folded to single spaces and the ends trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
