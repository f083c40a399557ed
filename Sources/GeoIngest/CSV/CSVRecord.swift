public import GeoModel

/// One CSV field with the position where it starts.
public struct CSVField: Hashable, Sendable {
    /// The unquoted text of the field.
    public let text: String
    /// 1-based line where the field starts.
    public let line: Int
    /// 1-based column (in Unicode scalars) where the field starts.
    public let column: Int
}

/// One CSV record (a row), which may span several lines when quoted fields hold newlines.
///
/// Empty fields at the end of a row past the header's last named column (`a,b,,,,,,`, as
/// spreadsheets export) are counted in ``width`` but not kept, so memory follows the data, not
/// the commas.
public struct CSVRecord: Hashable, Sendable {
    /// The fields in order (without empty fields past the header's width).
    public let fields: [CSVField]
    /// 1-based line where the record starts.
    public let line: Int
    /// How many fields the row has as written, including the empty ones not kept.
    public let width: Int

    /// Creates a record that keeps every field.
    public init(fields: [CSVField], line: Int) {
        self.init(fields: fields, line: line, width: fields.count)
    }

    init(fields: [CSVField], line: Int, width: Int) {
        self.fields = fields
        self.line = line
        self.width = width
    }

    /// A record of `fields` that keeps at most `kept` fields plus any non-empty ones after them,
    /// in a buffer of its own (the scanner reuses `fields`' buffer for the next row).
    static func trimming(_ fields: [CSVField], line: Int, keeping kept: Int) -> CSVRecord {
        guard fields.count > kept else { return CSVRecord(fields: Array(fields), line: line, width: fields.count) }
        var end = fields.count
        while end > kept, fields[end - 1].text.isEmpty { end -= 1 }
        return CSVRecord(fields: Array(fields[..<end]), line: line, width: fields.count)
    }

    /// The field texts.
    public var values: [String] { fields.map(\.text) }

    /// Whether every field is empty or whitespace (a blank line, or `,,,`).
    public var isBlank: Bool { fields.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    /// The location of field `index`, or of the record's end when the row is short.
    public func location(ofField index: Int, path: String) -> SourceLocation {
        if index < fields.count {
            return SourceLocation(path: path, line: fields[index].line, column: fields[index].column)
        }
        return SourceLocation(
            path: path, line: line, column: fields.last.map { $0.column + $0.text.unicodeScalars.count } ?? 1)
    }
}
