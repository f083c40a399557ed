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

@Suite("CSVText")
struct CSVTextTests {
    @Test("quotes fields with commas, quotes and line breaks")
    func quoting() {
        #expect(
            CSVText.row(["Korea, Rep.", "say \"hi\"", "two\nlines", "plain"])
                == "\"Korea, Rep.\",\"say \"\"hi\"\"\",\"two\nlines\",plain")
        #expect(CSVText.table(header: ["a"], rows: [["1"]]) == "a\n1\n")
        // "\r\n" is one Character in Swift; it is still a line break inside a field.
        #expect(CSVText.field("crlf\r\nline") == "\"crlf\r\nline\"")
        #expect(CSVText.field("Côte d'Ivoire") == "Côte d'Ivoire")
        #expect(CSVText.number(nil) == "")
        #expect(CSVText.number(15.1300004) == "15.13")
    }
}
