/// An estimate of rendered text width for laying out titles and legends without font files.
///
/// Uses average advance widths of Helvetica/Arial (as a fraction of the font size) by character
/// class. The estimate is deterministic and errs on the wide side, so that wrapped lines fit.
enum TextWidth {
    /// The estimated width of `text` at `fontSize` pixels.
    static func estimate(_ text: String, fontSize: Double, isBold: Bool = false) -> Double {
        scaled(ems(text), fontSize: fontSize, isBold: isBold)
    }

    /// The advances of `text`'s characters summed from the left, in ems.
    private static func ems<Text: StringProtocol>(_ text: Text, startingAt em: Double = 0) -> Double {
        var em = em
        for character in text { em += advance(of: character) }
        return em
    }

    private static func scaled(_ em: Double, fontSize: Double, isBold: Bool) -> Double {
        em * fontSize * (isBold ? 1.07 : 1)
    }

    /// The advance of one character: from a table for a one-byte (ASCII) character, which is
    /// almost every character of a title; otherwise by ``classifiedAdvance(of:)``, which
    /// compares characters as Swift does (canonical equivalence: U+037E is a ";").
    static func advance(of character: Character) -> Double {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte < 128 { return asciiAdvances[Int(byte)] }
        return classifiedAdvance(of: character)
    }

    /// ``classifiedAdvance(of:)`` of each ASCII character, by its code.
    private static let asciiAdvances: [Double] = (0..<128).map {
        classifiedAdvance(of: Character(Unicode.Scalar(UInt8($0))))
    }

    /// The advance of a character by its class: the definition the table is made from.
    static func classifiedAdvance(of character: Character) -> Double {
        switch character {
        case " ", "\u{2009}": return 0.28
        case "i", "j", "l", "!", "|", "'", ".", ",", ":", ";", "I", "í", "ì", "ï": return 0.25
        case "f", "t", "r", "(", ")", "[", "]", "-", "/": return 0.36
        case "m", "M", "W", "%": return 0.9
        case "w", "@": return 0.78
        case "–", "—": return 0.6
        default:
            if character.isUppercase { return 0.7 }
            if character.isNumber { return 0.56 }
            return 0.56
        }
    }

    /// Splits text into lines no wider than `width`, breaking at spaces.
    ///
    /// A single word wider than the line stays on a line of its own.
    ///
    /// A candidate line's width is its line's running sum plus the space and the word, added in
    /// the order ``estimate(_:fontSize:isBold:)`` adds them, so it is that width to the bit.
    static func wrap(_ text: String, width: Double, fontSize: Double, isBold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentEms = 0.0
        let space = advance(of: " ")
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            guard !current.isEmpty else {
                current = String(word)
                currentEms = ems(word)
                continue
            }
            let candidateEms = ems(word, startingAt: currentEms + space)
            if scaled(candidateEms, fontSize: fontSize, isBold: isBold) <= width {
                current += " " + word
                currentEms = candidateEms
            } else {
                lines.append(current)
                current = String(word)
                currentEms = ems(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
