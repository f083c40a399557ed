import GeoIngest
import GeoModel
import Testing

@Suite("Monthly provider-share reader: half-year roll-up")
struct MonthlyShareReaderTests {
    typealias Reading = MonthlyTestReading

    /// One expected half-year mean, computed by hand from the fixture.
    struct Expected: CustomTestStringConvertible, Sendable {
        let period: String
        let metric: String
        let value: Double
        let months: String
        var testDescription: String { "\(period) \(metric)" }
    }

    static let h1 = "mean of 6 months: 2025-01, 2025-02, 2025-03, 2025-04, 2025-05, 2025-06"
    static let h2 = "mean of 6 months: 2025-07, 2025-08, 2025-09, 2025-10, 2025-11, 2025-12"

    static let kenya: [Expected] = [
        // (80.5 + 80.1 + 79.8 + 79.2 + 78.9 + 78.4) / 6 = 476.9 / 6
        Expected(period: "2025-H1", metric: "share_chatgpt", value: 476.9 / 6, months: h1),
        // April is empty: missing, not zero. (1.5 + 1.6 + 1.7 + 1.9 + 2.0) / 5 = 8.7 / 5 = 1.74
        Expected(
            period: "2025-H1", metric: "share_deepseek", value: 1.74,
            months: "mean of 5 months: 2025-01, 2025-02, 2025-03, 2025-05, 2025-06"),
        // (0.4 + 0.4 + 0.4 + 2.2 + 0.3 + 0.2) / 6 = 3.9 / 6 = 0.65
        Expected(period: "2025-H1", metric: "share_other", value: 0.65, months: h1),
        // (79.85 + 79.6 + 79.1 + 78.7 + 78.3 + 77.9) / 6 = 473.45 / 6; December is written "77.9%"
        Expected(period: "2025-H2", metric: "share_chatgpt", value: 473.45 / 6, months: h2),
        // (11.2 + 11.4 + 11.7 + 12.0 + 12.2 + 12.5) / 6 = 71.0 / 6
        Expected(period: "2025-H2", metric: "share_perplexity", value: 71.0 / 6, months: h2),
        // (4.1 + 4.2 + 4.3 + 4.4 + 4.5 + 4.6) / 6 = 26.1 / 6 = 4.35
        Expected(period: "2025-H2", metric: "share_microsoft_copilot", value: 4.35, months: h2),
        // (2.9 + 2.9 + 3.0 + 3.0 + 3.1 + 3.1) / 6 = 18.0 / 6 = 3.0
        Expected(period: "2025-H2", metric: "share_google_gemini", value: 3.0, months: h2),
        // (1.2 + 1.1 + 1.1 + 1.0 + 1.0 + 0.9) / 6 = 6.3 / 6 = 1.05
        Expected(period: "2025-H2", metric: "share_deepseek", value: 1.05, months: h2),
        // (0.6 + 0.6 + 0.6 + 0.7 + 0.7 + 0.8) / 6 = 4.0 / 6
        Expected(period: "2025-H2", metric: "share_claude", value: 4.0 / 6, months: h2),
    ]

    @Test("averages each half-year of the KE export (BOM, CRLF, % signs, a missing month)", arguments: kenya)
    func kenyaMeans(expected: Expected) throws {
        let file = try Reading.fixture(Reading.kenyaFile)
        let observation = try #require(Reading.value(file, expected.period, expected.metric))
        #expect(observation.iso3 == AreaCode("KEN"))
        #expect(abs((observation.value ?? .nan) - expected.value) < 1e-9)
        #expect(observation.note == expected.months)
    }

    @Test("reports every provider for both halves, each pointing at the first row of its half")
    func kenyaShape() throws {
        let file = try Reading.fixture(Reading.kenyaFile)
        #expect(file.observations.count == 14)  // 7 providers × 2 half-years
        #expect(
            Set(file.observations.map(\.metric)) == [
                "share_chatgpt", "share_perplexity", "share_microsoft_copilot", "share_google_gemini", "share_deepseek",
                "share_claude", "share_other",
            ])
        let path = "Data/monthly/\(Reading.kenyaFile)"
        for observation in file.observations {
            let line = observation.period.description == "2025-H1" ? 2 : 8  // 2025-01 and 2025-07
            #expect(observation.origin == SourceLocation(path: path, line: line, column: 1))
        }
        #expect(file.source.format == .monthly && file.source.encoding == "UTF-8")
        #expect(file.source.rowsRead == 12 && file.source.rowsKept == 12)
        #expect(file.diagnostics.isEmpty)
        #expect(file.resolutions == [Resolution(input: "KE", iso3: try #require(AreaCode("KEN")), method: .code)])
    }

    @Test("leaves out a half-year with fewer months than the minimum, with a note naming them")
    func belowMinimum() throws {
        let file = try Reading.fixture(Reading.nigeriaFile)
        #expect(file.observations.map(\.period.description) == ["2025-H2", "2025-H2", "2025-H2"])
        // (72.5 + 73.0 + 73.5 + 74.0 + 74.5 + 75.0) / 6 = 442.5 / 6 = 73.75
        #expect(Reading.value(file, "2025-H2", "share_chatgpt")?.value == 73.75)
        // (18.5 + 18.0 + 17.0 + 16.5 + 16.0 + 15.5) / 6 = 101.5 / 6
        #expect(abs((Reading.value(file, "2025-H2", "share_deepseek")?.value ?? .nan) - 101.5 / 6) < 1e-9)
        // (9.0 + 9.0 + 9.5 + 9.5 + 9.5 + 9.5) / 6 = 56.0 / 6
        #expect(abs((Reading.value(file, "2025-H2", "share_other")?.value ?? .nan) - 56.0 / 6) < 1e-9)
        #expect(
            file.diagnostics.map(\.description) == [
                """
                Data/monthly/\(Reading.nigeriaFile):2:1: note: 2025-H1 is not reported: only 2 months have a value \
                (2025-05, 2025-06); the minimum is 3
                  hint: A half-year mean needs values for at least 3 of its 6 months; add the missing months, \
                or lower minimum_months for this source.
                """
            ])
        #expect(file.source.rowsRead == 8 && file.source.rowsKept == 6)
    }

    @Test("reports the short half-year when the minimum is lowered to 2")
    func loweredMinimum() throws {
        let file = try Reading.fixture(Reading.nigeriaFile) { $0.minimumMonths = 2 }
        let chatGPT = try #require(Reading.value(file, "2025-H1", "share_chatgpt"))
        #expect(chatGPT.value == 70.5)  // (70.0 + 71.0) / 2
        #expect(chatGPT.note == "mean of 2 months: 2025-05, 2025-06")
        #expect(file.diagnostics.isEmpty)
    }

    @Test("names the metric when only one provider falls short, and ignores rows with no values")
    func oneProviderShort() throws {
        let file = try Reading.read(
            """
            Date,ChatGPT,Deepseek
            2025-09,70,
            2025-07,72,2
            2025-12,,
            2025-08,71,
            """, spec: Reading.spec("share-KE.csv"))
        // Months out of order are fine: (72 + 71 + 70) / 3 = 71; row 2025-12 has no values and is ignored.
        #expect(Reading.value(file, "2025-H2", "share_chatgpt")?.value == 71)
        #expect(Reading.value(file, "2025-H2", "share_chatgpt")?.note == "mean of 3 months: 2025-07, 2025-08, 2025-09")
        #expect(Reading.value(file, "2025-H2", "share_chatgpt")?.origin.line == 2)
        #expect(Reading.value(file, "2025-H2", "share_deepseek") == nil)
        #expect(
            file.diagnostics.map(\.message) == [
                "2025-H2 is not reported for share_deepseek: only 1 month has a value (2025-07); the minimum is 3"
            ])
    }

    @Test("refuses a file in which no half-year has enough months, after the notes saying why")
    func nothingToReport() {
        let error = #expect(throws: GeoError.self) {
            try Reading.read(Reading.text(dates: ["Nov 2025", "Dec 2025"]), spec: Reading.spec("share-KE.csv"))
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                """
                share-KE.csv:1:1: error: no half-year has 3 months with a value, so the file has no observations
                  hint: See the notes: add the missing months, or lower minimum_months for this source.
                """,
                """
                share-KE.csv:2:1: note: 2025-H2 is not reported: only 2 months have a value (2025-11, 2025-12); \
                the minimum is 3
                  hint: A half-year mean needs values for at least 3 of its 6 months; add the missing months, \
                or lower minimum_months for this source.
                """,
            ])
    }

    @Test("refuses a month written twice, naming both lines")
    func duplicateMonth() {
        let errors = Reading.failure(
            """
            Date,ChatGPT,Other
            2025-07,70,30
            2025-08,71,29
            Jul 2025,72,28
            """, spec: Reading.spec("share-KE.csv"))
        #expect(
            errors == [
                """
                share-KE.csv:4:1: error: month 2025-07 appears twice, on lines 2 and 4
                  hint: Keep one row per month: delete or correct one of the two rows.
                """
            ])
    }

    @Test("refuses a minimum outside 1–6")
    func badMinimum() {
        let error = #expect(throws: GeoError.self) {
            try Reading.read(Reading.text(dates: ["2025-07"]), spec: Reading.spec("share-KE.csv", minimumMonths: 0))
        }
        #expect(error?.code == .usage)
        #expect(error?.message == "minimum months must be between 1 and 6, not 0")
    }
}
