import GeoModel
import Testing

@testable import GeoStore

/// `record(pipeline:path:reading:)` stores a file while it is read: every table must end as
/// `record(pipeline:files:)` of the file read leaves it (the usual way, the reference here), and a
/// refused file must leave the store as it was.
struct StoreStreamedRecordTests {
    /// Every row of every table, in key order: what two stores are compared by.
    private static func contents(_ store: Store) throws -> [String] {
        let tables = [
            "sources": "id", "snapshots": "id", "snapshot_sources": "snapshot_id, source_id", "periods": "id",
            "metrics": "id", "area_codes": "id",
            "observation_values": "source_id, period_id, metric_id, area_id",
        ]
        var lines: [String] = []
        for (table, order) in tables.sorted(by: { $0.key < $1.key }) {
            for row in try store.connection.rows("SELECT * FROM \(table) ORDER BY \(order)") {
                lines.append("\(table): " + row.values.map { "\($0)" }.joined(separator: "|"))
            }
        }
        return lines
    }

    /// A file of `areas` × `periods` × 2 metrics, with a band, a label and a note now and then.
    private static func file(
        _ path: String, content: String, areas: [String], periods: [String], valueOffset: Double = 0
    ) throws -> IngestedFile {
        var observations: [Observation] = []
        for period in periods {
            for metric in ["ai_user_share", "deepseek_share"] {
                for area in areas {
                    let line = observations.count + 2
                    let band = line % 7 == 0
                    observations.append(
                        try Fixtures.observation(
                            area, period, metric, value: Double(line) / 4 + valueOffset, low: band ? 1 : nil,
                            high: band ? 90 : nil, label: line % 11 == 0 ? "about" : nil, path: path, line: line,
                            column: 1, note: line % 13 == 0 ? "n" : nil))
                }
            }
        }
        return Fixtures.file(path, content: content, observations)
    }

    /// A reading of `file` that hands on its observations in parts of `partSize`.
    /// A reading of `file` that hands on its observations in parts of `partSize`, and the
    /// SHA-256 of its bytes before the parts when `announcing`.
    private static func reading(_ file: IngestedFile, partSize: Int, announcing: Bool = false)
        -> @Sendable (ReadingReceiver) throws(GeoError) -> IngestedFile
    {
        { receiver in
            if announcing { receiver.announceSHA256(file.source.sha256) }
            let all = Array(file.observations)
            if partSize > 0 {
                for start in stride(from: 0, to: all.count, by: partSize) {
                    receiver.deliver(ObservationList(Array(all[start..<min(start + partSize, all.count)])))
                }
            }
            return file
        }
    }

    /// What was recorded before the file under test, case by case.
    enum History: String, CaseIterable {
        /// A new store.
        case none
        /// Another pipeline's file first, so that the store's ids differ from the file's own order.
        case otherPipeline
        /// The same file, recorded by the same pipeline: reused, nothing new.
        case sameFile
        /// The same file, recorded by another pipeline: one shared source.
        case sameFileOtherPipeline
        /// The same bytes read into other observations (other aliases): a second source row.
        case sameBytesOtherObservations
        /// An earlier version of the file: a second revision.
        case earlierVersion
    }

    private static let areas = ["KOR", "USA", "ERI", "FRA", "BRA", "IND", "ZAF"]
    private static let periods = ["2025-01", "2025-02", "2025-03", "2025-04"]

    private static func prepare(_ store: Store, _ history: History, file: IngestedFile) throws {
        let path = file.source.path
        switch history {
        case .none: break
        case .otherPipeline:
            try store.record(
                pipeline: "other",
                files: [try Self.file("Data/other.csv", content: "other", areas: ["ZAF", "CHN"], periods: ["2024-12"])])
        case .sameFile: try store.record(pipeline: "usage", files: [file])
        case .sameFileOtherPipeline: try store.record(pipeline: "other", files: [file])
        case .sameBytesOtherObservations:
            try store.record(
                pipeline: "usage",
                files: [try Self.file(path, content: "usage", areas: areas, periods: periods, valueOffset: 1)])
        case .earlierVersion:
            try store.record(
                pipeline: "usage",
                files: [try Self.file(path, content: "usage v0", areas: areas, periods: periods, valueOffset: 1)])
        }
    }

    @Test(
        "a file stored while it is read leaves every table as recording it after reading does",
        arguments: History.allCases, [0, 1, 5, 13, 56, 1_000])
    func sameAsRecordingAfterReading(history: History, partSize: Int) throws {
        let file = try Self.file("Data/usage.csv", content: "usage", areas: Self.areas, periods: Self.periods)
        let usual = try Fixtures.store()
        try Self.prepare(usual, history, file: file)
        let expected = try usual.record(pipeline: "usage", files: [file])

        for announcing in [false, true] {
            let streamed = try Fixtures.store()
            try Self.prepare(streamed, history, file: file)
            let (read, outcome) = try streamed.record(
                pipeline: "usage", path: "Data/usage.csv",
                reading: Self.reading(file, partSize: partSize, announcing: announcing))
            #expect(Array(read.observations) == Array(file.observations))
            #expect(outcome == expected)
            #expect(try Self.contents(streamed) == Self.contents(usual))
            #expect(!streamed.connection.isInTransaction)
        }
    }

    @Test("once the bytes are announced and the store holds them, no part is stored")
    func knownBytesStoreNoPart() throws {
        let file = try Self.file("Data/usage.csv", content: "usage", areas: Self.areas, periods: Self.periods)
        // A part the store refuses if it is inserted (one key twice): only a record that skips
        // the parts after a known SHA-256 gets through it. The file read is the real one.
        let first = file.observations[0]
        let refused = ObservationList([first, first])
        func reading(announcing: Bool) -> @Sendable (ReadingReceiver) throws(GeoError) -> IngestedFile {
            { receiver in
                if announcing { receiver.announceSHA256(file.source.sha256) }
                receiver.deliver(refused)
                return file
            }
        }
        let store = try Fixtures.store()
        try Self.prepare(store, .sameFile, file: file)
        let before = try Self.contents(store)
        #expect(throws: GeoError.self) {
            try store.record(pipeline: "usage", path: "Data/usage.csv", reading: reading(announcing: false))
        }
        let (_, outcome) = try store.record(
            pipeline: "usage", path: "Data/usage.csv", reading: reading(announcing: true))
        #expect(outcome.newRevisions.isEmpty)
        #expect(try Self.contents(store) == before)
    }

    /// How a reading goes wrong after handing on some parts.
    enum Refusal: CaseIterable {
        /// A wrong row in a later part: the reader throws its errors.
        case readerThrows
        /// A key repeated across parts, which the reader reports once it has read everything.
        case repeatedKeyReported
        /// A key repeated across parts that the reader does not report: the store's key refuses it.
        case repeatedKeyUnreported
    }

    @Test("a file refused after some of it was stored leaves the store as it was", arguments: Refusal.allCases)
    func refusedFileStoresNothing(refusal: Refusal) throws {
        let store = try Fixtures.store()
        try Self.prepare(store, .otherPipeline, file: Fixtures.file("Data/usage.csv", content: "", []))
        let before = try Self.contents(store)
        let counts = try Fixtures.rowCounts(store)
        let path = "Data/usage.csv"
        var read = Array(try Self.file(path, content: "usage", areas: Self.areas, periods: Self.periods).observations)
        if refusal != .readerThrows { read.append(read[3]) }
        let observations = read
        let file = Fixtures.file(path, content: "usage", observations)
        let wrongRow = GeoError.invalidInput([
            Diagnostic(
                .error, "value: not a number", at: SourceLocation(path: path, line: 9, column: 4), hint: "Fix it.")
        ])
        let error = try #require(throws: GeoError.self) {
            try store.record(pipeline: "usage", path: path) { receiver throws(GeoError) in
                let all = Array(observations)
                for start in stride(from: 0, to: all.count, by: 10) {
                    receiver.deliver(ObservationList(Array(all[start..<min(start + 10, all.count)])))
                }
                switch refusal {
                case .readerThrows, .repeatedKeyReported: throw wrongRow
                case .repeatedKeyUnreported: return file
                }
            }
        }
        if refusal == .repeatedKeyUnreported {
            // The error recording the file after reading it gives.
            let usual = try #require(throws: GeoError.self) { try store.record(pipeline: "usage", files: [file]) }
            #expect(error == usual)
        } else {
            #expect(error == wrongRow)
        }
        #expect(try Self.contents(store) == before)
        #expect(try Fixtures.rowCounts(store) == counts)
        #expect(!store.connection.isInTransaction)
        // The store takes the next record as usual.
        let retry = try store.record(
            pipeline: "usage", files: [try Self.file(path, content: "usage", areas: Self.areas, periods: Self.periods)])
        #expect(retry.newRevisions.count == Self.periods.count)
    }
}
