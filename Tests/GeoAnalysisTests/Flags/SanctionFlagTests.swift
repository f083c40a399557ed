import GeoAnalysis
import GeoModel
import Testing

@Suite("The sanctioned flag is date-aware")
struct SanctionFlagTests {
    let shipped = Flagger(tables: ShippedData.tables)

    @Test("Syria is comprehensively sanctioned in 2025-H1, with the programme's last day")
    func syriaFirstHalf() throws {
        let flag = try #require(shipped.sanctionFlag(for: TinyWorld.code("SYR"), in: TinyWorld.h1))
        #expect(flag.flag == .sanctioned)
        #expect(flag.level == .comprehensive)
        #expect(
            flag.reason
                == "US Treasury OFAC Syrian Sanctions Regulations (31 CFR part 542; EO 13338 and five later EOs) "
                + "(comprehensive) in force from 2004-05-11 until 2025-06-30")
        #expect(
            flag.evidence.map(\.source)
                == ["https://ofac.treasury.gov/sanctions-programs-and-country-information/syria-related-sanctions"])
    }

    @Test("Syria in 2025-H2 is under the targeted PAARSS programme only")
    func syriaSecondHalf() throws {
        let flag = try #require(shipped.sanctionFlag(for: TinyWorld.code("SYR"), in: TinyWorld.h2))
        #expect(flag.level == .targeted)
        #expect(
            flag.reason
                == "US Treasury OFAC Promoting Accountability for Assad and Regional Stabilization Sanctions "
                + "(PAARSS; EO 13894 as amended by EO 14312) (list-based (targeted)) in force from 2025-07-01")
        #expect(!flag.reason.contains("Syrian Sanctions Regulations"))
    }

    @Test(
        "months either side of Syria's change of programme",
        arguments: [("2025-06", FlagLevel.comprehensive), ("2025-07", .targeted), ("2025", .comprehensive)])
    func syriaByMonth(period: String, level: FlagLevel) throws {
        let flag = try #require(shipped.sanctionFlag(for: TinyWorld.code("SYR"), in: TinyWorld.period(period)))
        #expect(flag.level == level)
    }

    @Test("regional, list-based and unsanctioned economies")
    func otherEconomies() throws {
        // Regional programmes (Crimea, DNR/LNR) are not a whole-country flag: their own flag instead.
        #expect(shipped.sanctionFlag(for: TinyWorld.code("UKR"), in: TinyWorld.h2) == nil)
        let ukraine = try #require(shipped.regionalSanctionFlag(for: TinyWorld.code("UKR"), in: TinyWorld.h2))
        #expect(ukraine.flag == .sanctionedRegion)
        #expect(ukraine.level == .regional)
        #expect(ukraine.evidence.count == 2)
        #expect(ukraine.reason.contains("covering Ukraine (Crimea region)"))
        let russia = try #require(shipped.sanctionFlag(for: TinyWorld.code("RUS"), in: TinyWorld.h2))
        #expect(russia.level == .targeted)
        #expect(russia.evidence.count == 2)
        let northKorea = try #require(shipped.sanctionFlag(for: TinyWorld.code("PRK"), in: TinyWorld.h2))
        #expect(northKorea.reason.hasSuffix("(comprehensive) in force (start date not sourced)"))
        #expect(shipped.sanctionFlag(for: TinyWorld.code("DEU"), in: TinyWorld.h2) == nil)
    }

    static func programme(since: String?, until: String?, scope: String = "comprehensive") -> SanctionProgramme {
        SanctionProgramme(
            iso3: TinyWorld.code("AAA"), area: "Economy AAA", authority: "Authority", programme: "Programme",
            scope: scope, since: since.map(TinyWorld.day), until: until.map(TinyWorld.day),
            sourceURL: "https://example.org/programme")
    }

    struct WindowCase: Sendable, CustomStringConvertible {
        let since: String?
        let until: String?
        let period: String
        let reason: String?
        var description: String { "\(since ?? "-")…\(until ?? "-") in \(period)" }
    }

    @Test(
        "programmes starting or ending inside a period count; until is exclusive",
        arguments: [
            // starts mid-period
            WindowCase(
                since: "2025-03-15", until: nil, period: "2025-H1",
                reason: "Authority Programme (comprehensive) in force from 2025-03-15"),
            WindowCase(since: "2025-03-15", until: nil, period: "2024-H2", reason: nil),
            // starts on the period's last day
            WindowCase(
                since: "2025-06-30", until: nil, period: "2025-H1",
                reason: "Authority Programme (comprehensive) in force from 2025-06-30"),
            // in force before the period began
            WindowCase(
                since: "2020-01-01", until: nil, period: "2025-H1",
                reason: "Authority Programme (comprehensive) in force since 2020-01-01"),
            // ends mid-period: last day 2025-03-31
            WindowCase(
                since: "2020-01-01", until: "2025-04-01", period: "2025-H1",
                reason: "Authority Programme (comprehensive) in force from 2020-01-01 until 2025-03-31"),
            WindowCase(since: "2020-01-01", until: "2025-04-01", period: "2025-H2", reason: nil),
            // ends on the period's first day: not in force at all during it
            WindowCase(since: "2020-01-01", until: "2025-01-01", period: "2025-H1", reason: nil),
            // ... but in force on the last day of the year before
            WindowCase(
                since: nil, until: "2025-01-01", period: "2024-H2",
                reason: "Authority Programme (comprehensive) in force until 2024-12-31 (start date not sourced)"),
            // ends on the second day of a leap-year March
            WindowCase(
                since: "2024-01-01", until: "2024-03-01", period: "2024-Q1",
                reason: "Authority Programme (comprehensive) in force from 2024-01-01 until 2024-02-29"),
        ])
    func window(_ example: WindowCase) {
        let tables = TinyWorld.tables(sanctions: [Self.programme(since: example.since, until: example.until)])
        let flag = Flagger(tables: tables).sanctionFlag(
            for: TinyWorld.code("AAA"), in: TinyWorld.period(example.period))
        #expect(flag?.reason == example.reason)
    }

    @Test(
        "maps published scopes to levels",
        arguments: [
            ("comprehensive", FlagLevel.comprehensive),
            ("comprehensive (regional)", .regional),
            ("list-based (targeted)", .targeted),
            ("list-based and sectoral (not comprehensive)", .targeted),
            ("sectoral (services export ban)", .targeted),
            ("government blocking and sectoral (not comprehensive)", .targeted),
        ])
    func levels(scope: String, level: FlagLevel) {
        #expect(Flagger.level(ofScope: scope) == level)
    }

    @Test("the strongest programme in force sets the level")
    func strongestLevel() throws {
        let tables = TinyWorld.tables(sanctions: [
            Self.programme(since: "2020-01-01", until: nil, scope: "list-based (targeted)"),
            Self.programme(since: "2025-05-01", until: nil, scope: "comprehensive"),
        ])
        let flagger = Flagger(tables: tables)
        #expect(flagger.sanctionFlag(for: TinyWorld.code("AAA"), in: TinyWorld.h1)?.level == .comprehensive)
        #expect(flagger.sanctionFlag(for: TinyWorld.code("AAA"), in: TinyWorld.period("2024-H2"))?.level == .targeted)
    }
}
