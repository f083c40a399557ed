import Foundation
import GeoTestSupport
import Testing

/// `geo-ai ingest` of one large file stores its observations while it reads the rest: the same
/// store, the same messages, and nothing left behind when the file is refused.
@Suite("geo-ai ingest of a large file, stored while it is read")
struct IngestWhileReadingTests {
    /// A long table of 24 areas × 312 months × 30 metrics (224,640 rows, about 4.6 MB: large
    /// enough to be stored while read), its value sum worked out as it is written, and the line
    /// of its last row. `lastValue` replaces the last row's value.
    static func largeTable(lastValue: String? = nil) -> (text: String, rows: Int, sum: Double, lastLine: Int) {
        let codes = [
            "USA", "FRA", "DEU", "KOR", "JPN", "BRA", "IND", "CHN", "ZAF", "EGY", "NGA", "KEN", "MEX", "CAN", "AUS",
            "ARE", "SAU", "TUR", "ITA", "ESP", "POL", "SWE", "NOR", "FIN",
        ]
        var lines = ["iso3,period,metric,value"]
        var sum = 0.0
        for month in 0..<312 {
            let period = "\(2000 + month / 12)-" + (month % 12 < 9 ? "0" : "") + "\(month % 12 + 1)"
            for metric in 0..<30 {
                for code in codes {
                    let tenths = (lines.count * 7) % 1_000
                    sum += Double(tenths) / 10
                    lines.append("\(code),\(period),m\(metric),\(Double(tenths) / 10)")
                }
            }
        }
        if let lastValue {
            var fields = lines[lines.count - 1].split(separator: ",").map(String.init)
            sum -= Double(fields[3]) ?? 0
            fields[3] = lastValue
            lines[lines.count - 1] = fields.joined(separator: ",")
        }
        return (lines.joined(separator: "\n") + "\n", lines.count - 1, sum, lines.count)
    }

    @Test("every row is stored once, counted and summed as written, and a second ingest finds it unchanged")
    func storesEveryRow() throws {
        let project = try TemporaryProject()
        let table = Self.largeTable()
        #expect(table.text.utf8.count > 4 << 20)
        try project.write("big.csv", table.text)
        let run = CLIRun(["ingest", "big.csv"], in: project.root, errIsTerminal: true)
        #expect(run.status == 0, "\(run.err)")
        // The progress line says which way it went.
        #expect(run.err.contains("reading, validating and recording big.csv"), "\(run.err)")
        #expect(run.out.hasPrefix("big: stored 312 new revisions, 2000-01 … 2025-12 (revision 1 each)\n"), "\(run.out)")
        #expect(run.out.contains("big.csv: \(table.rows) observations from \(table.rows) rows (UTF-8, sha256 "))
        let store = project.root.appendingPathComponent(".geo-ai/store.sqlite")
        let stored = try ProcessRun.sqlite3(store, "SELECT count(*), round(sum(value), 6) FROM observations")
        #expect(stored == "\(table.rows)|\(String(format: "%.1f", table.sum))")
        #expect(try ProcessRun.sqlite3(store, "SELECT count(*) FROM snapshots") == "312")
        #expect(
            try ProcessRun.sqlite3(
                store, "SELECT rows_read, rows_kept, length(sha256), length(observations_hash) FROM sources")
                == "\(table.rows)|\(table.rows)|64|64")
        #expect(try ProcessRun.integrityCheck(store) == "ok")

        // The same bytes again: the store has them, so they are recorded the usual way, unchanged.
        let again = CLIRun(["ingest", "big.csv"], in: project.root)
        #expect(again.status == 0, "\(again.err)")
        let unchanged = "big: unchanged: 312 snapshots already stored with the same SHA-256\n"
        #expect(again.out.hasPrefix(unchanged), "\(again.out)")
        #expect(try ProcessRun.sqlite3(store, "SELECT count(*) FROM observation_values") == "\(table.rows)")
    }

    @Test(
        "a large file refused at its last row stores nothing: no new store, an existing one byte for byte",
        arguments: [false, true])
    func refusedLeavesNothing(existingStore: Bool) throws {
        let project = try TemporaryProject()
        if existingStore {
            try project.write("small.csv", "country,period,metric,value\nChad,2025-H1,ai_user_share,3.5\n")
            try #require(CLIRun(["ingest", "small.csv", "--quiet"], in: project.root).status == 0)
        }
        let before = project.contents(under: ".geo-ai").filter { !$0.key.hasSuffix("-shm") && $0.key != "lock" }
        let table = Self.largeTable(lastValue: "12 apples")
        try project.write("big.csv", table.text)
        let run = CLIRun(["ingest", "big.csv"], in: project.root)
        #expect(run.status == 65)
        #expect(run.err.contains("big.csv:\(table.lastLine):"), "\(run.err.prefix(400))")
        #expect(run.err.contains("error: value:"), "\(run.err.prefix(400))")
        let after = project.contents(under: ".geo-ai").filter { !$0.key.hasSuffix("-shm") && $0.key != "lock" }
        #expect(after == before)
        #expect(
            FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai").path)
                == existingStore)
    }
}
