import Foundation
import GeoSite
import GeoTestSupport
import Testing

/// Renders the fixture site in headless Chromium and checks the maps are drawn.
///
/// The fixture maps draw each economy as a large rectangle in its class colour, and fill
/// no-data economies with a hatch whose background colour differs per map although every map
/// calls its pattern `map-nodata`: seeing each hatch colour proves the per-map id prefixes
/// keep `url(#…)` references pointing at the right map.
@Suite(.serialized) struct BrowserTests {
    /// Set to a folder to keep the screenshots for a person to look at.
    static let keepFolder = ProcessInfo.processInfo.environment["GEO_AI_SCREENSHOTS"]

    struct Shot: CustomTestStringConvertible, Sendable {
        let page: String
        let width: Int
        let height: Int
        /// Colours (`#rrggbb`) and the fewest pixels each must cover.
        let colours: [String: Int]
        var testDescription: String { "\(page) at \(width)×\(height)" }
    }

    /// Class colours cover whole rectangles; hatch backgrounds show between the hatch lines.
    static let shots = [
        // The gallery: both AI diffusion maps (blue classes, two hatch colours) above the fold.
        Shot(
            page: "index.html", width: 1200, height: 900,
            colours: ["#41b6c4": 20_000, "#225ea8": 20_000, "#a1dab4": 20_000, "#f4f4f4": 1_500, "#e3edf5": 1_500]),
        // A report page: the DeepSeek map (orange classes and its own hatch).
        Shot(
            page: "deepseek/index.html", width: 1200, height: 900,
            colours: ["#e31a1c": 30_000, "#fd8d3c": 30_000, "#fecc5c": 30_000, "#ece7f2": 3_000]),
        // The same page on a phone.
        Shot(
            page: "deepseek/index.html", width: 390, height: 844,
            colours: ["#e31a1c": 3_000, "#fd8d3c": 3_000, "#fecc5c": 3_000, "#ece7f2": 300]),
    ]

    // The time limits are watchdogs against a hung browser, not speed checks.
    @Test("Chromium draws the maps in their class colours", .timeLimit(.minutes(10)), arguments: shots)
    func rendersMaps(_ shot: Shot) throws {
        try check(shot, site: try SiteFixtures.site())
    }

    @Test(
        "a map shown through <img> loads from file:// under the pages' Content-Security-Policy",
        .timeLimit(.minutes(10)))
    func imageFallback() throws {
        let styled =
            #"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><title>T</title><desc>A styled map</desc><style>rect { fill: #d7191c; }</style><rect width="400" height="200"/></svg>"#
        let folder = ReportFolder(
            pipeline: "styled",
            files: [
                "README.md": Array("# Styled\n\n![map](maps/styled.svg)\n".utf8), "maps/styled.svg": Array(styled.utf8),
            ])
        let site = try SiteBuilder.build([folder], siteTitle: "Styled")
        #expect(try SiteFixtures.text(site, "styled/index.html").contains(#"<img src="maps/styled.svg""#))
        try check(Shot(page: "styled/index.html", width: 800, height: 700, colours: ["#d7191c": 50_000]), site: site)
    }

    /// Renders one page of a site and checks it is not blank and shows the colours.
    private func check(_ shot: Shot, site: [String: [UInt8]]) throws {
        let chromium = try #require(
            ExternalTool.find("chromium"),
            "Chromium is not on PATH; the browser test needs it: apt-get install chromium")
        try #require(
            ExternalTool.find("python3") != nil,
            "python3 is not on PATH; the browser test needs it: apt-get install python3")
        let root = try SiteFixtures.write(site)
        defer { try? FileManager.default.removeItem(at: root) }
        let name = shot.page.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".html", with: "")
        let png = root.appendingPathComponent("\(name)-\(shot.width)x\(shot.height).png")
        try Browser.screenshot(
            chromium: chromium, page: root.appendingPathComponent(shot.page), to: png, width: shot.width,
            height: shot.height, profile: root.appendingPathComponent(".chromium-profile"))
        if let keep = Self.keepFolder {
            let target = URL(fileURLWithPath: keep).appendingPathComponent(png.lastPathComponent)
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: png, to: target)
        }

        let census = try Browser.census(png: png, colours: shot.colours.keys.sorted())
        #expect(census.width == shot.width && census.height == shot.height)
        #expect(census.nonWhite > 0.05, "the page looks blank")
        #expect(census.distinct > 50, "the page has almost no text or drawing")
        for (colour, minimum) in shot.colours.sorted(by: { $0.key < $1.key }) {
            let count = census.counts[colour] ?? 0
            #expect(count >= minimum, "\(colour): \(count) pixels")
        }
    }
}
