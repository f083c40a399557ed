import GeoModel
import Testing

@Suite("Period")
struct PeriodTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let first: String
        let last: String
        var testDescription: String { text }
    }

    @Test(
        "knows its first and last day",
        arguments: [
            Case(text: "2025-H1", first: "2025-01-01", last: "2025-06-30"),
            Case(text: "2025-H2", first: "2025-07-01", last: "2025-12-31"),
            Case(text: "2026-Q1", first: "2026-01-01", last: "2026-03-31"),
            Case(text: "2024-Q1", first: "2024-01-01", last: "2024-03-31"),
            Case(text: "2024-02", first: "2024-02-01", last: "2024-02-29"),
            Case(text: "2025-02", first: "2025-02-01", last: "2025-02-28"),
            Case(text: "2025-07", first: "2025-07-01", last: "2025-07-31"),
            Case(text: "2025", first: "2025-01-01", last: "2025-12-31"),
        ])
    func days(_ example: Case) throws {
        let period = try #require(Period(example.text))
        #expect(period.firstDay.description == example.first)
        #expect(period.lastDay.description == example.last)
        #expect(period.description == example.text)
    }

    @Test(
        "refuses what is not a canonical period",
        arguments: [
            "2025-H3", "2025-H0", "2025-Q5", "2025-13", "2025-00", "25-H1", "2025-h1", "H1 2025", "", "2025-H1-2",
            "20251",
        ])
    func refuses(_ text: String) {
        #expect(Period(text) == nil)
    }

    @Test("orders by first day, then shorter first")
    func ordering() throws {
        let texts = ["2026-Q1", "2025", "2025-H2", "2025-07", "2025-H1", "2025-01"]
        let sorted = texts.compactMap(Period.init).sorted().map(\.description)
        // By first day, then by length in months: January 2025 before H1 2025 before the year 2025.
        #expect(sorted == ["2025-01", "2025-H1", "2025", "2025-07", "2025-H2", "2026-Q1"])
    }

    @Test("finds the half-year of a month")
    func halfOfMonth() {
        #expect(Period.half(containing: 2025, month: 6)?.description == "2025-H1")
        #expect(Period.half(containing: 2025, month: 7)?.description == "2025-H2")
    }
}

@Suite("Day")
struct DayTests {
    @Test("parses ISO dates and refuses impossible ones")
    func parsing() {
        #expect(Day(iso: "2025-07-01")?.description == "2025-07-01")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2025-7-1") == nil)
        #expect(Day(iso: "2025-13-01") == nil)
    }
}

@Suite("SanctionProgramme")
struct SanctionProgrammeTests {
    func programme(since: String?, until: String?) throws -> SanctionProgramme {
        SanctionProgramme(
            iso3: try #require(AreaCode("SYR")), area: "Syria", authority: "OFAC", programme: "Test",
            scope: "comprehensive",
            since: since.flatMap(Day.init(iso:)), until: until.flatMap(Day.init(iso:)), sourceURL: "")
    }

    @Test("treats until as the first day no longer in force")
    func untilIsExclusive() throws {
        let syria = try programme(since: "2004-05-11", until: "2025-07-01")
        #expect(syria.isInForce(during: try #require(Period("2025-H1"))))
        #expect(!syria.isInForce(during: try #require(Period("2025-H2"))))
        #expect(syria.isInForce(during: try #require(Period("2025"))))
    }

    @Test("counts a programme that starts on the last day of a period")
    func startsLate() throws {
        let late = try programme(since: "2025-06-30", until: nil)
        #expect(late.isInForce(during: try #require(Period("2025-H1"))))
        #expect(!late.isInForce(during: try #require(Period("2025-Q1"))))
        #expect(try programme(since: nil, until: nil).isInForce(during: try #require(Period("1990"))))
    }
}
