/// An estimate of rendered text width for laying out titles and legends without font files.
///
/// Uses average advance widths of Helvetica/Arial (as a fraction of the font size) by character
/// class. The estimate is deterministic and errs on the wide side, so that wrapped lines fit.
enum TextWidth {
    /// The estimated width of `text` at `fontSize` pixels.
    static func estimate(_ text: String, fontSize: Double, isBold: Bool = false) -> Double {
        var em = 0.0
        for character in text {
            em += advance(of: character)
        }
        return em * fontSize * (isBold ? 1.07 : 1)
    }

    private static func advance(of character: Character) -> Double {
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
    static func wrap(_ text: String, width: Double, fontSize: Double, isBold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || estimate(candidate, fontSize: fontSize, isBold: isBold) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
