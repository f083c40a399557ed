import Foundation
import GeoModel
import GeoTestSupport
import Testing

/// `trimmingBlanks()` is Foundation's `trimmingCharacters(in: .whitespaces)` without
/// Foundation, and with a shortcut for text that starts and ends with a printable ASCII character.
@Suite("Trimming blanks")
struct BlanksTests {
    /// Blanks of several kinds, line breaks (kept), marks that join a blank into one Character,
    /// and characters that look blank but are not (zero-width space, BOM).
    static let pieces = [
        " ", "  ", "\t", "\u{A0}", "\u{2009}", "\u{3000}", "\u{1680}", "\n", "\r\n", "\u{85}", "a", "Z", "7", "-",
        "\u{301}",
        "é", "x y", "\u{200B}", "\u{FEFF}", "\u{7F}", "\u{0}", "😀",
    ]

    @Test("trims as Foundation does", arguments: [1, 2, 3])
    func matchesFoundation(seed: UInt64) {
        var random = SplitMix64(state: seed)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0..<8, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            #expect(
                text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let slice = text.dropFirst()
            #expect(slice.trimmingBlanks() == slice.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("removes exactly the characters Foundation removes, from every plane's first part")
    func everyScalar() {
        for value in Array(0..<0x3_1000) + [0xE_0001, 0xF_0000, 0x10_FFFD] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar)
            #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
