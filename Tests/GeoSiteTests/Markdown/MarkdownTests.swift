import Testing

@testable import GeoSite

/// The stand-ins ``MarkdownNeutralizer`` puts in Ink's input, U+FDD0…U+FDD4, and U+FDD5, from
/// their UTF-8 (Swift's literals refuse noncharacters).
private enum StandIn {
    static let lessThan = String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self)
    static let quote = String(decoding: [0xEF, 0xB7, 0x91], as: UTF8.self)
    static let bracket = String(decoding: [0xEF, 0xB7, 0x92], as: UTF8.self)
    static let verticalLine = String(decoding: [0xEF, 0xB7, 0x93], as: UTF8.self)
    static let ampersand = String(decoding: [0xEF, 0xB7, 0x94], as: UTF8.self)
    static let unused = String(decoding: [0xEF, 0xB7, 0x95], as: UTF8.self)
}

@Suite struct MarkdownNeutralizerTests {
    @Test("holds every < and \" from Ink, in text and in code alike")
    func holdsHTMLCharacters() {
        let (lessThan, quote) = (StandIn.lessThan, StandIn.quote)
        #expect(
            MarkdownNeutralizer.neutralize(#"<b>x</b> [a](b"c) `<i>"` end"#)
                == "\(lessThan)b>x\(lessThan)/b> [a](b\(quote)c) `\(lessThan)i>\(quote)` end")
        #expect(
            MarkdownNeutralizer.neutralize("```\n<script>\n```\n<p>")
                == "```\n\(lessThan)script>\n```\n\(lessThan)p>")
        #expect(MarkdownNeutralizer.neutralize("a\r\n<b>\rc") == "a\n\(lessThan)b>\nc")
        #expect(MarkdownNeutralizer.neutralize("") == "")
    }

    @Test(
        "writes each stand-in in Ink's output as a reference, and nothing else",
        arguments: [
            (StandIn.lessThan + "b> x", "&lt;b> x"), ("href=\"a" + StandIn.quote + "b\"", "href=\"a&quot;b\""),
            (StandIn.bracket + StandIn.bracket, "&#91;&#91;"), ("<p>a &lt; b</p>", "<p>a &lt; b</p>"), ("", ""),
            (StandIn.unused + "\u{FFFD}", StandIn.unused + "\u{FFFD}"),
        ])
    func restores(html: String, restored: String) {
        #expect(MarkdownNeutralizer.restore(html) == restored)
    }

    @Test("stand-ins already in the text become U+FFFD, so that Ink returns only the ones put there")
    func standInsInTheText() {
        #expect(
            MarkdownNeutralizer.neutralize("a\(StandIn.lessThan)b\(StandIn.quote)c\(StandIn.bracket)d")
                == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(SiteMarkup.reportHTML("a\(StandIn.lessThan)<b>") == "<p>a\u{FFFD}&lt;b&gt;</p>\n")
    }

    @Test("brackets nested deeper than Ink can read quickly are held from it, and come back as brackets")
    func deepBrackets() {
        let bracket = StandIn.bracket
        #expect(
            MarkdownNeutralizer.neutralize("[[[[[[a]]]]]] [b](c)") == "[[[[\(bracket)\(bracket)a]]]]]] [b](c)")
        // Open brackets count across a paragraph's lines; a blank line starts afresh.
        #expect(MarkdownNeutralizer.neutralize("[a\n[b\n[c\n[d\n[e") == "[a\n[b\n[c\n[d\n\(bracket)e")
        #expect(MarkdownNeutralizer.neutralize("[a\n[b\n[c\n[d\n\n[e") == "[a\n[b\n[c\n[d\n\n[e")
        // A hard break (two spaces or a backslash) carries the paragraph past blank lines, for Ink.
        #expect(MarkdownNeutralizer.neutralize("[[[[  \n\n\n[a") == "[[[[  \n\n\n\(bracket)a")
        #expect(MarkdownNeutralizer.neutralize("[[[[\\\n\n[a") == "[[[[\\\n\n\(bracket)a")
        #expect(MarkdownNeutralizer.neutralize("[[[[ \n\n[a") == "[[[[ \n\n[a")
        // In code they show as brackets.
        #expect(SiteMarkup.reportHTML("`[[[[[[`") == "<p><code>[[[[[[</code></p>\n")
    }

    @Test("vertical lines past the 65th in a line are held from Ink, and come back as vertical lines")
    func wideRows() {
        let line = String(repeating: "|", count: 70)
        #expect(
            MarkdownNeutralizer.neutralize(line + "\n" + line)
                == String(repeating: "|", count: 65) + String(repeating: StandIn.verticalLine, count: 5) + "\n"
                + String(repeating: "|", count: 65) + String(repeating: StandIn.verticalLine, count: 5))
        #expect(MarkdownNeutralizer.restore(StandIn.verticalLine) == "&#124;")
        // A 64-column table is still a table.
        let row = "|" + String(repeating: " a |", count: 64)
        let html = SiteMarkup.reportHTML(row + "\n|" + String(repeating: "---|", count: 64) + "\n" + row)
        #expect(html.components(separatedBy: "<td>").count - 1 == 64)
    }

    @Test(
        "finds the links Ink reads whole on one line, and no other",
        arguments: [
            ("[a](b) x", 0, 6), ("x ![i](s)", 3, 9), ("[a][r] x", 0, 6), ("[`a]b`](c)", 0, 10),
            ("[a &gt; b](c)", 0, 13), ("[a & b](c)", 0, 10), ("[a`b](c)", 0, 8), ("[](c)", 0, 5),
            ("[a&b](c)", 0, 8), ("[a\\](b)", 0, nil), ("[a[b](c)", 0, nil), ("[a](b(c)d) x", 0, 10),
            ("[a](b(c)", 0, nil), ("[a](b))", 0, 6),
            ("[a] b", 0, nil), ("[a](b", 0, nil), ("[a][b", 0, nil), ("[a]", 0, nil), ("[a&nbsp b](c)", 0, 13),
            ("[a](" + String(repeating: "b", count: 1_999) + ")", 0, 2_004),
            ("[a](" + String(repeating: "b", count: 2_000) + ")", 0, nil),
            ("[a][" + String(repeating: "b", count: 1_999) + "]", 0, 2_004),
            ("[a][" + String(repeating: "b", count: 2_000) + "]", 0, nil),
        ] as [(String, Int, Int?)])
    func wholeLinks(line: String, start: Int, end: Int?) {
        #expect(WholeLink.end(in: Array(line), openingAt: start) == end)
    }

    @Test("an & that starts no character reference is held from Ink, and shows as & in text and code")
    func ampersands() {
        let amp = StandIn.ampersand
        #expect(
            MarkdownNeutralizer.neutralize("a & b &amp; c&&d &#91; &x &a]b;")
                == "a \(amp) b &amp; c\(amp)\(amp)d &#91; \(amp)x \(amp)a]b;")
        #expect(MarkdownNeutralizer.restore(amp) == "&amp;")
        #expect(SiteMarkup.reportHTML("a & b &gt; `&gt; &`") == "<p>a &amp; b &gt; <code>&amp;gt; &amp;</code></p>\n")
    }

    @Test("a < or \" followed by a combining mark is held too: browsers read it as the bare character")
    func combiningMarks() {
        let (lessThan, quote) = (StandIn.lessThan, StandIn.quote)
        #expect(
            MarkdownNeutralizer.neutralize("<\u{301}b> [a](x\"\u{301} y) `<\u{301}`")
                == "\(lessThan)\u{301}b> [a](x\(quote)\u{301} y) `\(lessThan)\u{301}`")
    }

    @Test("line breaks become the lines Ink reads: CR and CRLF end lines, other breaks are spaces")
    func lineBreaks() {
        #expect(
            MarkdownNeutralizer.neutralize("a\r\nb\rc\u{0B}d\u{0C}e\u{85}f\u{2028}g\u{2029}h")
                == "a\nb\nc d e f g h")
    }

    @Test("a line of only spaces and tabs is written empty, and line breaks and blank lines at the end are dropped")
    func blankLines() {
        #expect(MarkdownNeutralizer.neutralize("- a\n \t\nb\n  ") == "- a\n\nb")
        #expect(MarkdownNeutralizer.neutralize("```\n  \n```\n\n") == "```\n\n```")
        #expect(MarkdownNeutralizer.neutralize("- \u{A0}\u{3000}\n\t\n") == "- \u{A0}\u{3000}")
        #expect(MarkdownNeutralizer.neutralize(" \n\u{A0}\n") == "")
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
        "a <P in code that Ink reads as text renders, shown as written (Ink looped on a raw <p)",
        arguments: [
            // A line break Markdown does not end lines at, inside a code span.
            "`<P\u{0B}x`", "`<P\u{0C}x`", "`<P\u{85}x`", "`<P\u{2028}x`", "`<P\u{2029}x`",
            // A backtick after a backslash.
            "\\`<P x`", "\\\\`<P x`", "# T\"h\\\\`<P\u{0C}x\u{FFFD}\u{0}\u{FFFD}`--|---|",
            // A table row whose carriage return begins a line of backticks (CI's fuzzing).
            String(
                repeating:
                    "|TTTTPsss\u{01}# T\"h\\Y`<P\u{0C}x\u{FFFD}\u{FFFD}b onmo``````\r````````\u{FFFD}``\u{01}# T\"h\\\\`<\n\n",
                count: 2) + "`",
            // A closing fence with text after it.
            "`````d````h\\\\`<P\u{0C}](\n`````<P x",
        ])
    func paragraphOpener(markdown: String) {
        #expect(!MarkdownNeutralizer.neutralize(markdown).contains("<"))
        // It renders (before, it never returned), with the <P shown as written.
        let html = SiteMarkup.reportHTML(markdown)
        #expect(html.contains("&lt;P x"), "\(html)")
    }

    @Test("code shows < as written, in spans and fences")
    func lessThanInCode() {
        #expect(SiteMarkup.reportHTML("`<p>`") == "<p><code>&lt;p&gt;</code></p>\n")
        #expect(SiteMarkup.reportHTML("```\n<p>\n<b>\n```") == "<pre><code>&lt;p&gt;\n&lt;b&gt;\n</code></pre>\n")
    }

    @Test(
        "an unclosed front matter followed by white space at the end renders (Ink read past its input)",
        arguments: [
            ("---\n\n", "<hr/>"), ("---\nfoo\n", "<p>foo</p>"), ("---\nfoo\n \n", "<p>foo</p>"),
            ("---\nfoo: \n\t", "<p>foo:</p>"), ("\n---\nfoo:\n\n", "<p>foo:</p>"),
        ])
    func frontMatterThenSpaces(markdown: String, rendered: String) {
        #expect(SiteMarkup.reportHTML(markdown).contains(rendered))
    }

    @Test("a line of 4,000 vertical lines over 4,000 two-cell rows renders small (Ink padded every row to the widest)")
    func wideTable() {
        let markdown = String(repeating: "|", count: 4001) + "\n" + String(repeating: "||\n", count: 4000)
        let html = SiteMarkup.reportHTML(markdown)
        // Every vertical line is still there; before, 16 million empty cells followed.
        #expect(html.filter { $0 == "|" }.count == 4001 + 8000)
        #expect(html.utf8.count < 100_000)
    }

    @Test(
        "brackets Ink cannot close count, however they seem closed (a dozen took seconds)",
        arguments: [
            // Four groups: each opens four brackets Ink cannot close; the third's also holds a link.
            (#"[[[[\]\]\]\]"#, 4), ("[[[[`]]]]`", 4), ("[[[[[a](]]]])", 4 + 4), ("[[[[&a]]]];", 4),
        ])
    func bracketsInkDoesNotClose(group: String, bracketsLeftToInk: Int) {
        let markdown = String(repeating: group, count: 4) + String(repeating: " x", count: 200)
        #expect(MarkdownNeutralizer.neutralize(markdown).filter { $0 == "[" }.count == bracketsLeftToInk)
        // Each bracket but the links' is text on the page.
        #expect(SiteMarkup.reportHTML(markdown).filter { $0 == "[" }.count == 16)
    }

    @Test("brackets in what looks like a link's destination count, since Ink may read that link as code")
    func bracketsInCodeLookingLikeADestination() {
        let markdown = "_By `geo-a![i](i build` " + String(repeating: "[", count: 40) + " usage p[r)|a|  "
        // The `[i]` opens a whole link, uncounted; four of the others reach Ink, and nothing else.
        #expect(MarkdownNeutralizer.neutralize(markdown).filter { $0 == "[" }.count == 1 + 4)
        #expect(SiteMarkup.reportHTML(markdown).filter { $0 == "[" }.count == 42)
    }

    @Test("a run of 16,000 & renders, as text (Ink read from each on to the end of the run)")
    func ampersandRun() {
        let html = SiteMarkup.reportHTML(String(repeating: "&", count: 16_000))
        #expect(html == "<p>" + String(repeating: "&amp;", count: 16_000) + "</p>\n")
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
