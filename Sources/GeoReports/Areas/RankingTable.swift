/// A ranking shown as the publisher released it (the top metropolitan areas), one row per
/// entry with its value; the entries are not areas of a layer, so nothing is resolved.
public struct RankingTable: Sendable, Hashable {
    /// One entry.
    public struct Row: Sendable, Hashable {
        /// The publisher's code (a CBSA code for a metro area), empty where none.
        public let code: String
        /// The entry's name as published.
        public let name: String
        /// The value.
        public let value: Double

        /// Creates a row.
        public init(code: String, name: String, value: Double) {
            self.code = code
            self.name = name
            self.value = value
        }
    }

    /// The table's heading ("Metropolitan areas").
    public let title: String
    /// The file it was read from.
    public let path: String
    /// The rows, highest value first, ties in the file's order.
    public let rows: [Row]

    /// Creates a table; the rows are ordered highest first (ties keep their order).
    public init(title: String, path: String, rows: [Row]) {
        self.title = title
        self.path = path
        self.rows = rows.enumerated().sorted { ($1.element.value, $0.offset) < ($0.element.value, $1.offset) }
            .map(\.element)
    }
}
