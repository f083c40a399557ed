import GeoModel
import Testing

@testable import GeoStore

/// Files that several pipelines read: stored once, referred to by every pipeline's snapshots.
struct StoreSharedSourcesTests {
    private let path = "Data/usage/ai_user_share.csv"
    private let period: Period

    init() throws {
        period = try #require(Period("2025-H2"))
    }

    /// The shared file, with Korea's row mapped to `koreaCode` (another pipeline's aliases may differ).
    private func shared(koreaCode: String = "KOR") throws -> IngestedFile {
        Fixtures.file(
            path, content: "shared bytes",
            [
                try Fixtures.observation(koreaCode, "2025-H2", value: 30.1, path: path, line: 2),
                try Fixtures.observation("USA", "2025-H2", value: 28.3, path: path, line: 3),
                try Fixtures.observation("USA", "2025-H1", value: 27.0, path: path, line: 4),
            ])
    }

    @Test("two pipelines recording the same file share one source row and one copy of its observations")
    func sameFileIsStoredOnce() throws {
        let store = try Fixtures.store()
        let first = try store.record(pipeline: "ai-diffusion", files: [try shared()])
        let second = try store.record(pipeline: "deepseek", files: [try shared()])

        #expect(first.newSources == [path])
        #expect(second.newSources.isEmpty)
        #expect(second.reusedSources == [path])
        #expect(
            second.newRevisions.map { "\($0.pipeline) \($0.period) r\($0.revision) n\($0.observationCount)" } == [
                "deepseek 2025-H1 r1 n1", "deepseek 2025-H2 r1 n2",
            ])
        #expect(try store.connection.integer("SELECT count(*) FROM sources") == 1)
        #expect(try store.connection.integer("SELECT count(*) FROM observations") == 3)
        #expect(
            try store.connection.integer("SELECT count(*) FROM observations WHERE metric = 'ai_user_share'") == 3)
        #expect(try store.connection.integer("SELECT count(*) FROM snapshot_sources") == 4)

        let listed = try store.snapshots().map { "\($0.pipeline) \($0.period) r\($0.revision) n\($0.observationCount)" }
        #expect(
            listed == [
                "ai-diffusion 2025-H1 r1 n1", "ai-diffusion 2025-H2 r1 n2", "deepseek 2025-H1 r1 n1",
                "deepseek 2025-H2 r1 n2",
            ])
        #expect(try store.snapshots().allSatisfy { $0.metrics == ["ai_user_share"] })
        #expect(
            try store.snapshots(pipeline: "ai-diffusion").map(\.sourceSetHash)
                == store.snapshots(pipeline: "deepseek").map(\.sourceSetHash))

        let expected = try shared().observations.filter { $0.period == period }.sorted { $0.iso3 < $1.iso3 }
        #expect(try store.observations(pipeline: "ai-diffusion", period: period) == expected)
        #expect(try store.observations(pipeline: "deepseek", period: period) == expected)
        #expect(
            try store.latestObservations(pipeline: "deepseek") == store.latestObservations(pipeline: "ai-diffusion"))
        #expect(try store.latestObservations(pipeline: "deepseek").count == 3)

        let view = try store.connection.rows(
            """
            SELECT pipeline, period, revision, iso3, source_path, source_line FROM latest_observations
            ORDER BY pipeline, period, iso3
            """
        ).map(\.values)
        #expect(
            view == [
                [.text("ai-diffusion"), .text("2025-H1"), .integer(1), .text("USA"), .text(path), .integer(4)],
                [.text("ai-diffusion"), .text("2025-H2"), .integer(1), .text("KOR"), .text(path), .integer(2)],
                [.text("ai-diffusion"), .text("2025-H2"), .integer(1), .text("USA"), .text(path), .integer(3)],
                [.text("deepseek"), .text("2025-H1"), .integer(1), .text("USA"), .text(path), .integer(4)],
                [.text("deepseek"), .text("2025-H2"), .integer(1), .text("KOR"), .text(path), .integer(2)],
                [.text("deepseek"), .text("2025-H2"), .integer(1), .text("USA"), .text(path), .integer(3)],
            ])
    }

    @Test("a revision of one pipeline does not change the other pipeline's view of a shared file")
    func revisionsStayPerPipeline() throws {
        let store = try Fixtures.store()
        try store.record(pipeline: "ai-diffusion", files: [try shared()])
        try store.record(pipeline: "deepseek", files: [try shared()])
        let changed = Fixtures.file(
            path, content: "new bytes", [try Fixtures.observation("KOR", "2025-H2", value: 31.4, path: path, line: 2)])
        let outcome = try store.record(pipeline: "deepseek", files: [changed])
        #expect(outcome.newRevisions.map { "\($0.period) r\($0.revision)" } == ["2025-H2 r2"])

        #expect(try store.observations(pipeline: "deepseek", period: period).map(\.value) == [31.4])
        #expect(try store.observations(pipeline: "deepseek", period: period, revision: 1).map(\.value) == [30.1, 28.3])
        #expect(try store.observations(pipeline: "ai-diffusion", period: period).map(\.value) == [30.1, 28.3])
        #expect(try store.connection.integer("SELECT count(*) FROM observations") == 4)
    }

    @Test("the same bytes read into different observations are two source rows, never merged")
    func sameBytesReadDifferentlyAreTwoSources() throws {
        let store = try Fixtures.store()
        try store.record(pipeline: "ai-diffusion", files: [try shared(koreaCode: "KOR")])
        let other = try store.record(pipeline: "deepseek", files: [try shared(koreaCode: "PRK")])

        #expect(other.newSources == [path])
        #expect(other.reusedSources.isEmpty)
        let rows = try store.connection.rows("SELECT path, sha256, observations_hash FROM sources ORDER BY id")
        #expect(rows.count == 2)
        #expect(Set(rows.map { $0.text(0) }) == [path])
        #expect(Set(rows.map { $0.text(1) }) == [SHA256.hex(of: "shared bytes")])
        #expect(
            rows.map { $0.text(2) } == [
                SourceIdentity.observationsHash(of: try shared(koreaCode: "KOR").observations),
                SourceIdentity.observationsHash(of: try shared(koreaCode: "PRK").observations),
            ])
        #expect(try store.connection.integer("SELECT count(*) FROM observations") == 6)
        #expect(try store.sources().count == 2)

        #expect(
            try store.observations(pipeline: "ai-diffusion", period: period).map(\.iso3.rawValue) == ["KOR", "USA"])
        #expect(try store.observations(pipeline: "deepseek", period: period).map(\.iso3.rawValue) == ["PRK", "USA"])
        #expect(
            try store.snapshots(pipeline: "ai-diffusion").map(\.sourceSetHash)
                != store.snapshots(pipeline: "deepseek").map(\.sourceSetHash))
    }

    @Test("re-reading a file into other observations adds a revision even though its bytes are unchanged")
    func rereadingAddsRevision() throws {
        let store = try Fixtures.store()
        try store.record(pipeline: "p", files: [try shared(koreaCode: "KOR")])
        let outcome = try store.record(pipeline: "p", files: [try shared(koreaCode: "PRK")])
        #expect(outcome.unchangedSnapshots.isEmpty)
        #expect(outcome.newRevisions.map { "\($0.period) r\($0.revision)" } == ["2025-H1 r2", "2025-H2 r2"])
        #expect(try store.observations(pipeline: "p", period: period).map(\.iso3.rawValue) == ["PRK", "USA"])
        #expect(
            try store.observations(pipeline: "p", period: period, revision: 1).map(\.iso3.rawValue) == ["KOR", "USA"])
    }

    @Test("two files of one call with the same economy, period and metric fail as a data error and store nothing")
    func duplicateAcrossFilesFails() throws {
        let store = try Fixtures.store()
        try store.record(pipeline: "ai-diffusion", files: [try shared()])
        let countsBefore = try Fixtures.rowCounts(store)
        let snapshotsBefore = try store.snapshots()
        let otherPath = "Data/usage/other.csv"
        let other = Fixtures.file(
            otherPath, content: "other",
            [
                try Fixtures.observation("FRA", "2025-H2", value: 12, path: otherPath, line: 2),
                try Fixtures.observation("USA", "2025-H2", value: 29, path: otherPath, line: 3),
            ])

        let error = try #require(throws: GeoError.self) {
            try store.record(pipeline: "deepseek", files: [other, try shared()])
        }
        #expect(error.code == .dataError)
        #expect(
            error.message
                == "Cannot record pipeline 'deepseek' in store (in memory): economy USA, period 2025-H2, "
                + "metric ai_user_share appears twice (\(otherPath):3 and \(path):3); nothing was stored")
        #expect(
            error.hint
                == "Each economy, period and metric may appear only once in a pipeline; remove the duplicate rows.")
        #expect(try Fixtures.rowCounts(store) == countsBefore)
        #expect(try store.snapshots() == snapshotsBefore)
        #expect(!store.connection.isInTransaction)
    }

    @Test("the same file given twice in one call counts once")
    func sameFileTwiceInOneCallCountsOnce() throws {
        let store = try Fixtures.store()
        let outcome = try store.record(pipeline: "p", files: [try shared(), try shared()])
        #expect(outcome.newSources == [path])
        #expect(outcome.reusedSources.isEmpty)
        #expect(outcome.newRevisions.map(\.observationCount) == [1, 2])
        #expect(try store.connection.integer("SELECT count(*) FROM observations") == 3)
    }

    @Test("a store failure after sources and observations were written rolls all of them back")
    func storeFailureRollsBackSourcesAndObservations() throws {
        let store = try Fixtures.store()
        try store.connection.execute(
            "CREATE TEMP TRIGGER refuse_snapshots BEFORE INSERT ON snapshots BEGIN SELECT RAISE(ABORT, 'refused'); END")
        let error = try #require(throws: GeoError.self) {
            try store.record(pipeline: "p", files: [try shared()])
        }
        #expect(error.code == .ioError)
        #expect(error.message == "Cannot record pipeline 'p' in store (in memory): refused; nothing was stored")
        #expect(try store.connection.integer("SELECT count(*) FROM sources") == 0)
        #expect(try store.connection.integer("SELECT count(*) FROM observations") == 0)
        #expect(!store.connection.isInTransaction)
    }

    @Test("the schema keys sources by path, sha256 and observations hash, and observations by source only")
    func schemaKeys() throws {
        let store = try Fixtures.store()
        let columns = try store.connection.rows("SELECT name FROM pragma_table_info('observations')").compactMap {
            $0.text(0)
        }
        #expect(!columns.contains("snapshot_id"))
        #expect(columns.contains("source_id"))
        let insertSource = """
            INSERT INTO sources (path, sha256, observations_hash, format, encoding, rows_read, rows_kept, ingested_at)
            VALUES ('p', 's', ?, 'long', 'UTF-8', 0, 0, 't')
            """
        try store.connection.execute(insertSource, [.text("h1")])
        try store.connection.execute(insertSource, [.text("h2")])
        let failure = try #require(throws: SQLiteFailure.self) {
            try store.connection.execute(insertSource, [.text("h1")])
        }
        #expect(
            failure.message == "UNIQUE constraint failed: sources.path, sources.sha256, sources.observations_hash")
        let insertObservation = """
            INSERT INTO observation_values (source_id, period_id, metric_id, area_id, status)
            VALUES (1, ?, 1, 1, 'reported')
            """
        try store.connection.execute(insertObservation, [.integer(1)])
        try store.connection.execute(insertObservation, [.integer(2)])
        let duplicate = try #require(throws: SQLiteFailure.self) {
            try store.connection.execute(insertObservation, [.integer(1)])
        }
        #expect(
            duplicate.message
                == "UNIQUE constraint failed: observation_values.source_id, observation_values.period_id, "
                + "observation_values.metric_id, observation_values.area_id")
    }
}
