import GeoMaps
import Testing

@Suite("Text formatting")
struct TextFormattingTests {
    @Test(
        "escapes XML specials and removes control characters",
        arguments: [
            ("Côte d'Ivoire", "Côte d&#39;Ivoire"), ("A & B <c> \"d\"", "A &amp; B &lt;c&gt; &quot;d&quot;"),
            ("bell\u{7}null\u{0}del\u{7F}c1\u{85}", "bellnulldelc1"), ("tab\tnew\nline\r", "tab new line "),
            ("non\u{FFFE}char\u{FFFF}", "nonchar"), ("emoji 🌍 and 中文", "emoji 🌍 and 中文"),
        ])
    func escapes(_ input: String, _ expected: String) {
        #expect(XMLText.escaped(input) == expected)
    }

    @Test(
        "formats numbers without locale, rounding half away from zero",
        arguments: [
            (0.15, 1, "0.2"), (2.5, 0, "3"), (-2.5, 0, "-3"), (1234.5678, 2, "1234.57"), (0.001, 2, "0.00"),
            (-0.004, 2, "0.00"), (59.4, 1, "59.4"), (1e-7, 3, "0.000"), (12, 0, "12"),
        ])
    func fixed(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberText.fixed(value, decimals: decimals) == expected)
    }

    @Test("trims trailing zeros and negative zero")
    func trimmed() {
        #expect(NumberText.trimmed(62.5, maxDecimals: 4) == "62.5")
        #expect(NumberText.trimmed(13.0, maxDecimals: 4) == "13")
        #expect(NumberText.trimmed(-0.00001, maxDecimals: 2) == "0")
        #expect(NumberText.trimmed(.nan, maxDecimals: 2) == "nan")
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
