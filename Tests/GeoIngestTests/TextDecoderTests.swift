import GeoModel
import GeoTestSupport
import Testing

@testable import GeoIngest

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

    @Test(
        "reads as UTF-8 exactly what decoding reads as UTF-8, without the byte-order mark",
        arguments: [nil, .utf8, .utf16, .latin1, .windows1252, .macRoman] as [TextEncoding?])
    func utf8TextAgreesWithDecoding(forced: TextEncoding?) throws {
        let inputs: [[UInt8]] = [
            Array("Türkiye,1\n".utf8), [0xEF, 0xBB, 0xBF] + Array("Türkiye".utf8), [0xFF, 0xFE, 0x54, 0, 0xFC, 0],
            [0xFE, 0xFF, 0, 0x54, 0, 0xFC], Self.turkiyeMacRoman, Self.turkiyeLatin1, Self.coteLatin1, [],
            [0xEF, 0xBB],
        ]
        let decoder = TextDecoder(forced: forced)
        for bytes in inputs {
            let decoded = Result { () throws(GeoError) in try decoder.decode(bytes, path: "t.csv") }
            let range = Result { () throws(GeoError) in try decoder.utf8Text(in: bytes, path: "t.csv") }
            switch (decoded, range) {
            case (.success(let decoded), .success(let range?)):
                #expect(decoded.encoding == .utf8, "\(bytes)")
                #expect(String(decoding: bytes[range], as: UTF8.self) == decoded.text, "\(bytes)")
            case (.success(let decoded), .success(nil)):
                #expect(decoded.encoding != .utf8, "\(bytes)")
            case (.failure(let decodeError), .failure(let rangeError)):
                #expect(decodeError == rangeError, "\(bytes)")
            case (.failure(let error), .success):
                // Only a later step of decoding can fail once the bytes are known not to be UTF-8.
                #expect(error.message != "the file is not valid UTF-8", "\(bytes)")
            case (.success, .failure(let error)):
                Issue.record("utf8Text refused what decode reads: \(error.message), \(bytes)")
            }
        }
    }

    @Test("UTF-8 is judged valid exactly as String(validating:) judges it")
    func utf8ValidityAgreesWithTheStandardLibrary() {
        // Single cases: overlong forms, surrogates, past U+10FFFF, truncated and stray bytes,
        // and valid sequences of every length, at every offset of an eight-byte word.
        let samples: [[UInt8]] = [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x82], [0x80], [0xBF, 0x41], [0xFF], Array("é".utf8), Array("€".utf8), Array("😀".utf8),
            [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        ]
        var cases: [[UInt8]] = []
        for sample in samples {
            for offset in 0..<10 {
                cases.append(Array(repeating: 0x61, count: offset) + sample + Array(repeating: 0x62, count: 9 - offset))
                cases.append(Array(repeating: 0x61, count: offset) + sample)
            }
        }
        // Random bytes drawn mostly from ASCII, continuation and lead bytes.
        var generator = SplitMix64(state: 17)
        let alphabet: [UInt8] = [
            0x41, 0x2C, 0x0A, 0x80, 0x9F, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xC0,
        ]
        for _ in 0..<3_000 {
            let length = Int.random(in: 0..<40, using: &generator)
            cases.append(
                (0..<length).map { _ in
                    Int.random(in: 0..<3, using: &generator) == 0
                        ? 0x61 : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                })
        }
        for bytes in cases {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { TextDecoder.isValidUTF8($0) } == expected, "\(bytes)")
        }
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
