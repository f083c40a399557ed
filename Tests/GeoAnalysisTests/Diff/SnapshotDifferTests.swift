import GeoAnalysis
import GeoModel
import Testing

@Suite("SnapshotDiffer")
struct SnapshotDifferTests {
    /// 2025-H1: AAA 10, BBB 20, CCC 40, DDD 30, EEE 50 (TinyWorld.shares).
    /// 2025-H2: AAA 25, BBB 20, CCC 25 (ties with AAA), DDD missing (so it left), EEE only as the band 40–60.
    static let h2: [Observation] = [
        TinyWorld.observation("AAA", 25, period: TinyWorld.h2), TinyWorld.observation("BBB", 20, period: TinyWorld.h2),
        TinyWorld.observation("CCC", 25, period: TinyWorld.h2),
        TinyWorld.observation("EEE", nil, low: 40, high: 60, period: TinyWorld.h2),
    ]

    /// Breaks at 15 and 35: class 0 ≤ 15 < class 1 ≤ 35 < class 2.
    static func classOf(_ value: Double) -> Int? { value <= 15 ? 1 : (value <= 35 ? 2 : 3) }

    func diff(to later: [Observation] = h2, toReference: SnapshotReference = SnapshotReference(period: TinyWorld.h2))
        throws -> SnapshotDiff
    {
        try SnapshotDiffer(metrics: [TinyWorld.share], tables: TinyWorld.tables(), groupings: [TinyWorld.regions])
            .diff(
                pipeline: "tiny", metric: "share", from: (SnapshotReference(period: TinyWorld.h1), TinyWorld.shares),
                to: (toReference, later), classOf: Self.classOf, classLabels: ["≤15", "15–35", ">35"])
    }

    func change(_ diff: SnapshotDiff, _ code: String) throws -> EconomyChange {
        try #require(diff.economies.first { $0.iso3.rawValue == code })
    }

    @Test("computes changes, relative changes and statuses by hand")
    func changes() throws {
        let result = try diff()
        #expect(result.economies.map(\.iso3.rawValue) == ["AAA", "BBB", "CCC", "DDD", "EEE"])
        let aaa = try change(result, "AAA")
        #expect(aaa.change == Estimate(exactly: 15))  // 25 − 10
        #expect(aaa.relativeChange == 1.5)  // 15 / 10
        #expect(aaa.status == .both)
        #expect(try change(result, "BBB").change == Estimate(exactly: 0))
        #expect(try change(result, "DDD").status == .left)
        #expect(try change(result, "DDD").change == nil)
        // EEE: 50 → band 40–60 (midpoint 50): change 0, range 40 − 50 … 60 − 50.
        let eee = try change(result, "EEE")
        #expect(eee.change == Estimate(point: 0, low: -10, high: 10))
    }

    @Test("ranks with ties share the best rank (competition ranking)")
    func ranks() throws {
        let result = try diff()
        // H1 descending: EEE 50 (1), CCC 40 (2), DDD 30 (3), BBB 20 (4), AAA 10 (5).
        #expect(try change(result, "EEE").fromRank == 1)
        #expect(try change(result, "AAA").fromRank == 5)
        // H2 descending: EEE 50 (1), AAA 25 and CCC 25 (both 2), BBB 20 (4) — "1224".
        #expect(try change(result, "AAA").toRank == 2)
        #expect(try change(result, "CCC").toRank == 2)
        #expect(try change(result, "BBB").toRank == 4)
        #expect(try change(result, "DDD").toRank == nil)
    }

    @Test("classes use one shared set of breaks; class jumps are listed")
    func classes() throws {
        let result = try diff()
        let aaa = try change(result, "AAA")
        #expect(aaa.fromClass == 1 && aaa.toClass == 2)  // 10 ≤ 15; 25 in 15–35
        let ccc = try change(result, "CCC")
        #expect(ccc.fromClass == 3 && ccc.toClass == 2)  // 40 > 35; 25
        #expect(result.classJumps.map(\.iso3.rawValue) == ["AAA", "CCC"])
    }

    @Test("top movers are ordered by the size of the change")
    func movers() throws {
        let result = try diff()
        #expect(result.topRisers(3).map(\.iso3.rawValue) == ["AAA"])
        #expect(result.topFallers(3).map(\.iso3.rawValue) == ["CCC"])
    }

    @Test("regional aggregates change with their coverage")
    func regions() throws {
        let result = try diff()
        let north = try #require(result.regions.first { $0.from.region == "North" })
        // H1 North: (60·10 + 200·20) / 260 = 4600 / 260; H2: (60·25 + 200·20) / 260 = 5500 / 260.
        #expect(abs((north.change ?? 0) - 900.0 / 260.0) < 1e-12)
        #expect(north.coverageChange == 0)
    }

    @Test("a revision diff of one period lists the revised values")
    func revision() throws {
        var revised = TinyWorld.shares
        revised[0] = TinyWorld.observation("AAA", 11)
        let result = try diff(to: revised, toReference: SnapshotReference(period: TinyWorld.h1, revision: 2))
        #expect(result.isRevisionDiff)
        #expect(result.revisedValues.map(\.iso3.rawValue) == ["AAA"])
        #expect(result.revisedValues.first?.change == Estimate(exactly: 1))
    }

    @Test("periods of different lengths diff and are labelled")
    func lengths() throws {
        let q1 = TinyWorld.period("2026-Q1")
        let later = Self.h2.map {
            Observation(
                iso3: $0.iso3, period: q1, metric: $0.metric, value: $0.value, low: $0.low, high: $0.high,
                origin: $0.origin)
        }
        let result = try diff(to: later, toReference: SnapshotReference(period: q1))
        #expect(result.comparesDifferentLengths)
        #expect(try change(result, "AAA").change == Estimate(exactly: 15))
    }

    @Test("flags gained and lost follow the sanctions calendar")
    func flags() throws {
        let programme = SanctionProgramme(
            iso3: TinyWorld.code("BBB"), area: "B", authority: "OFAC", programme: "Test", scope: "comprehensive",
            since: nil, until: TinyWorld.day("2025-07-01"), sourceURL: "https://example.org")
        let result = try SnapshotDiffer(
            metrics: [TinyWorld.share], tables: TinyWorld.tables(sanctions: [programme]), groupings: [TinyWorld.regions]
        ).diff(
            pipeline: "tiny", metric: "share", from: (SnapshotReference(period: TinyWorld.h1), TinyWorld.shares),
            to: (SnapshotReference(period: TinyWorld.h2), Self.h2), classOf: Self.classOf, classLabels: [])
        #expect(try change(result, "BBB").flagsLost == [FlagID.sanctioned])
        #expect(try change(result, "AAA").flagsLost.isEmpty)
    }

    @Test("parses snapshot references with revisions")
    func references() {
        #expect(SnapshotReference("2025-H2@1")?.revision == 1)
        #expect(SnapshotReference("2025-H2")?.revision == nil)
        #expect(SnapshotReference("2025-H2@0") == nil)
        #expect(SnapshotReference("2025-H3") == nil)
        #expect(SnapshotReference("2025-H2@x") == nil)
    }
}
