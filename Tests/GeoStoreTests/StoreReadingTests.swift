import GeoModel
import Testing

@testable import GeoStore

struct StoreReadingTests {
    /// Records pipeline `b` with one year and pipeline `a` with a month, a half-year and a year.
    private func makeStore() throws -> Store {
        let store = try Fixtures.store()
        let path = "Data/a.csv"
        try store.record(
            pipeline: "b",
            files: [
                Fixtures.file(
                    "Data/b.csv", content: "b",
                    [try Fixtures.observation("KOR", "2024", value: 1, path: "Data/b.csv", line: 2)])
            ])
        try store.record(
            pipeline: "a",
            files: [
                Fixtures.file(
                    path, content: "a1",
                    [
                        try Fixtures.observation("USA", "2025", "z_metric", value: 5, path: path, line: 2),
                        try Fixtures.observation("KOR", "2025", value: 4, path: path, line: 3),
                        try Fixtures.observation("KOR", "2025-H1", value: 3, path: path, line: 4),
                        try Fixtures.observation("KOR", "2025-07", value: 2, path: path, line: 5),
                    ])
            ])
        try store.record(
            pipeline: "a",
            files: [
                Fixtures.file(
                    path, content: "a2", [try Fixtures.observation("FRA", "2025-H1", value: 6, path: path, line: 2)])
            ])
        return store
    }

    @Test("snapshots are listed by pipeline, then period in calendar order, then revision")
    func snapshotsAreSorted() throws {
        let store = try makeStore()
        let listed = try store.snapshots().map { "\($0.pipeline) \($0.period) r\($0.revision)" }
        #expect(listed == ["a 2025-H1 r1", "a 2025-H1 r2", "a 2025 r1", "a 2025-07 r1", "b 2024 r1"])
        #expect(try store.snapshots(pipeline: "b").map(\.period.description) == ["2024"])
        #expect(try store.snapshots(pipeline: "missing").isEmpty)
    }

    @Test("a snapshot lists its observation count and sorted metrics")
    func snapshotCountsMetrics() throws {
        let store = try makeStore()
        let year = try #require(try store.snapshots(pipeline: "a").first { $0.period == Period("2025") })
        #expect(year.observationCount == 2)
        #expect(year.metrics == ["ai_user_share", "z_metric"])
    }

    @Test("latest observations take the newest revision of every period, sorted by metric, period, economy")
    func latestObservationsOfEveryPeriod() throws {
        let store = try makeStore()
        let latest = try store.latestObservations(pipeline: "a").map { "\($0.metric) \($0.period) \($0.iso3)" }
        #expect(
            latest == [
                "ai_user_share 2025-H1 FRA", "ai_user_share 2025 KOR", "ai_user_share 2025-07 KOR", "z_metric 2025 USA",
            ])
    }

    @Test("sources are listed once per path and content, by path")
    func sourcesAreListed() throws {
        let store = try makeStore()
        let sources = try store.sources()
        #expect(sources.map(\.path) == ["Data/a.csv", "Data/a.csv", "Data/b.csv"])
        #expect(sources.map(\.sha256) == [SHA256.hex(of: "a1"), SHA256.hex(of: "a2"), SHA256.hex(of: "b")])
        #expect(
            sources.first
                == SourceFile(
                    path: "Data/a.csv", sha256: SHA256.hex(of: "a1"), format: .long, encoding: "UTF-8", rowsRead: 4,
                    rowsKept: 4))
    }

    @Test("replacing the economies twice leaves one row each, with empty texts as NULL")
    func economiesAreReplaced() throws {
        let store = try Fixtures.store()
        let economies = [
            Economy(
                iso3: try #require(AreaCode("NAM")), iso2: "NA", m49: "516", name: "Namibia", region: "Africa",
                subregion: "Sub-Saharan Africa", intermediateRegion: "Southern Africa",
                incomeGroup: "Upper middle income",
                population: 3_030_131, workingAgePopulation: 1_850_000.5),
            Economy(
                iso3: try #require(AreaCode("XKX")), iso2: "XK", m49: "", name: "Kosovo", region: "Europe",
                subregion: "Southern Europe", intermediateRegion: "", incomeGroup: "Upper middle income",
                population: nil, workingAgePopulation: nil),
        ]
        try store.replaceEconomies(economies)
        try store.replaceEconomies(economies)
        let rows = try store.connection.rows(
            """
            SELECT iso3, iso2, m49, intermediate_region, population, working_age_population
            FROM economies ORDER BY iso3
            """)
        #expect(
            rows.map(\.values) == [
                [
                    .text("NAM"), .text("NA"), .text("516"), .text("Southern Africa"), .real(3_030_131),
                    .real(1_850_000.5),
                ],
                [.text("XKX"), .text("XK"), .null, .null, .null, .null],
            ])
    }

    @Test("a duplicate economy keeps the previous table")
    func duplicateEconomyKeepsTable() throws {
        let store = try Fixtures.store()
        let namibia = Economy(
            iso3: try #require(AreaCode("NAM")), iso2: "NA", m49: "516", name: "Namibia", region: "Africa",
            subregion: "",
            intermediateRegion: "", incomeGroup: "", population: nil, workingAgePopulation: nil)
        try store.replaceEconomies([namibia])
        let error = try #require(throws: GeoError.self) { try store.replaceEconomies([namibia, namibia]) }
        #expect(error.code == .ioError)
        #expect(error.hint == "Each economy may appear only once in the reference table.")
        #expect(try store.connection.integer("SELECT count(*) FROM economies") == 1)
    }
}
