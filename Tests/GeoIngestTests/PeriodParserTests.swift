import GeoIngest
import GeoModel
import Testing

@Suite("PeriodParser")
struct PeriodParserTests {
    @Test(
        "reads the spellings inputs use",
        arguments: [
            ("H1 2025", "2025-H1"), ("2025-H1", "2025-H1"), ("2025 H2", "2025-H2"), ("2025H2", "2025-H2"),
            ("2025-S1", "2025-H1"), ("h2 2025", "2025-H2"), ("Q1 2026", "2026-Q1"), ("2026-Q1", "2026-Q1"),
            ("2026Q1", "2026-Q1"), ("2025-07", "2025-07"), ("2025/07", "2025-07"), ("2025", "2025"),
        ])
    func cells(text: String, canonical: String) {
        #expect(PeriodParser.parse(text)?.description == canonical)
    }

    @Test(
        "refuses malformed periods",
        arguments: ["2025-H3", "2025-13", "2025-Q0", "H1", "next year", "", "2025-H1 2026-H1"])
    func malformed(_ text: String) {
        #expect(PeriodParser.parse(text) == nil)
    }

    @Test(
        "finds the period in a column header",
        arguments: [
            ("H2 2025 AI Diffusion", "2025-H2"), ("AI Diffusion (H1 2025)", "2025-H1"),
            ("Q1 2026 AI Diffusion", "2026-Q1"),
            ("share_2025H2", "2025-H2"),
        ])
    func headers(header: String, canonical: String) {
        #expect(PeriodParser.find(inHeader: header)?.description == canonical)
    }

    @Test("finds no period in headers without one or with two")
    func noHeaderPeriod() {
        #expect(PeriodParser.find(inHeader: "Economy") == nil)
        #expect(PeriodParser.find(inHeader: "Change H1 2025 to H2 2025") == nil)
    }

    @Test("explains why a period is wrong")
    func explanations() {
        #expect(PeriodParser.explainFailure("2025-H3") == "H3 is not a half-year (H1 or H2)")
        #expect(PeriodParser.explainFailure("2025-13") == "13 is not a month (01–12)")
        #expect(PeriodParser.explainFailure("soon") == "'soon' is not a period")
    }
}

@Suite("ValueParser")
struct ValueParserTests {
    @Test(
        "reads numbers as spreadsheets write them",
        arguments: [
            ("64.00%", 64.0, true), ("12.5", 12.5, false), (" 7 ", 7.0, false), ("1,234,567", 1_234_567.0, false),
            ("-3", -3.0, false), ("1,234.5", 1234.5, false), ("0", 0.0, false),
        ])
    func numbers(text: String, value: Double, percent: Bool) {
        #expect(ValueParser.parse(text) == .number(value, hadPercentSign: percent))
    }

    @Test("treats an empty cell as missing, never zero")
    func missing() {
        #expect(ValueParser.parse("") == .missing)
        #expect(ValueParser.parse("   ") == .missing)
    }

    @Test(
        "refuses what is not a finite, unambiguous number",
        arguments: ["NaN", "inf", "1e999", "12,5", "1,23", "abc", "12..5", "0x10"])
    func invalid(_ text: String) {
        guard case .invalid = ValueParser.parse(text) else {
            Issue.record("'\(text)' should be invalid")
            return
        }
    }
}
