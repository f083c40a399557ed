import Foundation
import GeoSite
import GeoTestSupport
import Testing

/// The site built from the shipped `Reports/`, opened in headless Chromium on a phone (390 px)
/// and a laptop (1,280 px): the page never scrolls sideways, and every map and chart is on the
/// page, inside the viewport and drawn (issue #12 item 9).
///
/// A harness page loads the site's page in a frame as wide as the window and writes the page's
/// `scrollWidth` and each figure's box into its DOM, which `--dump-dom` prints; a screenshot of
/// the same width then shows what is inside each box.
@Suite(.serialized) struct ShippedSiteBrowserTests {
    struct Layout: Decodable {
        let scrollWidth: Int
        let viewport: Int
        /// Each top-level `<svg>` or `<img>`: left, top, width, height in CSS pixels.
        let figures: [[Int]]
    }

    static let pages = ["index.html", "ai-diffusion/index.html", "deepseek/index.html"]
    static let cases = pages.flatMap { page in [390, 1_280].map { (page, $0) } }

    /// The site of the committed reports.
    static func site() throws -> [String: [UInt8]] {
        let reports = try ["ai-diffusion", "deepseek"].map { name in
            ReportFolder(
                pipeline: name, files: try SiteFixtures.files(under: RepositoryPaths.url("Reports/\(name)")))
        }
        return try SiteBuilder.build(reports, siteTitle: "AI usage by economy")
    }

    /// Figures the page must show, counted from the reports by hand: every `![…](…)` of a
    /// report on its page, and every one of both reports on the index.
    static func expectedFigures(_ page: String) throws -> Int {
        let names = page == "index.html" ? ["ai-diffusion", "deepseek"] : [String(page.prefix { $0 != "/" })]
        return try names.map { name in
            let text = try String(contentsOf: RepositoryPaths.url("Reports/\(name)/README.md"), encoding: .utf8)
            return text.components(separatedBy: "\n![").count - 1
        }
        .reduce(0, +)
    }

    @Test("the report pages show the summary, the charts and the categorical map")
    func contents() throws {
        let site = try Self.site()
        let deepseek = try SiteFixtures.text(site, "deepseek/index.html")
        #expect(deepseek.contains(#"<h2 id="summary">Summary"#))
        #expect(deepseek.contains("data-category=\"All three US providers unavailable\""))
        #expect(deepseek.contains("Dot plot of 6 groups"))
        let index = try SiteFixtures.text(site, "index.html")
        #expect(index.contains("Access to US AI services, H2 2025"))
    }

    // The time limit is a watchdog against a hung browser, not a speed check.
    @Test(
        "no sideways scrolling, and every map and chart is visible", .timeLimit(.minutes(10)),
        arguments: cases.map { "\($0.0)@\($0.1)" })
    func layout(_ name: String) throws {
        let page = String(name.prefix { $0 != "@" })
        let width = try #require(Int(name.split(separator: "@").last ?? ""))
        let chromium = try #require(ExternalTool.find("chromium"), "Chromium is not on PATH: apt-get install chromium")
        let root = try SiteFixtures.write(try Self.site())
        defer { try? FileManager.default.removeItem(at: root) }
        let profile = root.appendingPathComponent(".chromium-profile")
        let harness = root.appendingPathComponent("harness.html")
        try Self.harness(page: page, width: width).write(to: harness, atomically: true, encoding: .utf8)
        let dom = String(
            decoding: try ExternalTool.run(
                chromium,
                Self.flags(profile) + [
                    "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom",
                    harness.absoluteString,
                ]), as: UTF8.self)
        let json = try #require(
            dom.components(separatedBy: "<pre id=\"out\">").last?.components(separatedBy: "</pre>").first,
            "the harness wrote nothing")
        let layout = try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
        #expect(layout.viewport == width)
        #expect(layout.scrollWidth <= layout.viewport, "\(page) at \(width) px scrolls sideways")
        #expect(layout.figures.count == (try Self.expectedFigures(page)))

        let bottom = layout.figures.map { $0[1] + $0[3] }.max() ?? 0
        let png = root.appendingPathComponent("shot.png")
        _ = try ExternalTool.run(
            chromium,
            Self.flags(profile) + [
                "--hide-scrollbars", "--window-size=\(width),\(bottom + 20)", "--screenshot=\(png.path)",
                root.appendingPathComponent(page).absoluteString,
            ])
        let image = try RasterImage.decodePNG(at: png)
        let white = RasterImage.Color(red: 255, green: 255, blue: 255)
        for box in layout.figures {
            let (left, top, boxWidth, boxHeight) = (box[0], box[1], box[2], box[3])
            #expect(left >= 0 && left + boxWidth <= width, "a figure at \(box) sticks out of \(width) px")
            #expect(boxWidth >= min(300, width - 40) && boxHeight >= 100, "a figure at \(box) is too small")
            // Sample a grid of pixels inside the box: a drawn map or chart has colour and ink (a
            // chart on a white ground inks 5–20 % of its box, a map more; a blank box none).
            var inked = 0
            var colours = Set<RasterImage.Color>()
            var samples = 0
            for y in stride(from: top + 2, to: top + boxHeight - 2, by: 4) {
                for x in stride(from: left + 2, to: left + boxWidth - 2, by: 4) {
                    guard let colour = image.color(x: x, y: y) else { continue }
                    samples += 1
                    colours.insert(colour)
                    if colour != white { inked += 1 }
                }
            }
            #expect(samples > 500, "a figure at \(box) is outside the screenshot")
            #expect(Double(inked) > 0.03 * Double(max(samples, 1)), "a figure at \(box) looks blank")
            #expect(colours.count >= 8, "a figure at \(box) has only \(colours.count) colours")
        }
    }

    static func flags(_ profile: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--mute-audio", "--user-data-dir=\(profile.path)",
        ]
    }

    /// A page that frames `page` at `width` CSS pixels, tall enough never to need a scroll bar,
    /// and writes the layout as JSON into `<pre id="out">`.
    static func harness(page: String, width: Int) -> String {
        """
        <!doctype html><html><body style="margin:0">
        <iframe id="f" src="\(page)" style="border:0;width:\(width)px;height:60000px"></iframe>
        <pre id="out"></pre>
        <script>
        const f = document.getElementById('f');
        f.addEventListener('load', () => {
          const d = f.contentDocument;
          const figures = [...d.querySelectorAll('svg, img')].filter(e => !e.parentElement.closest('svg')).map(e => {
            const b = e.getBoundingClientRect();
            return [Math.round(b.left), Math.round(b.top), Math.round(b.width), Math.round(b.height)];
          });
          document.getElementById('out').textContent = JSON.stringify({
            scrollWidth: d.documentElement.scrollWidth, viewport: d.documentElement.clientWidth, figures });
        });
        </script></body></html>
        """
    }
}
