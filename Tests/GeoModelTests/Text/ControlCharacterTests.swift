import GeoModel
import Testing

/// `Unicode.Scalar.isControl` is a range test; Unicode's own tables (general category Cc) are the
/// reference, over the planes that have characters in common use (Cc is closed by Unicode's
/// stability policy: no character will ever join it).
@Suite("Control characters")
struct ControlCharacterTests {
    @Test("isControl is exactly Unicode's category Cc")
    func matchesUnicode() {
        var mismatches: [String] = []
        for value in Array(UInt32(0)..<0x30000) + Array(UInt32(0xE0000)..<0xE1000) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isControl != (scalar.properties.generalCategory == .control) {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("terminal escaping writes out every control but line feed and tab")
    func terminal() {
        #expect("a\u{1B}b\u{9B}c\u{7F}\n\t".escapingTerminalControls == "a\\u{1B}b\\u{9B}c\\u{7F}\n\t")
        #expect("plain\ttext\n".escapingTerminalControls == "plain\ttext\n")
    }
}
