import GeoModel
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
            // A mark after a special character makes one Swift Character, but parsers read
            // code points: the special character is still escaped.
            ("a*\u{301}b*", "a\\*\u{301}b\\*"),
            ("<\u{301}b>", "&lt;\u{301}b&gt;"),
            ("[\u{20DD}x]", "\\[\u{20DD}x\\]"),
            ("one\r\ntwo", "one two"),
            ("one\n\rtwo", "one  two"),
            ("tab\there", "tab here"),
            ("bell\u{7}x\u{7F}", "bellx"),
            ("Côte d'Ivoire", "Côte d'Ivoire"),
        ])
    func inline(input: String, expected: String) {
        #expect(MarkdownText.inline(input) == expected)
    }

    /// Every control character (``Unicode/Scalar/isControl``, checked against Unicode's tables in
    /// GeoModel's tests) is dropped; every other character that is not markup or a line break
    /// comes through as it is.
    @Test("drops exactly the control characters")
    func controls() {
        let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "~", "<", ">", "&", "\n", "\r", "\t"]
        for value in 0..<0x3000 {
            guard let scalar = Unicode.Scalar(UInt32(value)), !special.contains(scalar) else { continue }
            let kept = MarkdownText.inline("a\(Character(scalar))b") == "a\(Character(scalar))b"
            #expect(kept == !scalar.isControl, "U+\(String(value, radix: 16))")
        }
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
        // A quote a combining mark follows is one Swift Character, still a quote to a reader.
        #expect(CSVText.field("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
        #expect(CSVText.table(header: ["a", "b"], rows: [["1", "x,y"], []]) == "a,b\n1,\"x,y\"\n\n")
        #expect(CSVText.number(nil) == "")
        #expect(CSVText.number(15.1300004) == "15.13")
    }
}
