import Testing

@testable import GeoStore

struct StatementTests {
    /// One value bound to `SELECT ?` and read back.
    private func echo(_ value: SQLiteValue) throws -> SQLiteValue? {
        let connection = try Connection(filename: ":memory:", busyTimeoutMilliseconds: 0)
        return try connection.rows("SELECT ?", [value]).first?.values.first
    }

    @Test(
        "doubles round-trip bit for bit",
        arguments: [
            0.1 + 0.2, 1.0 / 3.0, Double.pi, -0.0, Double.leastNonzeroMagnitude, -1e-308,
            Double.greatestFiniteMagnitude, Double.infinity,
        ])
    func doublesRoundTrip(number: Double) throws {
        let echoed = try #require(try echo(.real(number)))
        guard case .real(let read) = echoed else {
            Issue.record("expected a real, got \(echoed)")
            return
        }
        #expect(read.bitPattern == number.bitPattern)
    }

    @Test(
        "texts round-trip, including empty, accented and embedded NUL",
        arguments: ["", "Côte d'Ivoire", "a\u{0}b", "日本"])
    func textsRoundTrip(text: String) throws {
        #expect(try echo(.text(text)) == .text(text))
    }

    @Test("nil binds NULL, never 0")
    func nilBindsNull() throws {
        #expect(try echo(SQLiteValue(nil as Double?)) == .null)
        #expect(try echo(SQLiteValue(nil as Int?)) == .null)
        #expect(try echo(SQLiteValue(nil as String?)) == .null)
    }

    @Test("an SQL error carries SQLite's message")
    func sqlErrorCarriesMessage() throws {
        let connection = try Connection(filename: ":memory:", busyTimeoutMilliseconds: 0)
        let failure = try #require(throws: SQLiteFailure.self) { try connection.execute("SELECT * FROM nowhere") }
        #expect(failure.message == "no such table: nowhere")
    }
}
