import Foundation
import GeoSite
import Testing

/// Reports and maps whose text tries to inject markup, scripts or external loads.
@Suite struct InjectionTests {
    static let hostileName = ##"<script>alert(1)</script> "quoted" & ]]> | pipe"##

    static let readme = """
        # Report <script>alert(1)</script> "quoted" & ]]> | pipe

        Names: <script>alert(1)</script>, <img src=x onerror=alert(1)>, <iframe src="https://evil.example/"></iframe>
        <a href="javascript:alert(1)">raw link</a> <div onclick="alert(1)">div</div> <svg onload=alert(1)></svg>

        <script>
        alert(2)
        </script>

        Links: [plain](javascript:alert(1)), [mixed case](JaVaScRiPt:alert(1)), [spaced]( javascript:alert(1)),
        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), [vb](vbscript:msgbox(1)),
        [quote](x" onmouseover="alert(1)), [escaped](&#106;avascript:alert(1)), [absolute](/etc/passwd),
        [protocol relative](//evil.example/x), [missing](data/nothing.csv), [up](../../../secret.txt),
        [web](https://example.org/a?b=1&c=2), [mail](mailto:someone@example.org).

        Images: ![tracker](https://evil.example/pixel.png) ![script](javascript:alert(1)) ![local](maps/missing.png)

        Code: `<script>alert(3)</script>` and

        ```
        <script>alert(4)</script> & "quotes"
        ```

        | Economy | Note |
        |---|---|
        | \\[x\\](javascript:alert(1)) | &lt;script&gt;alert(1)&lt;/script&gt; \\| ]]&gt; "q" &amp; |
        | Côte d'Ivoire | line one line two |

        ![map](maps/hostile.svg)
        """

    static let svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE svg [<!ENTITY x "boom">]>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100" role="img" aria-labelledby="t d" onload="alert(1)">
        <title id="t">Map &lt;script&gt;alert(1)&lt;/script&gt; "q" &amp; ]]&gt; |
        second line</title>
        <desc id="d">Summary &lt;img src=x onerror=alert(1)&gt;</desc>
        <script>alert(1)</script>
        <script type="text/javascript"><![CDATA[ alert("cdata") ]]></script>
        <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"></iframe></foreignObject>
        <image href="https://evil.example/x.png" width="10" height="10"/>
        <a href="javascript:alert(1)"><rect width="10" height="10" fill="#123456"/></a>
        <rect width="20" height="20" fill="url(https://evil.example/p.svg#x)"/>
        <use xlink:href="https://evil.example/sprite.svg#a"/>
        <rect width="30" height="30" style="fill: #abcdef; background: url(https://evil.example/x.png)"/>
        <set attributeName="onmouseover" to="alert(1)"/>
        <path data-iso3="BRA" data-class="2" fill="#41b6c4" d="M0 0h50v50h-50z" onmouseover="alert(1)"><title>Brazil &lt;b&gt;: 20.1 %</title></path>
        </svg>
        """

    private func site() throws -> [String: [UInt8]] {
        let folder = ReportFolder(
            pipeline: "hostile",
            files: ["README.md": Array(Self.readme.utf8), "maps/hostile.svg": Array(Self.svg.utf8)])
        return try SiteBuilder.build([folder], siteTitle: Self.hostileName)
    }

    @Test("pages stay well-formed and carry no script, handler, script URL or external load")
    func audit() throws {
        let problems = SiteAudit.problems(in: try site())
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("no live <script and no javascript: href anywhere in the output")
    func noScripts() throws {
        let site = try site()
        for (path, bytes) in site {
            let text = String(decoding: bytes, as: UTF8.self).lowercased()
            for needle in [
                "<script", "<iframe", "<img src=x", "<div onclick", "<a href=\"javascript", "<a href=\"data:",
                "<a href=\"vbscript", "]]>",
            ] {
                #expect(!text.contains(needle), "\(path) contains \(needle)")
            }
        }
    }

    @Test("raw HTML and hostile names are shown as text, escaped")
    func escapedText() throws {
        let page = try SiteFixtures.text(try site(), "hostile/index.html")
        #expect(
            page.contains(
                ##"<h1 id="report-scriptalert1script-quoted----pipe">Report &lt;script&gt;alert(1)&lt;/script&gt; "quoted" &amp; ]]&gt; | pipe</h1>"##
            ))
        #expect(page.contains("Names: &lt;script&gt;alert(1)&lt;/script&gt;, &lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("<code>&lt;script&gt;alert(3)&lt;/script&gt;</code>"))
        #expect(page.contains("<pre><code>&lt;script&gt;alert(4)&lt;/script&gt; &amp; \"quotes\"\n</code></pre>"))
        #expect(
            page.contains(
                "<td>[x](javascript:alert(1))</td><td>&lt;script&gt;alert(1)&lt;/script&gt; | ]]&gt; \"q\" &amp;</td>"))
        #expect(
            page.contains(
                ##"<meta property="og:title" content="Report &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; ]]&gt; | pipe"/>"##
            ))
        #expect(
            page.contains(
                ##"<a href="../index.html">&lt;script&gt;alert(1)&lt;/script&gt; "quoted" &amp; ]]&gt; | pipe</a>"##))
    }

    @Test("links other than relative, http(s) and mailto keep only their text")
    func inertLinks() throws {
        let page = try SiteFixtures.text(try site(), "hostile/index.html")
        #expect(
            page.contains(
                "Links: plain, mixed case, spaced, data, vb, quote, escaped, absolute, protocol relative, missing, up,")
        )
        #expect(
            page.contains(
                ##"<a href="https://example.org/a?b=1&amp;c=2">web</a>, <a href="mailto:someone@example.org">mail</a>."##
            ))
    }

    @Test("images never load from elsewhere: external ones become links, others their alt text")
    func images() throws {
        let page = try SiteFixtures.text(try site(), "hostile/index.html")
        #expect(page.contains(##"Images: <a href="https://evil.example/pixel.png">tracker</a> script local"##))
        #expect(!page.contains("<img"))
    }

    @Test("a hostile map is inlined and copied without its scripts, handlers and external references")
    func hostileMap() throws {
        let site = try site()
        let copy = try SiteFixtures.text(site, "hostile/maps/hostile.svg")
        #expect(copy != Self.svg)
        let parsed = try PageInspector(copy, path: "hostile.svg")
        #expect(
            parsed.elements.map(\.name) == [
                "svg", "title", "desc", "rect", "rect", "rect", "path", "title",
            ])
        let attributes = parsed.elements.flatMap { $0.attributes.keys }
        #expect(!attributes.contains { $0.lowercased().hasPrefix("on") })
        #expect(!copy.contains("evil.example"))
        #expect(copy.contains(##"<rect width="10" height="10" fill="#123456"/>"##))
        #expect(
            copy.contains(
                ##"<path data-iso3="BRA" data-class="2" fill="#41b6c4" d="M0 0h50v50h-50z"><title>Brazil &lt;b&gt;: 20.1 %</title></path>"##
            ))
        let page = try SiteFixtures.text(site, "hostile/index.html")
        #expect(
            page.contains(##"<title id="map-hostile-t">Map &lt;script&gt;alert(1)&lt;/script&gt; "q" &amp; ]]&gt; |"##))
        #expect(
            page.contains(
                ##"<figcaption>Summary &lt;img src=x onerror=alert(1)&gt; <a href="maps/hostile.svg">Open the SVG</a></figcaption>"##
            ))
        let index = try SiteFixtures.text(site, "index.html")
        #expect(
            index.contains(
                ##"<h3 id="card-hostile-hostile" class="visually-hidden">Map &lt;script&gt;alert(1)&lt;/script&gt; "q" &amp; ]]&gt; | second line</h3>"##
            ))
    }
}
