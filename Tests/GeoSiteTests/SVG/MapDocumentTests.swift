import GeoModel
import Testing

@testable import GeoSite

@Suite struct MapDocumentTests {
    static let svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" aria-labelledby="t d">
        <title id="t">Title</title><desc id="d">Summary</desc>
        <defs><pattern id="p"/><linearGradient id="g"/></defs>
        <rect fill="url(#p)" stroke="url( '#g' )" width="1" height="1"/><use xlink:href="#p"/><use href="#g"/>
        </svg>
        """

    @Test("prefixes every id and every reference to one")
    func prefixes() throws {
        let map = try MapDocument(bytes: Array(Self.svg.utf8), path: "x.svg")
        #expect(map.title == "Title")
        #expect(map.summary == "Summary")
        let inlined = MarkupSerializer.html([.element(map.inlined(idPrefix: "m1"))])
        #expect(inlined.contains(#"aria-labelledby="m1-t m1-d""#))
        #expect(inlined.contains(#"<title id="m1-t">Title</title>"#))
        #expect(inlined.contains(#"<pattern id="m1-p"/><linearGradient id="m1-g"/>"#))
        #expect(inlined.contains(#"<rect fill="url(#m1-p)" stroke="url( '#m1-g' )""#))
        #expect(inlined.contains(##"<use xlink:href="#m1-p"/><use href="#m1-g"/>"##))
        #expect(inlined.contains(#"viewBox="0 0 100 50""#))
        #expect(inlined.contains(#"role="img""#))
    }

    @Test("shows a map with its own stylesheet through <img>, with its summary as alt text")
    func styledMapUsesImage() throws {
        let styled =
            #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>T</title><desc>A "styled" map</desc><style>rect { fill: red; }</style><rect width="10" height="10"/></svg>"#
        let folder = ReportFolder(
            pipeline: "p",
            files: ["README.md": Array("# R\n\n![map](maps/styled.svg)\n".utf8), "maps/styled.svg": Array(styled.utf8)])
        let site = try SiteBuilder.build([folder], siteTitle: "S")
        let page = try SiteFixtures.text(site, "p/index.html")
        #expect(page.contains(#"<img src="maps/styled.svg" alt="A &quot;styled&quot; map" width="10" height="10"/>"#))
        #expect(!page.contains("<style>rect"))
        #expect(site["p/maps/styled.svg"] == Array(styled.utf8))
    }

    @Test("rejects bytes that are not UTF-8 with the file's name")
    func invalidUTF8() {
        #expect(throws: GeoError.self) { try MapDocument(bytes: [0x3C, 0xFF], path: "Reports/p/maps/x.svg") }
    }
}
