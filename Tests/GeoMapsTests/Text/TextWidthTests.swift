import GeoTestSupport
import Testing

@testable import GeoMaps

/// The text-width estimate's fast paths (a table for ASCII characters, a running sum while
/// wrapping) against its definition: each character's class advance, summed over the whole
/// candidate line, as the estimate was first written.
@Suite("Text width")
struct TextWidthTests {
    /// The estimate by its definition: every character's class advance, summed from the left.
    static func referenceEstimate(_ text: String, fontSize: Double, isBold: Bool) -> Double {
        var em = 0.0
        for character in text { em += TextWidth.classifiedAdvance(of: character) }
        return em * fontSize * (isBold ? 1.07 : 1)
    }

    /// Wrapping by its definition: each candidate line joined and measured whole.
    static func referenceWrap(_ text: String, width: Double, fontSize: Double, isBold: Bool) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || referenceEstimate(candidate, fontSize: fontSize, isBold: isBold) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Pieces of text, among them characters that join their neighbours into one character
    /// (combining marks, a prepended mark, zero-width joiners, flags, CR LF) and characters
    /// Swift finds equal to another (a decomposed "í", U+037E which is ";").
    static let pieces = [
        "a", "b", "W", "m", "i", "I", "l", ";", ".", "%", "-", "(", "7", " ", " ", "  ", "\u{2009}", "í", "i\u{301}",
        "\u{37E}", "\u{301}", "\u{600}", "\r\n", "\n", "\t", "👍🏽", "🇫🇷", "🇩", "\u{200D}", "–", "—", "Ä", "Ω", "٣", "é",
        "Korea, Rep.", "Côte d'Ivoire", "\u{7F}", "\u{0}",
    ]

    @Test("every character's advance is its class advance")
    func advances() {
        for scalar in (0..<0x3000).compactMap(Unicode.Scalar.init) {
            let character = Character(scalar)
            #expect(TextWidth.advance(of: character) == TextWidth.classifiedAdvance(of: character), "\(scalar)")
        }
        for piece in Self.pieces where piece.count == 1 {
            let character = Character(piece)
            #expect(TextWidth.advance(of: character) == TextWidth.classifiedAdvance(of: character))
        }
    }

    @Test("estimates and wraps as the definition does, to the bit", arguments: [1, 2, 3, 4])
    func matchesDefinition(seed: UInt64) {
        var random = SplitMix64(state: seed)
        for _ in 0..<500 {
            let length = Int.random(in: 0..<40, using: &random)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            let fontSize: Double = [11.0, 14, 20].randomElement(using: &random) ?? 11
            let isBold = Bool.random(using: &random)
            // Half the time exactly the width of the first few words, where a sum added in
            // another order would break the line elsewhere.
            let words = text.split(separator: " ", omittingEmptySubsequences: true)
            let first = words.prefix(Int.random(in: 1...3, using: &random)).joined(separator: " ")
            let width =
                Bool.random(using: &random)
                ? Self.referenceEstimate(first, fontSize: fontSize, isBold: isBold)
                : Double.random(in: 0..<400, using: &random)
            let estimate = TextWidth.estimate(text, fontSize: fontSize, isBold: isBold)
            #expect(estimate.bitPattern == Self.referenceEstimate(text, fontSize: fontSize, isBold: isBold).bitPattern)
            #expect(
                TextWidth.wrap(text, width: width, fontSize: fontSize, isBold: isBold)
                    == Self.referenceWrap(text, width: width, fontSize: fontSize, isBold: isBold),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(width)")
        }
    }

    /// A line's width at a break is exactly the limit: the candidate fits (the comparison is
    /// `<=`), one ulp less and it does not.
    @Test("a candidate exactly as wide as the line fits")
    func exactFit() {
        let full = TextWidth.estimate("ab cd", fontSize: 10)
        #expect(TextWidth.wrap("ab cd ab", width: full, fontSize: 10) == ["ab cd", "ab"])
        #expect(TextWidth.wrap("ab cd ab", width: full.nextDown, fontSize: 10) == ["ab", "cd", "ab"])
    }
}
