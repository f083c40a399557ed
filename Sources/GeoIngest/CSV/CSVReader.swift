public import GeoModel

/// An RFC 4180 CSV reader for real files.
///
/// Handles quoted fields with commas, doubled quotes and newlines; CRLF, LF or CR line
/// ends; a missing final newline; trailing blank lines. Refuses what cannot be read
/// unambiguously — an unterminated quote, text after a closing quote, a quote inside an
/// unquoted field — with the line and column and a hint:
///
/// ```
/// data.csv:3:9: error: quoted field is never closed
///   hint: Close the quote that starts here, or double it ("") if it is part of the text.
/// ```
public struct CSVReader: Sendable {
    /// The field separator (`,` by default).
    public let separator: Unicode.Scalar

    /// Creates a reader.
    public init(separator: Unicode.Scalar = ",") { self.separator = separator }

    /// Splits `text` into records, dropping blank lines and rows of empty fields (`,,,`).
    ///
    /// - Complexity: O(n) in the length of the text.
    /// - Throws: ``GeoError`` `.dataError` at the first malformed quote.
    public func records(in text: String, path: String) throws(GeoError) -> [CSVRecord] {
        Array(try compactRecords(in: UTF8Text(text), path: path))
    }

    /// ``records(in:path:)`` of text given as its UTF-8 bytes, kept compact (``CSVRecords``).
    func compactRecords(in text: UTF8Text, path: String) throws(GeoError) -> CSVRecords {
        guard separator.isASCII else { return CSVRecords(try scalarRecords(in: text.string, path: path)) }
        return try CSVUTF8Scanner.records(in: text, separator: UInt8(separator.value), path: path)
    }

    /// ``compactRecords(in:path:)`` in the consecutive parts it was scanned in, not joined:
    /// two from `minimumBytes` bytes (see ``CSVUTF8Scanner/recordParts(in:separator:path:minimumBytes:reservingWhole:)``),
    /// else one.
    func compactRecordParts(in text: UTF8Text, path: String, minimumBytes: Int) throws(GeoError) -> [CSVRecords] {
        guard separator.isASCII else { return [try compactRecords(in: text, path: path)] }
        return try CSVUTF8Scanner.recordParts(
            in: text, separator: UInt8(separator.value), path: path, minimumBytes: minimumBytes)
    }

    /// The same state machine over Unicode scalars, for a separator outside ASCII.
    func scalarRecords(in text: String, path: String) throws(GeoError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var quoteLine = 0
        var quoteColumn = 0
        var afterClosingQuote = false

        func endField() {
            fields.append(CSVField(text: String(field), line: fieldLine, column: fieldColumn))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            // The first record kept is the header: no row keeps empty fields past its last named column.
            let record = CSVRecord.trimming(fields, line: recordLine, keeping: records.first?.fields.count ?? 1)
            if !record.isBlank { records.append(record) }
            fields.removeAll(keepingCapacity: true)
        }

        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else if scalar == "\n" || scalar == "\r" {
                    if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                    field.append("\n")
                    line += 1
                    column = 0
                } else {
                    field.append(scalar)
                }
                index += 1
                column += 1
                continue
            }
            switch scalar {
            case separator:
                endField()
                fieldLine = line
                fieldColumn = column + 1
            case "\n", "\r":
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRecord()
                line += 1
                column = 0
                fieldLine = line
                fieldColumn = 1
                recordLine = line
            case "\"":
                if afterClosingQuote || !field.isEmpty {
                    throw Self.unexpectedQuote(path: path, line: line, column: column)
                }
                inQuotes = true
                wasQuoted = true
                quoteLine = line
                quoteColumn = column
            default:
                if afterClosingQuote {
                    if scalar == " " || scalar == "\t" { break }
                    throw Self.textAfterClosingQuote(path: path, line: line, column: column)
                }
                field.append(scalar)
            }
            index += 1
            column += 1
        }
        if inQuotes {
            throw Self.unclosedQuote(path: path, line: quoteLine, column: quoteColumn)
        }
        if !fields.isEmpty || !field.isEmpty || wasQuoted { endRecord() }
        return records
    }

    static func unexpectedQuote(path: String, line: Int, column: Int) -> GeoError {
        GeoError(
            .dataError, "unexpected quote inside a field",
            at: SourceLocation(path: path, line: line, column: column),
            hint: "Quote the whole field and double quotes inside it: \"a \"\"quoted\"\" word\".")
    }

    static func textAfterClosingQuote(path: String, line: Int, column: Int) -> GeoError {
        GeoError(
            .dataError, "text after the closing quote of a field",
            at: SourceLocation(path: path, line: line, column: column),
            hint: "Put the separator right after the closing quote, or move the text inside the quotes.")
    }

    static func unclosedQuote(path: String, line: Int, column: Int) -> GeoError {
        GeoError(
            .dataError, "quoted field is never closed", at: SourceLocation(path: path, line: line, column: column),
            hint: "Close the quote that starts here, or double it (\"\") if it is part of the text.")
    }
}
