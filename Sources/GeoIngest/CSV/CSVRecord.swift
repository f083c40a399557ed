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
public struct CSVRecord: Hashable, Sendable {
    /// The fields in order.
    public let fields: [CSVField]
    /// 1-based line where the record starts.
    public let line: Int

    /// The field texts.
    public var values: [String] { fields.map(\.text) }

    /// Whether every field is empty or whitespace (a blank line, or `,,,`).
    public var isBlank: Bool { fields.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    /// The location of field `index`, or of the record's end when the row is short.
    public func location(ofField index: Int, path: String) -> SourceLocation {
        if index < fields.count { return SourceLocation(path: path, line: fields[index].line, column: fields[index].column) }
        return SourceLocation(path: path, line: line, column: fields.last.map { $0.column + $0.text.unicodeScalars.count } ?? 1)
    }
}
