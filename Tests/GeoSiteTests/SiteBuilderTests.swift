import Foundation
import GeoModel
import GeoSite
import Testing

@Suite struct SiteBuilderTests {
    @Test("writes a gallery, one page per report under its pipeline's name, the maps and the data")
    func layout() throws {
        let site = try SiteFixtures.site()
        #expect(
            site.keys.sorted() == [
                "ai-diffusion/data/aggregates.csv",
                "ai-diffusion/data/ai_user_share-2025-H2.csv",
                "ai-diffusion/index.html",
                "ai-diffusion/maps/ai_user_share-2025-H1.svg",
                "ai-diffusion/maps/ai_user_share-2025-H2.svg",
                "deepseek/data/flags.csv",
                "deepseek/data/ratios.csv",
                "deepseek/index.html",
                "deepseek/maps/deepseek_share-2025-H2.svg",
                "index.html",
            ])
    }

    @Test("copies maps and data byte for byte")
    func copies() throws {
        let site = try SiteFixtures.site()
        for report in try SiteFixtures.reports() {
            for (path, bytes) in report.files where path != "README.md" {
                #expect(site[report.pipeline + "/" + path] == bytes, "\(report.pipeline)/\(path)")
            }
        }
    }

    @Test("every page is well-formed, accessible, self-contained, and every local link resolves")
    func audit() throws {
        let problems = SiteAudit.problems(in: try SiteFixtures.site())
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("builds the same bytes twice, whatever the order of the folders")
    func deterministic() throws {
        let reports = try SiteFixtures.reports()
        let first = try SiteBuilder.build(reports, siteTitle: "AI usage")
        let second = try SiteBuilder.build(reports.reversed(), siteTitle: "AI usage")
        #expect(first == second)
    }

    @Test("charts are published and inlined where the report shows them, like maps")
    func inlinesCharts() throws {
        let chart =
            #"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" role="img" "#
            + #"aria-labelledby="c-title c-desc"><title id="c-title">Regions</title><desc id="c-desc">Dot plot</desc>"#
            + #"<g data-code="World"><circle cx="50" cy="50" r="4"/></g></svg>"#
        let folder = ReportFolder(
            pipeline: "charted",
            files: [
                "README.md": Array("# Charted\n\n## Charts\n\n![Dot plot](charts/regions.svg)\n".utf8),
                "charts/regions.svg": Array(chart.utf8),
            ])
        let site = try SiteBuilder.build([folder], siteTitle: "Charts")
        #expect(site["charted/charts/regions.svg"] == Array(chart.utf8))
        let page = try SiteFixtures.text(site, "charted/index.html")
        #expect(page.components(separatedBy: "<svg ").count == 2, "the chart is inlined")
        #expect(page.contains(#"data-code="World""#))
        #expect(!page.contains("charts/regions.svg\" alt"), "not left as a broken image")
    }

    @Test("inlines each map in its report page with its ids prefixed")
    func inlinesMaps() throws {
        let site = try SiteFixtures.site()
        let page = try SiteFixtures.text(site, "ai-diffusion/index.html")
        #expect(!page.contains("<img"))
        #expect(page.components(separatedBy: "<svg ").count == 3)
        #expect(page.contains(#"<figure class="map" id="map-ai_user_share-2025-h2">"#))
        #expect(page.contains(#"<pattern id="map-ai_user_share-2025-h2-map-nodata""#))
        #expect(page.contains(#"fill="url(#map-ai_user_share-2025-h1-map-nodata)""#))
        #expect(
            page.contains(#"aria-labelledby="map-ai_user_share-2025-h2-map-title map-ai_user_share-2025-h2-map-desc""#))
        #expect(page.contains(#"<path id="map-ai_user_share-2025-h2-map-BRA" data-iso3="BRA" data-class="1""#))
        #expect(page.contains("<title>Brazil: 20.1 %</title>"))
        #expect(!page.contains(#"id="map-nodata""#))
    }

    @Test("resolves links to data, to other reports and to headings; keeps web links")
    func links() throws {
        let site = try SiteFixtures.site()
        let diffusion = try SiteFixtures.text(site, "ai-diffusion/index.html")
        #expect(diffusion.contains(#"<a href="data/aggregates.csv">regional aggregates</a>"#))
        #expect(diffusion.contains(#"<a href="../deepseek/index.html">DeepSeek market share by economy</a>"#))
        #expect(diffusion.contains(##"<a href="#regional-aggregates">regional aggregates</a>"##))
        #expect(diffusion.contains(#"<h2 id="regional-aggregates">Regional aggregates</h2>"#))
        #expect(diffusion.contains(#"<a href="https://www.microsoft.com/en-us/research/group/ai-economy-institute/">"#))
        let deepseek = try SiteFixtures.text(site, "deepseek/index.html")
        #expect(deepseek.contains(#"<a href="../ai-diffusion/index.html#maps">AI diffusion</a>"#))
        #expect(deepseek.contains(#"<a href="../index.html">AI usage by economy</a>"#))
    }

    @Test("renumbers headings so none skips a level")
    func headings() throws {
        let page = try SiteFixtures.text(try SiteFixtures.site(), "deepseek/index.html")
        #expect(page.contains(#"<h3 id="flags">Flags</h3>"#))
        #expect(!page.contains("<h4"))
    }

    @Test("the gallery shows every map with its title, caption and links to report, SVG and data")
    func gallery() throws {
        let site = try SiteFixtures.site()
        let index = try SiteFixtures.text(site, "index.html")
        let inspector = try PageInspector(index, path: "index.html")
        #expect(inspector.elements(named: "article").count == 3)
        #expect(inspector.elements(named: "svg").count == 3)
        #expect(index.contains(">AI user share, 2025-H2</h3>"))
        #expect(
            index.contains(
                "<p class=\"caption\">Choropleth world map, Equal Earth projection. 3 economies have data, from 2.1 % in United States"
            ))
        let hrefs = inspector.elements(named: "a").compactMap { $0.attributes["href"] }
        for expected in [
            "ai-diffusion/index.html#map-ai_user_share-2025-h2", "ai-diffusion/maps/ai_user_share-2025-H2.svg",
            "ai-diffusion/data/ai_user_share-2025-H2.csv", "deepseek/index.html#map-deepseek_share-2025-h2",
            "deepseek/maps/deepseek_share-2025-H2.svg", "deepseek/index.html#files", "ai-diffusion/index.html",
        ] {
            #expect(hrefs.contains(expected), "\(expected)")
        }
    }

    @Test("describes each page for sharing: title, description, Open Graph and Twitter card")
    func metadata() throws {
        let site = try SiteFixtures.site()
        let page = try PageInspector(try SiteFixtures.text(site, "deepseek/index.html"), path: "deepseek/index.html")
        #expect(page.documentTitle == "DeepSeek market share by economy – AI usage by economy")
        #expect(page.meta("og:title") == "DeepSeek market share by economy")
        #expect(
            page.meta("og:description")
                == "Estimated share of AI chatbot use going to DeepSeek, second half of 2025. Usage in Africa is 2–4× higher than in other regions, and highest in economies under US sanctions."
        )
        #expect(page.meta("og:type") == "article")
        #expect(page.meta("twitter:card") == "summary")
        let index = try PageInspector(try SiteFixtures.text(site, "index.html"), path: "index.html")
        #expect(index.documentTitle == "AI usage by economy")
        #expect(index.meta("og:type") == "website")
        #expect(
            index.meta("description")
                == "2 reports and 3 maps. AI diffusion: who uses generative AI, by economy and region; DeepSeek market share by economy."
        )
    }

    @Test("has no script and forbids loading anything from elsewhere")
    func contentSecurityPolicy() throws {
        let site = try SiteFixtures.site()
        for path in ["index.html", "deepseek/index.html"] {
            let page = try PageInspector(try SiteFixtures.text(site, path), path: path)
            let policy = page.elements(named: "meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }
            #expect(policy?.attributes["content"]?.hasPrefix("default-src 'none';") == true)
        }
    }

    @Test("lays out for phones and print")
    func responsiveAndPrint() throws {
        let page = try PageInspector(try SiteFixtures.text(try SiteFixtures.site(), "index.html"), path: "index.html")
        let css = page.styleSheets.joined()
        #expect(page.meta("viewport") == "width=device-width, initial-scale=1")
        #expect(css.contains(".map-frame svg, .map-frame img { display: block; width: 100%; height: auto; }"))
        #expect(css.contains("@media print"))
        #expect(css.contains("@media (max-width: 40rem)"))
    }

    @Test("an empty Reports folder gives a gallery that says so")
    func empty() throws {
        let site = try SiteBuilder.build([], siteTitle: "  ")
        #expect(site.keys.sorted() == ["index.html"])
        let index = try SiteFixtures.text(site, "index.html")
        #expect(index.contains("<h1>geo-ai reports</h1>"))
        #expect(index.contains("No reports yet: run geo-ai build, then geo-ai publish again."))
        let problems = SiteAudit.problems(in: site)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("a report without a top-level heading gets its pipeline name as title")
    func untitledReport() throws {
        let folder = ReportFolder(pipeline: "plain", files: ["README.md": Array("## Only a section\n\nText.\n".utf8)])
        let site = try SiteBuilder.build([folder], siteTitle: "Site")
        let page = try SiteFixtures.text(site, "plain/index.html")
        #expect(page.contains(#"<h1 id="plain">plain</h1>"# + "\n" + #"<h2 id="only-a-section">Only a section</h2>"#))
        let problems = SiteAudit.problems(in: site)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
