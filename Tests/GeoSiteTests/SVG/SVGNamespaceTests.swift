import GeoModel
import Testing

@testable import GeoSite

/// The sanitiser decides by namespace, not by spelling (XML Namespaces 1.0): each case is a map
/// body, what the standalone result must contain and must not, and whether the removal counts as
/// unsafe content.
@Suite("SVG sanitiser namespaces")
struct SVGNamespaceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let root: String
        let body: String
        let contains: [String]
        let lacks: [String]
        let unsafe: Bool
        var testDescription: String { name }
    }

    static let svg = #"xmlns="http://www.w3.org/2000/svg""#

    static let cases: [Case] = [
        Case(
            name: "x:href bound to XLink is an xlink:href: an outside link is removed",
            root: svg + #" xmlns:x="http://www.w3.org/1999/xlink""#,
            body: #"<use x:href="http://evil.example/a.svg#p"/>"#,
            contains: [], lacks: ["evil", "<use"], unsafe: true),
        Case(
            name: "x:href bound to XLink to a fragment is kept and written xlink:href",
            root: svg + #" xmlns:x="http://www.w3.org/1999/xlink""#,
            body: ##"<defs><path id="s" d="M0 0h1"/></defs><use x:href="#s"/>"##,
            contains: [##"<use xlink:href="#s"/>"##, #"xmlns:xlink="http://www.w3.org/1999/xlink""#],
            lacks: ["x:href", "xmlns:x="], unsafe: false),
        Case(
            name: "xlink:href whose prefix is bound elsewhere is not a link and is dropped",
            root: svg + #" xmlns:xlink="urn:not-xlink""#, body: ##"<use xlink:href="#s" href="#s"/>"##,
            contains: [##"<use href="#s"/>"##], lacks: ["urn:not-xlink", "xlink:href"], unsafe: true),
        Case(
            name: "a script under an SVG prefix is still a script",
            root: svg + #" xmlns:s="http://www.w3.org/2000/svg""#,
            body: #"<s:script>alert(1)</s:script><s:path d="M0 0h1"/>"#, contains: [#"<path d="M0 0h1"/>"#],
            lacks: ["alert", "script", "s:path"], unsafe: true),
        Case(
            name: "an element moved out of SVG by a default namespace is dropped",
            root: svg,
            body: #"<g xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></g><rect width="1"/>"#,
            contains: [#"<rect width="1"/>"#], lacks: ["evil", "iframe", "xhtml"], unsafe: true),
        Case(
            name: "editor metadata under its own prefix is dropped quietly",
            root: svg + #" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd""#,
            body: ##"<sodipodi:namedview pagecolor="#fff"/><rect width="1" sodipodi:nodetypes="cc"/>"##,
            contains: [#"<rect width="1"/>"#], lacks: ["sodipodi"], unsafe: false),
        Case(
            name: "an attribute whose n carries a combining mark still starts with on, by code point (fuzzing)",
            root: svg, body: "<rect width=\"1\" on\u{6E3}=\"alert(1)\"/><path d=\"M0 0h1\" e:on\u{301}x=\"y\"/>",
            contains: [#"<rect width="1"/>"#, #"<path d="M0 0h1"/>"#], lacks: ["alert", "on\u{6E3}", "on\u{301}"],
            unsafe: true),
        Case(
            name: "a handler in another namespace counts as unsafe",
            root: svg + #" xmlns:e="urn:events""#, body: #"<rect width="1" e:onclick="alert(1)"/>"#,
            contains: [#"<rect width="1"/>"#], lacks: ["alert", "onclick"], unsafe: true),
        Case(
            name: "an unbound prefix binds nothing",
            root: svg, body: #"<rect width="1" q:href="https://evil.example"/>"#, contains: [#"<rect width="1"/>"#],
            lacks: ["evil"], unsafe: true),
        Case(
            name: "attribute names no XML parser accepts are dropped, so the file stays well-formed",
            root: svg + #" 0 474" role="img""#, body: #"<rect width="1" a"b="2" :c="3" d:="4"/>"#,
            contains: [#"<rect width="1"/>"#, #"role="img""#], lacks: ["474", "a\"b", ":c", "d:"], unsafe: false),
        Case(
            name: "an element whose text is only control characters self-closes, as on the next pass",
            root: svg, body: "<rect width=\"1\">\u{0}\u{1}</rect>", contains: [#"<rect width="1"/>"#],
            lacks: ["</rect>"], unsafe: false),
        Case(
            name: "xml:lang stays, with the root declaring only the SVG namespace",
            root: svg, body: #"<text xml:lang="fr">Côte</text>"#, contains: [#"<text xml:lang="fr">Côte</text>"#],
            lacks: ["xmlns:xlink"], unsafe: false),
    ]

    @Test("resolves prefixes by their bindings", arguments: cases)
    func namespaces(_ example: Case) throws {
        let text = "<svg \(example.root) width=\"10\" height=\"10\">\(example.body)</svg>"
        let map = try MapDocument(bytes: Array(text.utf8), path: "map.svg")
        let output = map.standaloneText
        for wanted in example.contains { #expect(output.contains(wanted), "\(output)") }
        for unwanted in example.lacks { #expect(!output.contains(unwanted), "\(unwanted) in \(output)") }
        #expect(map.hadUnsafeContent == example.unsafe, "\(output)")
        #expect(output.contains(#"<svg xmlns="http://www.w3.org/2000/svg""#))
    }

    @Test("the sanitised text is a fixed point: sanitising it again changes nothing")
    func idempotent() throws {
        for example in Self.cases {
            let text = "<svg \(example.root) width=\"10\" height=\"10\">\(example.body)</svg>"
            let once = try MapDocument(bytes: Array(text.utf8), path: "map.svg")
            let twice = try MapDocument(bytes: Array(once.standaloneText.utf8), path: "map.svg")
            #expect(twice.standaloneText == once.standaloneText, "\(example.name)")
            #expect(!twice.hadUnsafeContent, "\(example.name)")
        }
    }
}
