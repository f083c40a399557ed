/// XML namespace bindings in force at one element of an SVG file: which namespace each prefix,
/// and an unprefixed element name, stands for.
///
/// The sanitiser decides by namespace, not by spelling: with `xmlns:x="http://www.w3.org/1999/xlink"`
/// in scope, `x:href` is an XLink `href` (and is written back as `xlink:href`), while an
/// `xlink:href` whose prefix is bound elsewhere is not one.
///
/// ```swift
/// let scope = NamespaceScope.document.entering(element)   // adds the element's xmlns declarations
/// scope.attribute("x:href")                              // (xlink, "href") when x is bound to XLink
/// ```
struct NamespaceScope: Sendable {
    /// The SVG namespace.
    static let svg = "http://www.w3.org/2000/svg"
    /// The XLink namespace (`xlink:href`).
    static let xlink = "http://www.w3.org/1999/xlink"
    /// The namespace the `xml` prefix is always bound to (`xml:lang`, `xml:space`).
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// A resolved name: its namespace (`nil` for none) and its local part.
    struct Name: Hashable, Sendable {
        let namespace: String?
        let local: String
    }

    private var prefixes: [String: String]
    private var defaultNamespace: String?

    /// The scope of a document's root: SVG by default, and `xlink` bound as HTML parsers bind it
    /// (an SVG inlined in a page may use it undeclared).
    static let document = NamespaceScope(prefixes: ["xml": xml, "xlink": xlink], defaultNamespace: svg)

    /// Whether an attribute declares a namespace (`xmlns`, `xmlns:p`) rather than carrying data.
    static func isDeclaration(_ attribute: MarkupAttribute) -> Bool {
        attribute.name == "xmlns" || attribute.name.hasPrefix("xmlns:")
    }

    /// The scope inside `element`: this scope plus the element's own declarations.
    func entering(_ element: MarkupElement) -> NamespaceScope {
        var scope = self
        for attribute in element.attributes where Self.isDeclaration(attribute) {
            let value = String(
                attribute.value.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            if attribute.name == "xmlns" {
                scope.defaultNamespace = value.isEmpty ? nil : value
            } else {
                let prefix = String(attribute.name.dropFirst("xmlns:".count))
                // The xml prefix cannot be rebound; an empty value unbinds (XML Namespaces 1.1).
                guard prefix != "xml" else { continue }
                scope.prefixes[prefix] = value.isEmpty ? nil : value
            }
        }
        return scope
    }

    /// An element name resolved: a prefix by its binding, no prefix by the default namespace.
    func element(_ qualifiedName: String) -> Name {
        guard let colon = qualifiedName.firstIndex(of: ":") else {
            return Name(namespace: defaultNamespace, local: qualifiedName)
        }
        return resolved(prefix: qualifiedName[..<colon], local: qualifiedName[qualifiedName.index(after: colon)...])
    }

    /// An attribute name resolved: no prefix means no namespace.
    func attribute(_ qualifiedName: String) -> Name {
        guard let colon = qualifiedName.firstIndex(of: ":") else { return Name(namespace: nil, local: qualifiedName) }
        return resolved(prefix: qualifiedName[..<colon], local: qualifiedName[qualifiedName.index(after: colon)...])
    }

    /// An unbound prefix resolves to no known namespace: its name is kept whole with an empty
    /// namespace, which nothing allows.
    private func resolved(prefix: Substring, local: Substring) -> Name {
        Name(namespace: prefixes[String(prefix)] ?? "", local: String(local))
    }
}
