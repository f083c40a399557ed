import Foundation
import GeoModel
import Testing

@testable import GeoStore

/// Small, deterministic inputs for store tests.
enum Fixtures {
    /// The timestamp every fixture store writes.
    static let timestamp = "2026-01-31T09:15:00Z"

    /// A configuration with a fixed clock.
    static let configuration = Store.Configuration(now: { timestamp })

    /// A fresh in-memory store with the fixed clock.
    static func store() throws -> Store {
        try Store.inMemory(configuration: configuration)
    }

    /// An observation read from line `line` of `path`.
    static func observation(
        _ code: String, _ periodText: String, _ metric: String = "ai_user_share", value: Double?, low: Double? = nil,
        high: Double? = nil, status: Observation.Status = .reported, label: String? = nil, path: String,
        line: Int, column: Int? = nil, sourceID: String? = nil, note: String? = nil
    ) throws -> Observation {
        Observation(
            iso3: try #require(AreaCode(code)), period: try #require(Period(periodText)), metric: metric, value: value,
            low: low, high: high, status: status, label: label,
            origin: SourceLocation(path: path, line: line, column: column), sourceID: sourceID, note: note)
    }

    /// An ingested file whose SHA-256 is that of `content`.
    static func file(_ path: String, content: String, _ observations: [Observation]) -> IngestedFile {
        IngestedFile(
            source: SourceFile(
                path: path, sha256: SHA256.hex(of: content), format: .long, encoding: "UTF-8",
                rowsRead: observations.count, rowsKept: observations.count),
            observations: observations, diagnostics: [], resolutions: [], ignored: [:])
    }

    /// A one-period file `usage.csv` with Korea's value, version by version.
    static func usage(koreaValue: Double) throws -> IngestedFile {
        let path = "Data/usage.csv"
        return file(
            path, content: "KOR,2025-H2,\(koreaValue)",
            [
                try observation("KOR", "2025-H2", value: koreaValue, path: path, line: 2),
                try observation("USA", "2025-H2", value: 28.3, path: path, line: 3),
            ])
    }

    /// Row counts of every table, to compare a store before and after a failed write.
    static func rowCounts(_ store: Store) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let tables = [
            "sources", "snapshots", "snapshot_sources", "observations", "observation_values", "periods", "metrics",
            "area_codes", "economies", "schema_migrations",
        ]
        for table in tables {
            counts[table] = try store.connection.integer("SELECT count(*) FROM \(table)")
        }
        return counts
    }
}

/// Runs `body` with a new empty folder under the temporary directory, removed afterwards.
func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("GeoStoreTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}
