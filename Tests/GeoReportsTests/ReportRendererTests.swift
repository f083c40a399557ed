import Testing

@testable import GeoReports

@Suite("ReportRenderer")
struct ReportRendererTests {
    @Test(
        "an appendix section's headings move one level down, nothing else changes",
        arguments: [
            ("## Flags\n\ntext\n### Detail", "### Flags\n\ntext\n#### Detail"),
            ("", ""),
            ("#", "##"),
            ("no heading\n", "no heading\n"),
            ("\n\n## A\n", "\n\n### A\n"),
            ("a # b\n| # |", "a # b\n| # |"),
            // A keycap is one character that is not "#".
            ("#\u{FE0F}\u{20E3} keycap\n## B", "#\u{FE0F}\u{20E3} keycap\n### B"),
            ("## Côte d'Ivoire\r\nline", "### Côte d'Ivoire\r\nline"),
        ])
    func demoted(section: String, expected: String) {
        #expect(ReportRenderer.demoted(section) == expected)
    }
}
