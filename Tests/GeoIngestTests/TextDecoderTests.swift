import GeoIngest
import GeoModel
import Testing

@Suite("TextDecoder")
struct TextDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let text: String
        let encoding: TextEncoding
        var testDescription: String { name }
    }

    static let turkiyeMacRoman: [UInt8] = Array("T".utf8) + [0x9F] + Array("rkiye".utf8)
    static let turkiyeLatin1: [UInt8] = Array("T".utf8) + [0xFC] + Array("rkiye".utf8)
    static let coteMacRoman: [UInt8] = Array("C".utf8) + [0x99] + Array("te d'Ivoire".utf8)
    static let coteLatin1: [UInt8] = Array("C".utf8) + [0xF4] + Array("te d'Ivoire".utf8)

    @Test(
        "detects the encoding",
        arguments: [
            Case(name: "UTF-8", bytes: Array("Türkiye".utf8), text: "Türkiye", encoding: .utf8),
            Case(
                name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Türkiye".utf8), text: "Türkiye",
                encoding: .utf8),
            Case(name: "UTF-16 LE with BOM", bytes: [0xFF, 0xFE, 0x54, 0, 0xFC, 0], text: "Tü", encoding: .utf16),
            Case(name: "UTF-16 BE with BOM", bytes: [0xFE, 0xFF, 0, 0x54, 0, 0xFC], text: "Tü", encoding: .utf16),
            Case(name: "Mac Roman Türkiye", bytes: turkiyeMacRoman, text: "Türkiye", encoding: .macRoman),
            Case(name: "Mac Roman Côte", bytes: coteMacRoman, text: "Côte d'Ivoire", encoding: .macRoman),
            Case(name: "Latin-1 Türkiye", bytes: turkiyeLatin1, text: "Türkiye", encoding: .windows1252),
            Case(name: "Latin-1 Côte", bytes: coteLatin1, text: "Côte d'Ivoire", encoding: .windows1252),
        ])
    func detects(_ example: Case) throws {
        let decoded = try TextDecoder().decode(example.bytes, path: "t.csv")
        #expect(decoded.text == example.text)
        #expect(decoded.encoding == example.encoding)
    }

    @Test("uses the encoding the user forces")
    func forced() throws {
        let decoded = try TextDecoder(forced: .latin1).decode(Self.turkiyeLatin1, path: "t.csv")
        #expect(decoded.text == "Türkiye")
        #expect(try TextDecoder(forced: .macRoman).decode([0x8E], path: "t.csv").text == "é")
    }

    @Test("refuses NUL bytes with their position")
    func binary() {
        let error = #expect(throws: GeoError.self) {
            try TextDecoder().decode(Array("a,b\nc".utf8) + [0, 1], path: "t.csv")
        }
        #expect(error?.location == SourceLocation(path: "t.csv", line: 2, column: 2))
        #expect(error?.message == "the file contains a NUL byte; it is not a text file")
    }

    @Test("refuses invalid UTF-8 when UTF-8 is forced")
    func invalidUTF8() {
        let error = #expect(throws: GeoError.self) {
            try TextDecoder(forced: .utf8).decode(Array("ok\nT".utf8) + [0xFC], path: "t.csv")
        }
        #expect(error?.location == SourceLocation(path: "t.csv", line: 2, column: 2))
    }

    @Test("parses the spellings users give --encoding")
    func names() {
        #expect(TextEncoding(name: "Mac-Roman") == .macRoman)
        #expect(TextEncoding(name: "ISO-8859-1") == .latin1)
        #expect(TextEncoding(name: "cp1252") == .windows1252)
        #expect(TextEncoding(name: "UTF8") == .utf8)
        #expect(TextEncoding(name: "ebcdic") == nil)
    }
}
