import GeoModel
import Testing

@testable import GeoSite

@Suite struct MarkupTreeBuilderTests {
    private func html(_ text: String) -> String {
        MarkupSerializer.html(MarkupTreeBuilder.parse(text, dialect: .html))
    }

    @Test("balances mis-nested and stray tags")
    func balances() {
        #expect(html("<em><strong>a</em>b</strong>") == "<em><strong>a</strong></em>b")
        #expect(html("a</p>b<p>c") == "ab<p>c</p>\n")
        #expect(html("<ul><li>one<li>two</ul>") == "<ul><li>one<li>two</li>\n</li>\n</ul>\n")
    }

    @Test("writes void elements XHTML-style and escapes text and attributes")
    func serialises() {
        #expect(html(#"a<br>b<img src="x&amp;y" alt='"q"'>"#) == #"a<br/>b<img src="x&amp;y" alt="&quot;q&quot;"/>"#)
        #expect(
            html("1 &lt; 2 &amp;&amp; ]]&gt; &nbsp;&bogus; &#x41;&#0;")
                == "1 &lt; 2 &amp;&amp; ]]&gt; \u{A0}&amp;bogus; A\u{FFFD}")
    }

    @Test("keeps a stray < as text and skips comments, doctypes and processing instructions")
    func lenient() {
        #expect(html("a < b <c") == "a &lt; b &lt;c")
        #expect(html("<!-- x --><!DOCTYPE html><?xml version='1.0'?>text") == "text")
        #expect(html(#"<a href="unterminated>text"#) == #"&lt;a href="unterminated&gt;text"#)
    }

    @Test("flattens nesting deeper than the limit instead of recursing without end")
    func deepNesting() {
        let depth = 20_000
        let text = String(repeating: "<em>", count: depth) + "x" + String(repeating: "</em>", count: depth)
        let output = html(text)
        #expect(output.components(separatedBy: "<em>").count - 1 == MarkupTreeBuilder.maximumDepth)
        #expect(output.contains("x"))
    }

    @Test("keeps the case of SVG names and self-closing elements")
    func xml() {
        let nodes = MarkupTreeBuilder.parse(
            #"<svg viewBox="0 0 1 1"><linearGradient id="g"/><![CDATA[a<b]]></svg>"#, dialect: .xml)
        #expect(MarkupSerializer.xml(nodes) == #"<svg viewBox="0 0 1 1"><linearGradient id="g"/>a&lt;b</svg>"#)
    }
}

@Suite struct CharacterReferencesTests {
    @Test("escapes text so that ]]> and control characters never reach the page")
    func escapes() {
        #expect(CharacterReferences.escapeText("a]]>b<&\"\u{0}\u{B}c") == "a]]&gt;b&lt;&amp;\"c")
        #expect(CharacterReferences.escapeAttribute("\"x\" & 'y'") == "&quot;x&quot; &amp; 'y'")
    }
}
