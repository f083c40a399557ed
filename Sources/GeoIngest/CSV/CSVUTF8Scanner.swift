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

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    func records() throws(GeoError) -> [CSVRecord] {
        let quote = Self.quote
        let lineFeed = Self.lineFeed
        let carriageReturn = Self.carriageReturn
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var field: [UInt8] = []
        field.reserveCapacity(256)
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
            fields.append(CSVField(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            // The first record kept is the header: no row keeps empty fields past its last named column.
            let record = CSVRecord.trimming(fields, line: recordLine, keeping: records.first?.fields.count ?? 1)
            if !Self.isBlank(record) { records.append(record) }
            fields.removeAll(keepingCapacity: true)
        }

        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else if byte == lineFeed || byte == carriageReturn {
                    if byte == carriageReturn, index + 1 < count, bytes[index + 1] == lineFeed { index += 1 }
                    field.append(lineFeed)
                    line += 1
                    column = 0
                } else {
                    field.append(byte)
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
                if afterClosingQuote || !field.isEmpty {
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
                field.append(byte)
            }
            index += 1
            if byte & 0xC0 != 0x80 { column += 1 }
        }
        if inQuotes {
            throw CSVReader.unclosedQuote(path: path, line: quoteLine, column: quoteColumn)
        }
        if !fields.isEmpty || !field.isEmpty || wasQuoted { endRecord() }
        return records
    }

    /// ``CSVRecord/isBlank``, answered from the first byte of each field when that byte is
    /// an ASCII character other than whitespace (a character that starts with it is not
    /// whitespace), and by the full check otherwise.
    private static func isBlank(_ record: CSVRecord) -> Bool {
        for field in record.fields {
            if let first = field.text.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) {
                return false
            }
        }
        return record.isBlank
    }
}
