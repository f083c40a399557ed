import GeoMaps
import GeoModel
import Testing

@Suite("Text formatting")
struct TextFormattingTests {
    @Test(
        "escapes XML specials and removes control characters",
        arguments: [
            ("Côte d'Ivoire", "Côte d&#39;Ivoire"), ("A & B <c> \"d\"", "A &amp; B &lt;c&gt; &quot;d&quot;"),
            ("bell\u{7}null\u{0}del\u{7F}c1\u{85}", "bellnulldelc1"), ("tab\tnew\nline\r", "tab new line "),
            ("non\u{FFFE}char\u{FFFF}", "nonchar"), ("emoji 🌍 and 中文", "emoji 🌍 and 中文"),
            // Printable ASCII without specials is returned as it is (path data, codes, numbers).
            ("M12.5,3l-1,2h-10.25z", "M12.5,3l-1,2h-10.25z"), ("", ""),
            ("~ !#$%()*+/;=?@[]^`{|}", "~ !#$%()*+/;=?@[]^`{|}"),
            ("plain'", "plain&#39;"), ("\u{7F}", ""),
        ])
    func escapes(_ input: String, _ expected: String) {
        #expect(XMLText.escaped(input) == expected)
    }

    @Test(
        "escapes by context: attributes keep apostrophes, content keeps quotes and line breaks",
        arguments: [
            ("it's", XMLText.Context.attribute, "it's"), ("say \"hi\"", .content, "say \"hi\""),
            ("say \"hi\"", .attribute, "say &quot;hi&quot;"), ("a\nb", .content, "a\nb"), ("a<b", .content, "a&lt;b"),
            ("del\u{7F}", .content, "del\u{7F}"), ("plain text", .attribute, "plain text"),
        ])
    func escapesByContext(_ input: String, _ context: XMLText.Context, _ expected: String) {
        #expect(XMLText.escaped(input, for: context) == expected)
    }

    @Test(
        "normalises published band labels",
        arguments: [("6-10", "6–10"), ("<=5", "≤5"), (">25", ">25"), (">=50", "≥50"), ("-5", "-5"), ("a-b", "a-b")])
    func normalisesLabels(_ input: String, _ expected: String) {
        #expect(LegendText.normalisedLabel(input) == expected)
    }

    @Test("writes values with a minus sign and the unit after a space")
    func values() {
        #expect(LegendText.value(17.1, suffix: " %") == "17.1 %")
        #expect(LegendText.value(-2.25, suffix: " pp") == "−2.25 pp")
        #expect(LegendText.value(0.38123, suffix: "") == "0.3812")
    }
}
