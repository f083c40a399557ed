import GeoModel
import GeoTestSupport
import Testing

@testable import GeoIngest

/// A large CSV file is scanned in two parts side by side; the records, their positions and the
/// first error must be those of one pass, checked against the scalar reader (the reference the
/// byte scanner is itself held to).
@Suite("CSV scanning in two parts")
struct PartedScanTests {
    typealias Outcome = FastPathEquivalenceTests.Outcome

    /// Both parts' scan with no size threshold, and the scalar reader's one pass.
    static func outcomes(_ text: String, separator: Unicode.Scalar = ",") -> (parted: Outcome, onePass: Outcome) {
        let parted = FastPathEquivalenceTests.outcome { () throws(GeoError) in
            Array(
                try CSVUTF8Scanner.records(
                    in: UTF8Text(text), separator: UInt8(separator.value), path: "x.csv", minimumBytes: 0))
        }
        let onePass = FastPathEquivalenceTests.outcome { () throws(GeoError) in
            try CSVReader(separator: separator).scalarRecords(in: text, path: "x.csv")
        }
        return (parted, onePass)
    }

    static func splits(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { CSVUTF8Scanner.partBoundary(in: $0) } != nil
    }

    @Test("counting a byte 32 at a time agrees with a byte loop, at every length and offset")
    func countedBytes() {
        var generator = SplitMix64(state: 41)
        // Long runs of the target overflow a byte lane if the lanes are not added up in time.
        let runs = [[UInt8](repeating: 0x22, count: 20_000), [UInt8](repeating: 0x0A, count: 9_000)]
        let random = (0..<30_000).map { _ in
            [0x22, 0x0A, 0x0D, 0x61, 0xA2, 0xFF][Int.random(in: 0..<6, using: &generator)]
        }
        for bytes in runs + [random.map { UInt8($0) }] {
            bytes.withUnsafeBufferPointer { all in
                for _ in 0..<200 {
                    let start = Int.random(in: 0...min(64, all.count), using: &generator)
                    let end = Int.random(in: start...all.count, using: &generator)
                    let part = UnsafeBufferPointer(rebasing: all[start..<end])
                    for target: UInt8 in [0x22, 0x0A, 0x0D] {
                        #expect(CSVUTF8Scanner.count(target, in: part) == part.filter { $0 == target }.count)
                    }
                }
            }
        }
    }

    @Test("generated files: the same records, lines, columns and errors as one pass")
    func generated() {
        let alphabet = [
            ",", ",", ",", "\"", "\"", "\n", "\n", "\n", "\r", "\r\n", " ", "a", "b", "Zz", "é", "😀", "1.5", ";",
        ]
        var generator = SplitMix64(state: 23)
        var split = 0
        for separator in [",", ";"] as [Unicode.Scalar] {
            for round in 0..<3000 {
                let header = round % 3 == 0 ? "" : "h1\(separator)h2\(separator)h3\n"
                let text = header + FastPathEquivalenceTests.text(from: alphabet, length: 60, using: &generator)
                let (parted, onePass) = Self.outcomes(text, separator: separator)
                #expect(parted == onePass, "\(text.debugDescription) with separator \(separator)")
                if Self.splits(text) { split += 1 }
            }
        }
        // The comparison means something only if most inputs were in fact cut in two.
        #expect(split > 3000, "only \(split) of 6000 inputs were cut in two")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    @Test(
        "hand-made files whose cut falls in awkward places",
        arguments: [
            Case(name: "the header after the cut", text: String(repeating: "\n", count: 20) + "a,b\n1,2\n3,4\n"),
            Case(
                name: "empty fields past the header in the second part",
                text: "a,b\n" + String(repeating: "1,2\n", count: 6) + "3,4,,\n5,6, ,\n"),
            Case(
                name: "a quoted field with line breaks across the middle",
                text: "a,b\n\"x\n\n\n\n\n\n\n\n\n\ny\",2\n1,2\n"),
            Case(name: "CRLF line ends", text: "a,b\r\n" + String(repeating: "1,2\r\n", count: 8)),
            Case(name: "CR line ends only", text: "a,b\r" + String(repeating: "1,2\r", count: 8)),
            Case(name: "lone CRs before the cut", text: "a,b\r1,2\r3,4\r\n5,6\n7,8\n9,10\n11,12\n"),
            Case(name: "an error in the first part", text: "a,b\n1,x\"y\n" + String(repeating: "1,2\n", count: 8)),
            Case(
                name: "an error in the second part", text: "a,b\n" + String(repeating: "1,2\n", count: 8) + "\"a\"b,2\n"
            ),
            Case(
                name: "a quote never closed in the second part",
                text: "a,b\n" + String(repeating: "1,2\n", count: 8) + "\"a,2\n"),
            Case(name: "no final line end", text: "a,b\n" + String(repeating: "1,2\n", count: 8) + "3,4"),
            Case(
                name: "blank rows on both sides",
                text: "a,b\n,,\n\n1,2\n" + String(repeating: " , \n", count: 6) + "3,4\n"),
        ])
    func handMade(_ example: Case) {
        let (parted, onePass) = Self.outcomes(example.text)
        #expect(parted == onePass)
    }

    @Test("the cut is just after a line feed outside quotes, with the line the second part starts on")
    func boundary() throws {
        var text = "a,b\n\"1\n2\",3\n4,5\n6,7\n"
        let found = text.withUTF8 { CSVUTF8Scanner.partBoundary(in: $0) }
        let cut = try #require(found)
        let bytes = Array(text.utf8)
        #expect(bytes[cut.offset - 1] == UInt8(ascii: "\n"))
        #expect(bytes[..<cut.offset].filter { $0 == UInt8(ascii: "\"") }.count % 2 == 0)
        // Line 1 "a,b", lines 2–3 the quoted field, so the first part ends after line 3 or later.
        #expect(cut.offset >= bytes.count / 2)
        #expect(cut.line == 1 + bytes[..<cut.offset].filter { $0 == UInt8(ascii: "\n") }.count)
    }

    /// A header and rows `row(1)`, `row(2)`, … up to just above the size at which ingest cuts a file in two.
    static func largeFile(_ row: (Int) -> String) -> [String] {
        var lines = ["country,period,metric,value"]
        var bytes = 0
        while bytes < CSVUTF8Scanner.bytesForTwoParts + 1000 {
            lines.append(row(lines.count))
            bytes += lines[lines.count - 1].utf8.count + 1
        }
        return lines
    }

    @Test("a large file is read the same through the table as through one pass")
    func table() throws {
        let lines = Self.largeFile { row in
            row % 97 == 0 ? "\"Korea, Republic of\",2025-H1,m\(row % 13),\(row % 100).5" : "Chile,2025-H1,m\(row),1"
        }
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count >= CSVUTF8Scanner.bytesForTwoParts)
        let table = try CSVTable(text: text, path: "x.csv")
        let reference = try CSVReader().scalarRecords(in: text, path: "x.csv")
        #expect(table.header == reference.first)
        // The first record that differs, not a diff of 150,000 records.
        let rows = Array(table.rows)
        let expected = Array(reference.dropFirst())
        #expect(rows.count == expected.count)
        let differing = zip(rows, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(differing == nil, "first differing row: \(differing.map { (rows[$0], expected[$0]) }.debugDescription)")
    }

    @Test("a large file's ingest: its hash, every row and an error's line, from the file's own lines")
    func largeIngest() throws {
        // Quoted names with commas, so the cut has quotes before it; one period and metric per row.
        let lines = Self.largeFile { row in
            "\(row % 3 == 0 ? "\"Korea, Republic of\"" : "Chile"),\(1000 + row / 100),m\(row % 100),\(row % 100)"
        }
        let text = lines.joined(separator: "\n") + "\n"
        let reader = ObservationReader(reference: ShippedReference.tables)
        let file = try reader.read(Array(text.utf8), spec: SourceSpec(path: "big.csv"))
        #expect(file.source.sha256 == SHA256.hex(of: Array(text.utf8)))
        #expect(file.observations.count == lines.count - 1)
        let last = file.observations[file.observations.count - 1]
        #expect(last.origin == SourceLocation(path: "big.csv", line: lines.count, column: 1))
        #expect(last.value == Double((lines.count - 1) % 100))

        // A bad value on the last line is reported on that line, counted across the cut.
        let wrong = text + "Chile,1000,m0,x\n"
        #expect {
            try reader.read(Array(wrong.utf8), spec: SourceSpec(path: "big.csv"))
        } throws: { error in
            "\(error)".hasPrefix("big.csv:\(lines.count + 1):")
        }
    }
}
