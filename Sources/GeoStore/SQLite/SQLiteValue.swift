/// A value bound to, or read from, an SQL statement.
///
/// Only the four storage classes geo-ai uses; blobs are never stored.
enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// Binds text, or NULL for `nil`.
    init(_ text: String?) {
        self = text.map { .text($0) } ?? .null
    }

    /// Binds a real, or NULL for `nil` (never 0).
    init(_ number: Double?) {
        self = number.map { .real($0) } ?? .null
    }

    /// Binds an integer, or NULL for `nil`.
    init(_ integer: Int?) {
        self = integer.map { .integer(Int64($0)) } ?? .null
    }
}

/// One result row, copied out of the statement so that no C pointer outlives a step.
struct Row: Hashable, Sendable {
    /// The column values, in select-list order.
    let values: [SQLiteValue]

    /// The text of a column, or `nil` when it is NULL or not text.
    func text(_ column: Int) -> String? {
        guard case .text(let text) = values[column] else { return nil }
        return text
    }

    /// The integer of a column, or `nil` when it is NULL or not an integer.
    func integer(_ column: Int) -> Int? {
        guard case .integer(let integer) = values[column] else { return nil }
        return Int(exactly: integer)
    }

    /// The number in a column (real or integer), or `nil` when it is NULL or text.
    func real(_ column: Int) -> Double? {
        switch values[column] {
        case .real(let real): real
        case .integer(let integer): Double(integer)
        case .null, .text: nil
        }
    }
}
