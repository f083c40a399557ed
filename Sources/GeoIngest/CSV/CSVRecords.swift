/// A file's CSV records kept in a few flat arrays; each ``CSVRecord`` is built when it is read.
///
/// A million rows as `[CSVRecord]` are a million arrays of fields, each field a `String` and
/// two `Int`s (about 200 bytes a row); here they are the fields' UTF-8 bytes back to back and
/// three 32-bit numbers per field and per record (about 60 bytes a row), so a large file costs
/// a third of the memory while it is read, and reading it row by row allocates one row at a time.
public struct CSVRecords: RandomAccessCollection, Sendable {
    /// Every kept field's text, back to back.
    private var bytes: [UInt8] = []
    /// Where each field's text ends in ``bytes`` (it starts where the previous one ends).
    private var fieldEnds: [UInt32] = []
    private var fieldLines: [UInt32] = []
    private var fieldColumns: [UInt32] = []
    /// Where each record's fields end in the field arrays.
    private var recordFieldEnds: [UInt32] = []
    private var recordLines: [UInt32] = []
    private var recordWidths: [UInt32] = []
    /// The first record this collection presents (1 once the header is dropped).
    public private(set) var startIndex = 0

    /// The largest input, in bytes, whose positions fit the 32-bit arrays.
    static let maximumBytes = Int(UInt32.max) - 1

    init() {}

    /// The records of `records`, in order.
    init(_ records: [CSVRecord]) {
        for record in records {
            for field in record.fields {
                bytes.append(contentsOf: field.text.utf8)
                appendFieldEnd(line: field.line, column: field.column)
            }
            endRecord(line: record.line, width: record.width, keeping: record.fields.count)
        }
    }

    /// One past the last record.
    public var endIndex: Int { recordLines.count }

    /// The record at `position`, built from the flat arrays.
    public subscript(position: Int) -> CSVRecord {
        let fieldRange = fieldRange(of: position)
        var fields: [CSVField] = []
        fields.reserveCapacity(fieldRange.count)
        for field in fieldRange {
            fields.append(
                CSVField(text: text(ofField: field), line: Int(fieldLines[field]), column: Int(fieldColumns[field])))
        }
        return CSVRecord(fields: fields, line: Int(recordLines[position]), width: Int(recordWidths[position]))
    }

    /// How many fields record `position` has as written (``CSVRecord/width``), without building it.
    func width(at position: Int) -> Int { Int(recordWidths[position]) }

    /// The records after the first (the rows under a header).
    func droppingFirst() -> CSVRecords {
        var rows = self
        rows.startIndex = Swift.min(startIndex + 1, endIndex)
        return rows
    }

    // MARK: - Fields without building records, for the usual row of a large file

    /// The fields of record `position`, as indices for ``byteRange(ofField:)`` and ``start(ofField:)``.
    func fieldRange(of record: Int) -> Range<Int> {
        (record == 0 ? 0 : Int(recordFieldEnds[record - 1]))..<Int(recordFieldEnds[record])
    }

    /// Where field `field`'s text lies in the bytes ``withTextBytes(_:)`` lends (and in the
    /// collection's own, while it is built).
    func byteRange(ofField field: Int) -> Range<Int> {
        (field == 0 ? 0 : Int(fieldEnds[field - 1]))..<Int(fieldEnds[field])
    }

    /// The line and column where field `field` starts.
    func start(ofField field: Int) -> (line: Int, column: Int) {
        (Int(fieldLines[field]), Int(fieldColumns[field]))
    }

    /// The line where record `position` starts.
    func line(ofRecord position: Int) -> Int { Int(recordLines[position]) }

    /// Calls `body` with every field's text, back to back (see ``byteRange(ofField:)``).
    func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    private func text(ofField field: Int) -> String {
        withTextBytes { String(decoding: UnsafeBufferPointer(rebasing: $0[byteRange(ofField: field)]), as: UTF8.self) }
    }

    // MARK: - Building, for the scanner

    /// Makes room for `records` records of `fields` fields in all, holding `bytes` bytes of text,
    /// so that the arrays are allocated once at their final size rather than grown by doubling.
    mutating func reserveCapacity(records: Int, fields: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(byteCount)
        fieldEnds.reserveCapacity(fields)
        fieldLines.reserveCapacity(fields)
        fieldColumns.reserveCapacity(fields)
        recordFieldEnds.reserveCapacity(records)
        recordLines.reserveCapacity(records)
        recordWidths.reserveCapacity(records)
    }

    /// How many bytes of text the fields so far hold; the current field's text starts here.
    var byteCount: Int { bytes.count }

    mutating func appendByte(_ byte: UInt8) { bytes.append(byte) }

    mutating func appendBytes(_ run: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: run) }

    /// Ends the current field, whose text is the bytes appended since the previous field ended.
    mutating func appendFieldEnd(line: Int, column: Int) {
        fieldEnds.append(UInt32(bytes.count))
        fieldLines.append(UInt32(line))
        fieldColumns.append(UInt32(column))
    }

    /// Ends the record made of the fields since the previous record, keeping at most `kept`
    /// fields plus any non-empty ones after them (``CSVRecord/trimming(_:line:keeping:)``), or
    /// dropping it when every field is blank (a blank line, or `,,,`).
    mutating func endRecord(line: Int, width: Int, keeping kept: Int) {
        let first = Int(recordFieldEnds.last ?? 0)
        var end = fieldEnds.count
        while end - first > kept, fieldLength(end - 1) == 0 { end -= 1 }
        if isBlank(first..<fieldEnds.count) {
            end = first
            removeFields(from: end)
            return
        }
        removeFields(from: end)
        recordFieldEnds.append(UInt32(end))
        recordLines.append(UInt32(line))
        recordWidths.append(UInt32(width))
    }

    /// How many fields the first record kept (the header's width for trimming).
    var firstRecordFieldCount: Int? { recordFieldEnds.first.map { Int($0) } }

    /// Whether a record keeps more than `kept` fields and ends with an empty one: what
    /// ``endRecord(line:width:keeping:)`` with `kept` would have dropped.
    func trimsTrailingFields(keeping kept: Int) -> Bool {
        var start = 0
        for end in recordFieldEnds.lazy.map(Int.init) {
            defer { start = end }
            if end - start > kept, fieldLength(end - 1) == 0 { return true }
        }
        return false
    }

    /// Appends the records of `later`, which were scanned from the bytes that follow this
    /// collection's (see ``CSVUTF8Scanner/records(in:separator:path:minimumBytes:)``).
    mutating func append(_ later: consuming CSVRecords) {
        precondition(later.startIndex == 0, "a later part has no header to drop")
        let byteBase = UInt32(bytes.count)
        let fieldBase = UInt32(fieldEnds.count)
        bytes.append(contentsOf: later.bytes)
        Self.append(later.fieldEnds, to: &fieldEnds, adding: byteBase)
        fieldLines.append(contentsOf: later.fieldLines)
        fieldColumns.append(contentsOf: later.fieldColumns)
        Self.append(later.recordFieldEnds, to: &recordFieldEnds, adding: fieldBase)
        recordLines.append(contentsOf: later.recordLines)
        recordWidths.append(contentsOf: later.recordWidths)
    }

    /// Appends `offsets`, each plus `base`: copied at once, then shifted in place (a loop over a
    /// buffer, which the compiler turns into vector adds; an append per element does not).
    /// Offsets stay below ``maximumBytes``, so the sums do not wrap.
    private static func append(_ offsets: [UInt32], to target: inout [UInt32], adding base: UInt32) {
        let start = target.count
        target.append(contentsOf: offsets)
        target.withUnsafeMutableBufferPointer { buffer in
            for index in start..<buffer.count { buffer[index] &+= base }
        }
    }

    private func fieldLength(_ field: Int) -> Int { byteRange(ofField: field).count }

    private mutating func removeFields(from field: Int) {
        guard field < fieldEnds.count else { return }
        bytes.removeSubrange(byteRange(ofField: field).lowerBound...)
        fieldEnds.removeSubrange(field...)
        fieldLines.removeSubrange(field...)
        fieldColumns.removeSubrange(field...)
    }

    /// ``CSVRecord/isBlank`` for the fields in `range`, answered from each field's first byte
    /// when it is an ASCII character other than whitespace, and by the full check otherwise.
    private func isBlank(_ range: Range<Int>) -> Bool {
        for field in range {
            guard let start = byteRange(ofField: field).first else { continue }
            let first = bytes[start]
            if first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
            if !text(ofField: field).allSatisfy(\.isWhitespace) { return false }
        }
        return true
    }
}
