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

    @Test("brackets nested deeper than Ink can read quickly are written as references")
    func deepBrackets() {
        #expect(MarkdownNeutralizer.neutralize("[[[[[[a]]]]]] [b](c)") == "[[[[&#91;&#91;a]]]]]] [b](c)")
        #expect(MarkdownNeutralizer.neutralize("`[[[[[[`") == "`[[[[[[`")
        // Open brackets count across a paragraph's lines; a blank line starts afresh.
        #expect(MarkdownNeutralizer.neutralize("[a\n[b\n[c\n[d\n[e") == "[a\n[b\n[c\n[d\n&#91;e")
        #expect(MarkdownNeutralizer.neutralize("[a\n[b\n[c\n[d\n\n[e") == "[a\n[b\n[c\n[d\n\n[e")
    }

    @Test("a < or \" followed by a combining mark is escaped too: browsers read it as the bare character")
    func combiningMarks() {
        #expect(
            MarkdownNeutralizer.neutralize("<\u{301}b> [a](x\"\u{301} y) `<\u{301}`")
                == "&lt;\u{301}b> [a](x&quot;\u{301} y) `<\u{301}`")
    }

    @Test("line breaks become the lines Ink reads: CR and CRLF end lines, other breaks are spaces")
    func lineBreaks() {
        #expect(
            MarkdownNeutralizer.neutralize("a\r\nb\rc\u{0B}d\u{0C}e\u{85}f\u{2028}g\u{2029}h")
                == "a\nb\nc d e f g h")
    }

    @Test("a line of only spaces and tabs is written empty, except inside a fence")
    func blankLines() {
        #expect(MarkdownNeutralizer.neutralize("- a\n \t\nb\n  ") == "- a\n\nb\n")
        #expect(MarkdownNeutralizer.neutralize("```\n  \n```") == "```\n  \n```")
    }
}

// A watchdog, not a speed check: 120 nested brackets took Ink minutes before (fuzzing found it).
@Suite("Fuzz regressions: report Markdown", .timeLimit(.minutes(5)))
struct MarkdownFuzzRegressionTests {
    @Test(
        "a list item followed by a last line of spaces renders (Ink read past its input)",
        arguments: ["- \n ", "- a\n\t", "1. \n ", "a\n\n* b\n  "])
    func listThenSpaces(markdown: String) {
        #expect(SiteMarkup.reportHTML(markdown).contains("<li>"))
    }

    @Test(
        "a line break Markdown does not end lines at, inside a code span, renders as a space in the code (Ink spun on it)",
        arguments: ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
    func codeSpanWithOtherLineBreak(lineBreak: String) {
        // `<P` in code is written `&lt;P` before Ink escapes the code (see the next test).
        #expect(SiteMarkup.reportHTML("`<P\(lineBreak)x`").contains("<code>&amp;lt;P x</code>"))
    }

    @Test(
        "a quote or angle bracket with a combining mark opens no tag and no attribute",
        arguments: [
            "[q](x\"\u{301} onmouseover=\"alert(1)) end", "<\u{301}script>alert(1)</script>",
            "\u{6E4}i\n<svg onload=alert(1)>",
        ])
    func combiningMarks(markdown: String) {
        let tokens = MarkupScanner.tokens(SiteMarkup.reportHTML(markdown))
        for case .startTag(let name, let attributes, _) in tokens {
            #expect(name != "script" && name != "svg")
            #expect(!attributes.contains { $0.name.lowercased().hasPrefix("on") }, "\(name): \(attributes)")
        }
    }

    @Test(
        "a backtick after a backslash opens no code span: what follows is escaped (Ink spun on a raw <P)",
        arguments: ["\\`<P x`", "\\\\`<P x`", "# T\"h\\\\`<P\u{0C}x\u{FFFD}\u{0}\u{FFFD}`--|---|"])
    func escapedBacktick(markdown: String) {
        #expect(MarkdownNeutralizer.neutralize(markdown).contains("`&lt;P"))
        // It renders (before, it never returned), with the text as text.
        let html = SiteMarkup.reportHTML(markdown)
        #expect(html.contains("lt;P x"), "\(html)")
    }

    @Test("a <p in code is escaped: where Ink read the code as text, it looped on a raw <P (found by CI's fuzzing)")
    func paragraphOpenerInCode() {
        #expect(MarkdownNeutralizer.neutralize("`<p>` <b> `<P` ```<p") == "`&lt;p>` &lt;b> `&lt;P` ```&lt;p")
        #expect(MarkdownNeutralizer.neutralize("```\n<p>\n<b>\n```") == "```\n&lt;p>\n<b>\n```")
        let row = "|TTTTPsss\u{01}# T\"h\\Y`<P\u{0C}x\u{FFFD}\u{FFFD}b onmo``````\r````````\u{FFFD}``\u{01}# T\"h\\\\`<"
        let html = SiteMarkup.reportHTML(row + "\n\n" + row + "\n`")
        #expect(html.contains("lt;P x"), "\(html)")
    }

    @Test("a line of 120 opening brackets renders, as text")
    func bracketRun() {
        let html = SiteMarkup.reportHTML("| a |\n|---|\n| " + String(repeating: "[", count: 120) + "b](c) |")
        // Every bracket but the one opening the innermost link is still there as text.
        #expect(html.filter { $0 == "[" }.count == 119)
    }

    @Test("a paragraph leaving a dozen brackets open over its lines renders, as text")
    func bracketsOverLines() {
        let paragraph = (0..<12).map { "<![CDATA[ line \($0) ![i](data:x" }.joined(separator: "\n")
        let html = SiteMarkup.reportHTML("# T\n\n" + paragraph + "\n")
        #expect(html.filter { $0 == "[" }.count >= 12 * 2 - 1)
        #expect(!html.contains("data:x\""))
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
