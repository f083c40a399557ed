import GeoReports
import Testing

@Suite("MarkdownText")
struct MarkdownTextTests {
    @Test(
        "escapes text from data so it never becomes markup",
        arguments: [
            ("plain", "plain"),
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
            ("a | b", "a \\| b"),
            ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
            ("Tom & Jerry", "Tom &amp; Jerry"),
            ("two\nlines", "two lines"),
            ("]]>", "\\]\\]&gt;"),
            ("back\\slash", "back\\\\slash"),
        ])
    func inline(input: String, expected: String) {
        #expect(MarkdownText.inline(input) == expected)
    }

    @Test("code spans drop backticks and newlines")
    func code() {
        #expect(MarkdownText.code("a`b\nc") == "`abc`")
    }

    @Test("tables align numbers to the right")
    func table() {
        var table = MarkdownTable(["Name", "Value"], alignments: [.left, .right])
        table.append(["Chad", "5.0 %"])
        #expect(table.markdown == "| Name | Value |\n|---|---:|\n| Chad | 5.0 % |")
    }
}

@Suite("NumberFormat")
struct NumberFormatTests {
    @Test(
        "formats fixed decimals without locale, rounding half away from zero",
        arguments: [
            (15.125, 2, "15.13"), (15.1249, 2, "15.12"), (-0.001, 1, "0.0"), (-1.25, 1, "-1.3"), (0.5, 0, "1"),
            (2.5, 0, "3"), (1234.5678, 3, "1234.568"), (0.04, 2, "0.04"), (7, 0, "7"),
        ])
    func fixed(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test("groups thousands and trims trailing zeros")
    func grouped() {
        #expect(NumberFormat.grouped(5_230_000_000) == "5,230,000,000")
        #expect(NumberFormat.grouped(999) == "999")
        #expect(NumberFormat.grouped(-1234) == "-1,234")
        #expect(NumberFormat.trimmed(12.50, maximumDecimals: 3) == "12.5")
        #expect(NumberFormat.trimmed(12.0, maximumDecimals: 3) == "12")
        #expect(NumberFormat.fixed(.infinity, decimals: 1) == "∞")
    }
}

@Suite("CSVText")
struct CSVTextTests {
    @Test("quotes fields with commas, quotes and line breaks")
    func quoting() {
        #expect(
            CSVText.row(["Korea, Rep.", "say \"hi\"", "two\nlines", "plain"])
                == "\"Korea, Rep.\",\"say \"\"hi\"\"\",\"two\nlines\",plain")
        #expect(CSVText.table(header: ["a"], rows: [["1"]]) == "a\n1\n")
        #expect(CSVText.number(nil) == "")
        #expect(CSVText.number(15.1300004) == "15.13")
    }
}
