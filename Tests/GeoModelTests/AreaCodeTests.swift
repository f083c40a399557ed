import Foundation
import GeoModel
import Testing

/// `AreaCode` keeps its characters packed in a word; these tests hold it to what a code made of
/// a string would do: the same codes accepted, the same characters back, string order, string
/// equality, and a plain string in JSON.
@Suite("AreaCode")
struct AreaCodeTests {
    @Test(
        "accepts one to eight upper-case ASCII letters or digits, and gives them back",
        arguments: ["K", "KOR", "XKX", "06", "01001", "ABCDEFGH", "A1B2", "00000000", "ZZZZZZZZ", "99"])
    func accepts(_ text: String) throws {
        let code = try #require(AreaCode(text))
        #expect(code.rawValue == text)
        #expect(code.description == text)
        #expect(AreaCode(rawValue: text) == code)
    }

    @Test(
        "refuses anything else",
        arguments: ["", "kor", "Kor", "KO R", "ABCDEFGHI", "K-R", "KÖR", "\u{0}", "A\u{0}", "ＫＯＲ", " KOR", "KOR\n"])
    func refuses(_ text: String) {
        #expect(AreaCode(text) == nil)
        #expect(AreaCode(rawValue: text) == nil)
    }

    @Test(
        "iso3: exactly three upper-case letters",
        arguments: [("KOR", true), ("XKX", true), ("KO", false), ("KORE", false), ("K0R", false), ("001", false)])
    func iso3(_ text: String, _ accepted: Bool) {
        #expect((AreaCode(iso3: text) != nil) == accepted)
    }

    /// Every pair from a list that has prefixes, digits before letters, one-character and
    /// eight-character codes: codes compare and equal as their strings do.
    @Test("orders and equals as the strings do")
    func order() throws {
        let texts = [
            "A", "AB", "ABC", "ABD", "ABCDEFGH", "ABCDEFGG", "B", "0", "00", "01", "01001", "01002", "1", "10", "9",
            "Z", "ZZZZZZZZ", "A0", "A9", "AZ", "KOR", "KO", "USA", "US",
        ]
        for left in texts {
            for right in texts {
                let (a, b) = (try #require(AreaCode(left)), try #require(AreaCode(right)))
                #expect((a < b) == (left < right), "\(left) < \(right)")
                #expect((a == b) == (left == right), "\(left) == \(right)")
                if left == right { #expect(a.hashValue == b.hashValue) }
            }
        }
        let sorted: [String] = texts.compactMap { AreaCode($0) }.sorted().map(\.rawValue)
        #expect(sorted == texts.sorted())
    }

    @Test("is a plain string in JSON, both ways")
    func json() throws {
        let codes = try ["KOR", "06", "01001", "ABCDEFGH"].map { try #require(AreaCode($0)) }
        let data = try JSONEncoder().encode(codes)
        #expect(String(decoding: data, as: UTF8.self) == #"["KOR","06","01001","ABCDEFGH"]"#)
        #expect(try JSONDecoder().decode([AreaCode].self, from: data) == codes)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([AreaCode].self, from: Data(#"["kor"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([AreaCode].self, from: Data("[3]".utf8)) }
    }
}
