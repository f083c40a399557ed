import GeoModel

/// ``CSVReader``'s state machine run over UTF-8 bytes, for an ASCII separator.
///
/// It gives exactly the records, field texts, lines, columns (counted in Unicode scalars:
/// every byte that is not a UTF-8 continuation byte starts one) and errors of the scalar
/// version, without first decoding the whole text into an array of scalars: a 30 MB file no
/// longer costs 120 MB of scalars and a `String` append per character.
struct CSVUTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    let path: String
    /// The line the first byte is on: 1 for a whole file, more for a part that starts after a line end.
    var firstLine = 1
    /// How many fields each record keeps at least (see ``CSVRecords/endRecord(line:width:keeping:)``),
    /// or `nil` for the first record's count: the first record is then the header.
    var keptFields: Int?
    /// The bytes of the whole file when `bytes` is its first part: the records' arrays are
    /// reserved in proportion, so that the later parts are appended without growing them.
    var reservingFor: Int?

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    func records() throws(GeoError) -> CSVRecords {
        let quote = Self.quote
        let lineFeed = Self.lineFeed
        let carriageReturn = Self.carriageReturn
        guard bytes.count <= CSVRecords.maximumBytes else {
            throw GeoError(
                .dataError, "the file is larger than \(CSVRecords.maximumBytes / (1 << 30)) GiB",
                at: SourceLocation(path: path), hint: "Split the file into smaller files.")
        }
        var records = CSVRecords()
        // Every field takes at least one byte (its separator or line end): no reservation beyond that.
        let reserved = max(reservingFor ?? bytes.count, bytes.count)
        // A first part estimates the whole file's lines from its own (an estimate: a later part
        // that holds more only grows the arrays).
        let lines =
            reserved == bytes.count || bytes.isEmpty
            ? lineCount : Int(Double(lineCount) * Double(reserved) / Double(bytes.count)) + 1
        let fields = lines.multipliedReportingOverflow(by: separatorCount(inFirstLineOf: bytes) + 1)
        records.reserveCapacity(
            records: lines, fields: fields.overflow ? reserved + 1 : min(fields.partialValue, reserved + 1),
            bytes: reserved)
        var fieldStart = 0  // where the current field's text starts in `records`
        var fieldCount = 0  // fields of the current record, including the empty ones dropped later
        var line = firstLine
        var column = 1
        var fieldLine = line
        var fieldColumn = 1
        var recordLine = line
        var inQuotes = false
        var wasQuoted = false
        var quoteLine = 0
        var quoteColumn = 0
        var afterClosingQuote = false

        func endField() {
            records.appendFieldEnd(line: fieldLine, column: fieldColumn)
            fieldCount += 1
            fieldStart = records.byteCount
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            // The first record kept is the header: no row keeps empty fields past its last named column.
            records.endRecord(
                line: recordLine, width: fieldCount, keeping: keptFields ?? records.firstRecordFieldCount ?? 1)
            fieldCount = 0
            fieldStart = records.byteCount
        }

        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < count, bytes[index + 1] == quote {
                        records.appendByte(quote)
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else if byte == lineFeed || byte == carriageReturn {
                    if byte == carriageReturn, index + 1 < count, bytes[index + 1] == lineFeed { index += 1 }
                    records.appendByte(lineFeed)
                    line += 1
                    column = 0
                } else {
                    records.appendByte(byte)
                }
                index += 1
                if byte & 0xC0 != 0x80 { column += 1 }
                continue
            }
            if byte == separator {
                endField()
                fieldLine = line
                fieldColumn = column + 1
            } else if byte == lineFeed || byte == carriageReturn {
                if byte == carriageReturn, index + 1 < count, bytes[index + 1] == lineFeed { index += 1 }
                endRecord()
                line += 1
                column = 0
                fieldLine = line
                fieldColumn = 1
                recordLine = line
            } else if byte == quote {
                if afterClosingQuote || records.byteCount > fieldStart {
                    throw CSVReader.unexpectedQuote(path: path, line: line, column: column)
                }
                inQuotes = true
                wasQuoted = true
                quoteLine = line
                quoteColumn = column
            } else if afterClosingQuote {
                if byte != Self.space, byte != Self.tab {
                    throw CSVReader.textAfterClosingQuote(path: path, line: line, column: column)
                }
            } else {
                // A run of ordinary bytes up to the next separator, line end or quote: copied at once.
                var end = index + 1
                var allBits = byte  // every bit set in the run: without 0x80 it is ASCII, one column a byte
                while end < count {
                    let next = bytes[end]
                    if next == separator || next == lineFeed || next == carriageReturn || next == quote { break }
                    allBits |= next
                    end += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                records.appendBytes(run)
                if allBits < 0x80 {
                    column += run.count
                } else {
                    for runByte in run where runByte & 0xC0 != 0x80 { column += 1 }
                }
                index = end
                continue
            }
            index += 1
            if byte & 0xC0 != 0x80 { column += 1 }
        }
        if inQuotes {
            throw CSVReader.unclosedQuote(path: path, line: quoteLine, column: quoteColumn)
        }
        if fieldCount > 0 || records.byteCount > fieldStart || wasQuoted { endRecord() }
        return records
    }

    /// The number of line ends, plus one: about the number of records (quoted line breaks and
    /// blank lines make it an overestimate, which only reserves a little more than needed).
    private var lineCount: Int { 1 + Self.count(Self.lineFeed, in: bytes) }

    /// The separators in the first line: one less than the header's fields, as every row has.
    private func separatorCount(inFirstLineOf bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            if byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if byte == separator { count += 1 }
        }
        return count
    }
}
