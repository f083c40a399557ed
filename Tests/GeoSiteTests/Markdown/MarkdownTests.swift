import Testing

@testable import GeoSite

@Suite struct MarkdownNeutralizerTests {
    @Test("turns raw HTML and quotes into references outside code")
    func neutralizes() {
        #expect(
            MarkdownNeutralizer.neutralize(#"<b>x</b> [a](b"c) `<i>"` end"#)
                == #"&lt;b>x&lt;/b> [a](b&quot;c) `<i>"` end"#)
        #expect(MarkdownNeutralizer.neutralize("```\n<script>\n```\n<p>") == "```\n<script>\n```\n&lt;p>")
        #expect(MarkdownNeutralizer.neutralize("a\r\n<b>\rc") == "a\n&lt;b>\nc")
        #expect(MarkdownNeutralizer.neutralize("") == "")
    }
}

@Suite struct ReportHTMLTests {
    @Test("keeps Markdown's elements and drops everything else")
    func sanitizes() {
        let nodes = MarkupTreeBuilder.parse(
            #"<p onclick="x">a<span class="c">b</span><script>c</script><img src="i" alt="d" onerror="e"></p><table><tr><td align="right">1</td><td align="evil">2</td></tr></table>"#,
            dialect: .html)
        #expect(
            MarkupSerializer.html(ReportHTML.sanitize(nodes))
                == #"<p>ab<img src="i" alt="d"/></p>"# + "\n"
                + #"<table><tr><td class="align-right">1</td><td>2</td></tr>"# + "\n</table>\n")
    }

    @Test("renders our reports' Markdown escapes as text")
    func reportsEscapes() {
        let html = MarkupSerializer.html(
            ReportHTML.render(#"| a \| b | \(c\) &amp; \[d\] |"# + "\n|---|---|\n| 1 | 2 |"))
        #expect(html.contains("<th>a | b</th><th>(c) &amp; [d]</th>"))
    }
}

@Suite struct PageTextTests {
    @Test("shortens descriptions at a word boundary with an ellipsis")
    func shortens() {
        #expect(PageText.shortened("one two three", limit: 20) == "one two three")
        #expect(PageText.shortened("one two, three four", limit: 12) == "one two…")
    }
}
