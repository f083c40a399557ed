import Testing

@testable import GeoSite

@Suite struct SiteLinkerTests {
    static let linker = SiteLinker(
        directory: "deepseek",
        files: [
            "index.html", "deepseek/index.html", "deepseek/data/ratios.csv", "deepseek/maps/share 2025.svg",
            "ai-diffusion/index.html",
        ])

    struct Case: CustomTestStringConvertible, Sendable {
        let written: String
        let expected: LinkDestination
        var testDescription: String { "'\(written)'" }
    }

    @Test(
        "resolves relative paths to site files and keeps only http, https and mailto URLs",
        arguments: [
            Case(written: "data/ratios.csv", expected: .local(path: "deepseek/data/ratios.csv", fragment: nil)),
            Case(
                written: "./data/../data/ratios.csv", expected: .local(path: "deepseek/data/ratios.csv", fragment: nil)),
            Case(written: "data\\ratios.csv", expected: .local(path: "deepseek/data/ratios.csv", fragment: nil)),
            Case(written: "data/ratios.csv?v=2", expected: .local(path: "deepseek/data/ratios.csv", fragment: nil)),
            Case(
                written: "maps/share%202025.svg", expected: .local(path: "deepseek/maps/share 2025.svg", fragment: nil)),
            Case(
                written: #"data/ratios.csv "The ratios""#,
                expected: .local(path: "deepseek/data/ratios.csv", fragment: nil)),
            Case(written: "<data/ratios.csv>", expected: .local(path: "deepseek/data/ratios.csv", fragment: nil)),
            Case(written: "README.md", expected: .local(path: "deepseek/index.html", fragment: nil)),
            Case(
                written: "../ai-diffusion/README.md#maps",
                expected: .local(path: "ai-diffusion/index.html", fragment: "maps")),
            Case(written: "../ai-diffusion/", expected: .local(path: "ai-diffusion/index.html", fragment: nil)),
            Case(written: "../index.html", expected: .local(path: "index.html", fragment: nil)),
            Case(written: "#data-coverage", expected: .fragment("data-coverage")),
            Case(written: "https://example.org/a?b=1", expected: .external("https://example.org/a?b=1")),
            Case(written: " HTTP://EXAMPLE.ORG ", expected: .external("HTTP://EXAMPLE.ORG")),
            Case(written: "mailto:someone@example.org", expected: .external("mailto:someone@example.org")),
            Case(written: "javascript:alert(1)", expected: .inert),
            Case(written: " JaVaScRiPt:alert(1)", expected: .inert),
            Case(written: "java\tscript:alert(1)", expected: .inert),
            Case(written: "\u{1}javascript:alert(1)", expected: .inert),
            Case(written: "data:text/html;base64,PHNjcmlwdD4=", expected: .inert),
            Case(written: "vbscript:msgbox(1)", expected: .inert),
            Case(written: "file:///etc/passwd", expected: .inert),
            Case(written: "//evil.example/x", expected: .inert),
            Case(written: "\\\\evil.example\\x", expected: .inert),
            Case(written: "/etc/passwd", expected: .inert),
            Case(written: "../../../etc/passwd", expected: .inert),
            Case(written: "data/missing.csv", expected: .inert),
            Case(written: "data/%ff.csv", expected: .inert),
            Case(written: "", expected: .inert),
        ])
    func destinations(_ example: Case) {
        #expect(Self.linker.destination(of: example.written) == example.expected)
    }

    @Test("writes relative, percent-encoded hrefs from the page's folder")
    func hrefs() {
        let linker = Self.linker
        #expect(linker.href(to: "deepseek/data/ratios.csv") == "data/ratios.csv")
        #expect(linker.href(to: "deepseek/maps/share 2025.svg") == "maps/share%202025.svg")
        #expect(linker.href(to: "index.html") == "../index.html")
        #expect(linker.href(to: "ai-diffusion/index.html", fragment: "maps") == "../ai-diffusion/index.html#maps")
        #expect(linker.href(to: "deepseek/index.html", fragment: "côte") == "index.html#c%C3%B4te")
        let root = SiteLinker(directory: "", files: [])
        #expect(root.href(to: "deepseek/index.html") == "deepseek/index.html")
        #expect(root.href(to: "a:b/index.html") == "a%3Ab/index.html")
    }
}
