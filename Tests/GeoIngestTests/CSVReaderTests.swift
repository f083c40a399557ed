import GeoIngest
import GeoModel
import Testing

@Suite("CSVReader")
struct CSVReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let rows: [[String]]
        var testDescription: String { name }
    }

    @Test(
        "reads real-world CSV",
        arguments: [
            Case(name: "plain LF", text: "a,b\n1,2\n", rows: [["a", "b"], ["1", "2"]]),
            Case(name: "CRLF", text: "a,b\r\n1,2\r\n", rows: [["a", "b"], ["1", "2"]]),
            Case(name: "old Mac CR", text: "a,b\r1,2\r", rows: [["a", "b"], ["1", "2"]]),
            Case(name: "no final newline", text: "a,b\n1,2", rows: [["a", "b"], ["1", "2"]]),
            Case(name: "trailing blank lines", text: "a,b\n1,2\n\n\r\n\n", rows: [["a", "b"], ["1", "2"]]),
            Case(name: "rows of empty fields", text: "a,b\n1,2\n,\n,,\n", rows: [["a", "b"], ["1", "2"]]),
            Case(
                name: "quoted comma", text: "name,v\n\"Korea, Rep.\",3\n",
                rows: [["name", "v"], ["Korea, Rep.", "3"]]),
            Case(name: "doubled quotes", text: "n\n\"say \"\"hi\"\"\"\n", rows: [["n"], ["say \"hi\""]]),
            Case(
                name: "newline in quotes", text: "n,v\n\"two\nlines\",1\n", rows: [["n", "v"], ["two\nlines", "1"]]),
            Case(
                name: "CRLF in quotes", text: "n,v\r\n\"two\r\nlines\",1\r\n",
                rows: [["n", "v"], ["two\nlines", "1"]]),
            Case(name: "empty fields kept", text: "a,b,c\n1,,3\n", rows: [["a", "b", "c"], ["1", "", "3"]]),
            Case(name: "empty quoted field", text: "a,b\n\"\",2\n", rows: [["a", "b"], ["", "2"]]),
            Case(name: "space after closing quote", text: "a,b\n\"x\" ,2\n", rows: [["a", "b"], ["x", "2"]]),
            Case(name: "accents", text: "n\nCôte d’Ivoire\n", rows: [["n"], ["Côte d’Ivoire"]]),
        ])
    func reads(_ example: Case) throws {
        let records = try CSVReader().records(in: example.text, path: "t.csv")
        #expect(records.map(\.values) == example.rows)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: String
        var testDescription: String { name }
    }

    @Test(
        "refuses what cannot be read unambiguously",
        arguments: [
            Failure(
                name: "unterminated quote", text: "a,b\n1,\"open\n2,3\n",
                expected: """
                    t.csv:2:3: error: quoted field is never closed
                      hint: Close the quote that starts here, or double it ("") if it is part of the text.
                    """),
            Failure(
                name: "quote inside a field", text: "a,b\n1,ab\"c\"\n",
                expected: """
                    t.csv:2:5: error: unexpected quote inside a field
                      hint: Quote the whole field and double quotes inside it: "a ""quoted"" word".
                    """),
            Failure(
                name: "text after closing quote", text: "a,b\n\"x\"y,1\n",
                expected: """
                    t.csv:2:4: error: text after the closing quote of a field
                      hint: Put the separator right after the closing quote, or move the text inside the quotes.
                    """),
        ])
    func refuses(_ example: Failure) {
        let error = #expect(throws: GeoError.self) { try CSVReader().records(in: example.text, path: "t.csv") }
        #expect(error?.code == .dataError)
        #expect(error?.description == example.expected)
    }

    @Test("reports the line and column where each field starts")
    func positions() throws {
        let records = try CSVReader().records(in: "a,bb\n\"x\ny\",z\n", path: "t.csv")
        #expect(records[1].fields[0].line == 2)
        #expect(records[1].fields[1].line == 3)
        #expect(records[1].fields[1].column == 4)
    }

    @Test("reads a 10 MB line and 20,000 columns")
    func large() throws {
        let long = String(repeating: "x", count: 10_000_000)
        #expect(try CSVReader().records(in: "a\n\(long)\n", path: "t.csv")[1].values[0].count == 10_000_000)
        let wide = (0..<20_000).map(String.init).joined(separator: ",")
        #expect(try CSVReader().records(in: wide + "\n", path: "t.csv")[0].fields.count == 20_000)
    }

    @Test("CSVTable refuses ragged rows with the row's location")
    func ragged() {
        let error = #expect(throws: GeoError.self) { try CSVTable(text: "a,b,c\n1,2\n", path: "t.csv") }
        #expect(
            error?.description == """
                t.csv:2:4: error: row has 2 fields but the header has 3
                  hint: Quote fields that contain commas, or add the missing fields (empty is fine).
                error: 1 error in the input; nothing was stored or written
                  hint: Fix the lines above and run the command again.
                """)
    }

    @Test("CSVTable refuses an empty file")
    func empty() {
        let error = #expect(throws: GeoError.self) { try CSVTable(text: "\n\n", path: "t.csv") }
        #expect(error?.message == "the file is empty")
    }

    @Test(
        "a table read from bytes is the table of their decoded text, in the encoding decoding settles on",
        arguments: [
            (Array("name,value\nTürkiye,1\n".utf8), nil, TextEncoding.utf8),
            ([0xEF, 0xBB, 0xBF] + Array("name,value\nTürkiye,1\n".utf8), nil, .utf8),
            (Array("name,value\nT".utf8) + [0xFC] + Array("rkiye,1\n".utf8), nil, .windows1252),
            (Array("name,value\nT".utf8) + [0xFC] + Array("rkiye,1\n".utf8), .latin1, .latin1),
            ([0xFF, 0xFE] + "name,value\nTü,1\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, nil, .utf16),
        ] as [([UInt8], TextEncoding?, TextEncoding)])
    func tableFromBytes(bytes: [UInt8], forced: TextEncoding?, expected: TextEncoding) throws {
        let decoder = TextDecoder(forced: forced)
        let table = try CSVTable(bytes: bytes, path: "t.csv", decoder: decoder)
        let fromText = try CSVTable(text: try decoder.decode(bytes, path: "t.csv").text, path: "t.csv")
        #expect(table.encoding == expected)
        #expect(table.columnNames == fromText.columnNames)
        #expect(table.rows.map(\.values) == fromText.rows.map(\.values))
        #expect(table.rows.map(\.line) == fromText.rows.map(\.line))
        #expect(table.value(try #require(table.rows.first), 0).hasPrefix("T"))
    }

    @Test("bytes that are not UTF-8 when UTF-8 is forced are refused with their position")
    func tableFromInvalidBytes() {
        let error = #expect(throws: GeoError.self) {
            try CSVTable(
                bytes: Array("a,b\nT".utf8) + [0xFC], path: "t.csv", decoder: TextDecoder(forced: .utf8))
        }
        #expect(error?.location == SourceLocation(path: "t.csv", line: 2, column: 2))
    }
}
