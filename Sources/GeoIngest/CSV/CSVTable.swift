public import GeoModel

/// A CSV file with a header row: rows checked for width, columns found by name.
///
/// Column names are matched case-insensitively, ignoring spaces, `-` and `_`, so
/// `Country`, `country` and `COUNTRY` are one column.
public struct CSVTable: Sendable {
    /// What the table holds, behind one reference: readers copy the table into every row's
    /// checks, and a copy is then one retain instead of one per array (about a tenth of a
    /// million-row ingest went to those copies).
    private final class Storage: Sendable {
        let path: String
        let encoding: TextEncoding
        let header: CSVRecord
        /// The data records in the consecutive parts they were scanned in (one for most tables).
        let rowParts: [CSVRecords]
        /// ``columnNames`` folded by ``normalise(_:)``, once: a lookup folds only the wanted
        /// names, so a 10 MB header cell costs one pass instead of one per lookup.
        let normalisedNames: [String]

        init(
            path: String, encoding: TextEncoding, header: CSVRecord, rowParts: [CSVRecords], normalisedNames: [String]
        ) {
            self.path = path
            self.encoding = encoding
            self.header = header
            self.rowParts = rowParts
            self.normalisedNames = normalisedNames
        }

        /// A table's storage with its header's names folded.
        convenience init(path: String, encoding: TextEncoding, header: CSVRecord, rowParts: [CSVRecords]) {
            self.init(
                path: path, encoding: encoding, header: header, rowParts: rowParts,
                normalisedNames: header.values.map { CSVTable.normalise($0.trimmingWhitespace()) })
        }

        /// The same table with other rows.
        func with(rowParts: [CSVRecords]) -> Storage {
            Storage(
                path: path, encoding: encoding, header: header, rowParts: rowParts, normalisedNames: normalisedNames)
        }
    }

    private let storage: Storage

    /// The path, for locations.
    public var path: String { storage.path }
    /// The encoding the table's bytes were read in (UTF-8 for a table made from text).
    public var encoding: TextEncoding { storage.encoding }
    /// The header record.
    public var header: CSVRecord { storage.header }
    /// The data records (blank rows removed).
    ///
    /// - Complexity: O(1) for a table read in one part; for one kept in parts
    ///   (``init(bytes:path:decoder:reader:partsFrom:)``) the parts are joined on every call:
    ///   read those through ``rowPartTables``.
    public var rows: CSVRecords {
        let parts = storage.rowParts
        guard parts.count > 1 else { return parts[0] }
        var rows = parts[0]
        for part in parts.dropFirst() { rows.append(part) }
        return rows
    }

    /// One table per part the rows were scanned in, each with the header and that part's rows,
    /// in file order; the table itself when it was read in one part.
    var rowPartTables: [CSVTable] {
        guard storage.rowParts.count > 1 else { return [self] }
        return storage.rowParts.map { CSVTable(storage: storage.with(rowParts: [$0])) }
    }

    /// The table with its header and no rows: what is left to name its path and header once
    /// its rows are read.
    func withoutRows() -> CSVTable {
        CSVTable(storage: storage.with(rowParts: [CSVRecords()]))
    }

    /// The table with its rows in one part (itself when they are).
    func joined() -> CSVTable {
        storage.rowParts.count > 1 ? CSVTable(storage: storage.with(rowParts: [rows])) : self
    }

    private init(storage: Storage) { self.storage = storage }
    private var normalisedNames: [String] { storage.normalisedNames }

    /// Reads a table from text; checks every row has the header's width.
    ///
    /// - Throws: ``GeoError`` `.dataError` for an empty file, malformed quoting or ragged rows.
    public init(text: String, path: String, reader: CSVReader = CSVReader()) throws(GeoError) {
        try self.init(parts: [try reader.compactRecords(in: UTF8Text(text), path: path)], path: path, encoding: .utf8)
    }

    /// Reads a table from a file's bytes in the encoding `decoder` settles on (``encoding``);
    /// checks every row has the header's width. UTF-8 is scanned where it lies; another
    /// encoding is decoded into text first.
    ///
    /// - Throws: ``GeoError`` `.dataError` for bytes that are not text (see ``TextDecoder``),
    ///   an empty file, malformed quoting or ragged rows.
    public init(
        bytes: consuming [UInt8], path: String, decoder: TextDecoder = TextDecoder(), reader: CSVReader = CSVReader()
    ) throws(GeoError) {
        try self.init(bytes: consume bytes, path: path, decoder: decoder, reader: reader, partsFrom: nil)
    }

    /// ``init(bytes:path:decoder:reader:)``, keeping the rows in the parts they were scanned in
    /// from `partsFrom` bytes of text (``rowPartTables``) rather than joining them: `nil` joins
    /// them always.
    init(
        bytes: consuming [UInt8], path: String, decoder: TextDecoder, reader: CSVReader, partsFrom: Int?
    ) throws(GeoError) {
        func parts(of text: UTF8Text) throws(GeoError) -> [CSVRecords] {
            guard let partsFrom else { return [try reader.compactRecords(in: text, path: path)] }
            return try reader.compactRecordParts(in: text, path: path, minimumBytes: partsFrom)
        }
        if let range = try decoder.utf8Text(in: bytes, path: path) {
            let text = UTF8Text(validated: consume bytes, range: range)
            try self.init(parts: try parts(of: text), path: path, encoding: .utf8)
        } else {
            let decoded = try decoder.decodeOtherThanUTF8(bytes, path: path)
            _ = consume bytes
            try self.init(parts: try parts(of: UTF8Text(decoded.text)), path: path, encoding: decoded.encoding)
        }
    }

    /// The table of `parts`, consecutive records whose first is the header.
    private init(parts: [CSVRecords], path: String, encoding: TextEncoding) throws(GeoError) {
        guard let records = parts.first, let header = records.first else { throw Self.emptyFile(path: path) }
        let rowParts = [records.droppingFirst()] + parts.dropFirst()
        self.storage = Storage(path: path, encoding: encoding, header: header, rowParts: rowParts)
        var problems = headerProblems()
        for rows in rowParts where !checkWidths(of: rows, into: &problems) { break }
        if !problems.isEmpty { throw GeoError.invalidInput(problems) }
    }

    private static func emptyFile(path: String) -> GeoError {
        GeoError(
            .dataError, "the file is empty", at: SourceLocation(path: path, line: 1, column: 1),
            hint: "A CSV file needs a header row and at least one data row.")
    }

    /// The header's problems: columns that are one column to geo-ai.
    private func headerProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, name) in normalisedNames.enumerated() where !name.isEmpty {
            if let first = seen[name] {
                let text = header.fields[index].text.trimmingWhitespace()
                let earlier = header.fields[first].text.trimmingWhitespace()
                let message =
                    text == earlier
                    ? "column '\(text)' appears twice in the header (columns \(first + 1) and \(index + 1))"
                    : "columns '\(earlier)' (\(first + 1)) and '\(text)' (\(index + 1)) are one column to geo-ai, "
                        + "which matches names ignoring case, spaces, '-' and '_'"
                problems.append(
                    Diagnostic(
                        .error, message, at: header.location(ofField: index, path: path),
                        hint: "Rename or remove one of them; geo-ai does not guess which one holds the data."))
            } else {
                seen[name] = index
            }
        }
        return problems
    }

    /// Adds a problem for each of `rows` whose width is not the header's, until there are
    /// ``maximumProblems``; returns whether there is room for more.
    private func checkWidths(of rows: CSVRecords, into problems: inout [Diagnostic]) -> Bool {
        for index in rows.indices where rows.width(at: index) != header.width {
            let row = rows[index]
            // Trailing empty fields beyond the header (Excel's `a,b,,`) are harmless.
            if row.width > header.width,
                row.fields.dropFirst(header.width).allSatisfy({ $0.text.trimmingWhitespace().isEmpty })
            {
                continue
            }
            problems.append(
                Diagnostic(
                    .error, "row has \(row.width) fields but the header has \(header.width)",
                    at: row.location(ofField: min(row.width, header.width), path: path),
                    hint: "Quote fields that contain commas, or add the missing fields (empty is fine)."))
            if problems.count >= Self.maximumProblems { return false }
        }
        return true
    }

    /// The most header and width problems a table lists.
    private static let maximumProblems = 20

    /// A UTF-8 table scanned and handed out part by part (``CSVUTF8Scanner/SequentialParts``),
    /// for a reader that reads each part's rows before the next is scanned.
    ///
    /// Each part comes as a table of the header and that part's rows. What is thrown is what
    /// ``init(bytes:path:decoder:reader:)`` would throw for the whole text: once a header or
    /// width problem shows, the rest is scanned (a syntax error anywhere wins) and the problems
    /// are listed as the whole table's check lists them.
    struct SequentialParts {
        private var scanner: CSVUTF8Scanner.SequentialParts
        private let path: String
        /// The header, with no rows, once a part held it.
        private var header: CSVTable?

        /// The parts of `bytes` when they are UTF-8 and `reader`'s separator is ASCII, else `nil`
        /// (such a table is read whole); throws for bytes that are not text at all.
        init?(
            bytes: [UInt8], path: String, decoder: TextDecoder, reader: CSVReader, firstBytes: Int, laterBytes: Int
        ) throws(GeoError) {
            guard reader.separator.isASCII, let range = try decoder.utf8Text(in: bytes, path: path) else { return nil }
            scanner = CSVUTF8Scanner.SequentialParts(
                text: UTF8Text(validated: bytes, range: range), separator: UInt8(reader.separator.value), path: path,
                firstBytes: firstBytes, laterBytes: laterBytes)
            self.path = path
        }

        /// The next part as a table of the header and its rows; `nil` after the last one.
        mutating func next() throws(GeoError) -> CSVTable? {
            while true {
                guard var records = try scanner.next() else {
                    if header == nil { throw CSVTable.emptyFile(path: path) }
                    return nil
                }
                var problems: [Diagnostic] = []
                if header == nil {
                    // Blank lines only: the header is further on.
                    guard let first = records.first else { continue }
                    let table = CSVTable(
                        storage: Storage(path: path, encoding: .utf8, header: first, rowParts: [CSVRecords()]))
                    header = table
                    problems = table.headerProblems()
                    records = records.droppingFirst()
                }
                guard let header else { continue }
                var room = header.checkWidths(of: records, into: &problems)
                if problems.isEmpty { return CSVTable(storage: header.storage.with(rowParts: [records])) }
                // As the whole table's check: every part scanned, then the problems listed.
                while let later = try scanner.next() {
                    if room { room = header.checkWidths(of: later, into: &problems) }
                }
                throw GeoError.invalidInput(problems)
            }
        }
    }

    /// The header names, trimmed.
    public var columnNames: [String] { header.values.map { $0.trimmingWhitespace() } }

    /// The index of the first column whose name is one of `names`.
    public func column(_ names: String...) -> Int? { column(named: names) }

    /// The index of the first column whose name is one of `names`.
    public func column(named names: [String]) -> Int? {
        let wanted = Set(names.map(Self.normalise))
        return normalisedNames.firstIndex { wanted.contains($0) }
    }

    /// The index of a required column, or an error naming the accepted spellings.
    public func requireColumn(_ names: [String], purpose: String, hint: String? = nil) throws(GeoError) -> Int {
        if let index = column(named: names) { return index }
        throw GeoError(
            .dataError,
            "column '\(names[0])' (\(purpose)) is missing; the header has: \(columnNames.joined(separator: ", "))",
            at: SourceLocation(path: path, line: header.line, column: 1),
            hint: hint ?? "Expected one of: \(names.joined(separator: ", ")). Rename the column.")
    }

    /// The trimmed text of a field (empty for a short row).
    public func value(_ row: CSVRecord, _ column: Int?) -> String {
        guard let column, column < row.fields.count else { return "" }
        return row.fields[column].text.trimmingWhitespace()
    }

    /// The location of a field.
    public func location(_ row: CSVRecord, _ column: Int) -> SourceLocation {
        row.location(ofField: column, path: path)
    }

    static func normalise(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}" }
    }
}
