/// Makes Markdown safe to hand to Ink, which passes raw HTML straight through, and puts back
/// what it held from Ink in the HTML Ink returns.
///
/// Every `<` and `"` scalar, in text and in code alike, reaches Ink as a stand-in: a Unicode
/// noncharacter (U+FDD0, U+FDD1), which Ink copies to its output as it copies a letter. Ink then
/// never sees a `<`, so it opens no HTML of its own accord, and never sees a `"`, so a link
/// destination cannot break out of its `href="…"`; ``restore(_:)`` writes each stand-in in Ink's
/// output as `&lt;` or `&quot;`, which reads as the character the author wrote, in code as in
/// text.
///
/// ```swift
/// let ink = MarkdownNeutralizer.neutralize(#"<b>x</b> [a](b"c) `<i>`"#)
/// MarkdownNeutralizer.restore(MarkdownParser().html(from: ink))
/// // #"<p>&lt;b>x&lt;/b> <a href="b&quot;c">a</a> <code>&lt;i&gt;</code></p>"#
/// ```
///
/// Three more reach Ink as stand-ins where Ink would spend too long on them: `[` past
/// ``maximumUnresolvedBrackets`` in a paragraph, `|` past ``maximumVerticalLinesPerLine`` in a
/// line, and an `&` that starts no character reference. Each is written back as the character.
///
/// No rule here depends on where Ink finds code. An earlier version left code to Ink and so had
/// to read code spans and fences as Ink does; each disagreement fuzzing found (a form feed, an
/// escaped backtick, a table row running into a fence) left a `<p` raw, on which Ink loops
/// forever. With no `<` in its input, that loop cannot start.
///
/// This is the first of two defences; ``ReportHTML`` also keeps only known elements and
/// attributes from what Ink returns.
enum MarkdownNeutralizer {
    /// A character Ink must not see. Its stand-in is the noncharacter U+FDD0 + its raw value,
    /// so that a stand-in read back names its character by arithmetic.
    private enum HeldCharacter: UInt32 {
        case lessThanSign, quotationMark, openingBracket, verticalLine, ampersand

        /// The character held from Ink whose stand-in `scalar` is, or nil.
        init?(standIn scalar: Unicode.Scalar) {
            guard scalar.value >= 0xFDD0 else { return nil }
            self.init(rawValue: scalar.value - 0xFDD0)
        }

        /// The noncharacter Ink reads in its place (Swift's string literals refuse noncharacters).
        var standIn: Unicode.Scalar {
            // Never U+FFFD: U+FDD0…U+FDEF are Unicode scalars.
            Unicode.Scalar(0xFDD0 + rawValue) ?? "\u{FFFD}"
        }

        /// How ``MarkdownNeutralizer/restore(_:)`` writes it in HTML.
        var reference: String {
            switch self {
            case .lessThanSign: "&lt;"
            case .quotationMark: "&quot;"
            case .openingBracket: "&#91;"
            case .verticalLine: "&#124;"
            case .ampersand: "&amp;"
            }
        }
    }

    /// How many `[` one paragraph may hold, besides those opening a ``WholeLink``, before
    /// further ones are held from Ink. For each `[` it cannot close at once, Ink reads on through
    /// the paragraph, and each such `[` on the way starts a reading of its own: time exponential
    /// in their number (found by fuzzing: 120 `[` in a row, a dozen left open over a few lines, or
    /// a dozen closed by `\]`, which Ink does not read as closing, took seconds to minutes).
    static let maximumUnresolvedBrackets = 4

    /// How many `|` a line may hold before further ones are held from Ink, so that a table has at
    /// most one column fewer. Ink pads every row of a table to its widest row: a 16 KB report of
    /// one line of 4,000 `|` over 4,000 rows of `||` made 16 million cells, and rendering it took
    /// minutes (found reading Ink after fuzzing). The widest table in our reports has 7 columns.
    static let maximumVerticalLinesPerLine = 65

    /// The Markdown Ink is to read: `<`, `"`, an `&` that starts no character reference,
    /// brackets past ``maximumUnresolvedBrackets`` and vertical lines past
    /// ``maximumVerticalLinesPerLine`` replaced by stand-ins.
    ///
    /// Ink reads from each `&` in text on to the next `;`, stopping only at white space: a run of
    /// 16,000 `&` took 40 s (found reading Ink after fuzzing). An `&` held from Ink shows as `&`
    /// in text and code alike, as Ink would have written it; `&gt;` and the like reach Ink as
    /// they are, and Ink passes them through in text and escapes them in code, as Markdown does.
    ///
    /// Line breaks are normalised first (``Swift/String/normalizingLineBreaks()``), so that the
    /// paragraphs brackets are counted in are Ink's. Stand-ins already in the text (noncharacters
    /// have no place in a report) become U+FFFD, so that every stand-in Ink returns is one put
    /// here. A line of only spaces and tabs is written empty (the same to Markdown), and the line
    /// breaks and blank lines at the end are dropped: Ink reads past the end of its input where
    /// a document ends in them after a list item (`- a\n `) or an unclosed front matter
    /// (`---\nfoo\n`), both found by fuzzing.
    static func neutralize(_ text: String) -> String {
        let markdown = text.normalizingLineBreaks()
        var output = String.UnicodeScalarView()
        // Brackets count across the lines of a paragraph, as Ink reads them: a blank line ends
        // one unless the line before it ends in a hard break (two spaces or a backslash), which
        // Ink reads on past any blank lines (found by fuzzing: brackets opened before such a
        // break and after the blank line took seconds to read).
        var unresolvedBrackets = 0
        var endsInHardBreak = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !endsInHardBreak { unresolvedBrackets = 0 }
                output.append("\n")
                continue
            }
            endsInHardBreak = line.last == "\\" || line.reversed().prefix(while: { $0 == " " }).count >= 2
            // By `Character`, as Ink reads; a stand-in takes the place of one scalar, and as the
            // scalars it replaces, it joins no neighbour into a `Character`.
            let characters = Array(line)
            var verticalLines = 0
            for (offset, character) in characters.enumerated() {
                // Each `[` on its own: one in a destination, or in code, counts like any other
                // (found by fuzzing: `` `![i](`…`[[[[…)`` hid forty brackets from the count in what
                // looked like a destination, while Ink read the link as code and the brackets as
                // brackets).
                if character == "[", WholeLink.end(in: characters, openingAt: offset) == nil {
                    if unresolvedBrackets >= maximumUnresolvedBrackets {
                        output.append(HeldCharacter.openingBracket.standIn)
                        continue
                    }
                    unresolvedBrackets += 1
                } else if character == "&", !isCharacterReference(characters[(offset + 1)...]) {
                    output.append(HeldCharacter.ampersand.standIn)
                    continue
                } else if character == "|" {
                    verticalLines += 1
                    if verticalLines > maximumVerticalLinesPerLine {
                        output.append(HeldCharacter.verticalLine.standIn)
                        continue
                    }
                }
                for scalar in character.unicodeScalars {
                    switch scalar {
                    case "<": output.append(HeldCharacter.lessThanSign.standIn)
                    case "\"": output.append(HeldCharacter.quotationMark.standIn)
                    case _ where HeldCharacter(standIn: scalar) != nil: output.append("\u{FFFD}")
                    default: output.append(scalar)
                    }
                }
            }
            output.append("\n")
        }
        var result = String(output)
        // By `Character`, as Ink reads: the last line then holds a character that is not white
        // space to Ink, so Ink cannot skip white space to the end of its input.
        guard let content = result.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        result.removeSubrange((result[content...].firstIndex(where: \.isNewline) ?? result.endIndex)...)
        return result
    }

    /// Whether the characters after an `&` make it a character reference for Ink: up to 32 ASCII
    /// letters, digits and `#` (the longest entity name has 31), then `;`.
    private static func isCharacterReference(_ rest: ArraySlice<Character>) -> Bool {
        let name = rest.prefix(32).prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
        return name.endIndex < rest.endIndex && rest[name.endIndex] == ";"
    }

    /// Ink's HTML with each stand-in written as the character reference for what it held.
    static func restore(_ html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        for scalar in html.unicodeScalars {
            if let held = HeldCharacter(standIn: scalar) {
                output += held.reference
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}

extension String {
    /// The text with `\r\n` and lone `\r` line endings turned into `\n`, and the other
    /// characters Swift counts as line breaks (vertical tab, form feed, U+0085, U+2028, U+2029)
    /// into spaces.
    ///
    /// Markdown ends lines only at `\n`, `\r` and `\r\n`; Ink splits lines wherever
    /// `Character.isNewline` is true. With those characters gone, the lines
    /// ``MarkdownNeutralizer`` reads are the lines Ink reads.
    func normalizingLineBreaks() -> String {
        let breaks: Set<Unicode.Scalar> = ["\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        guard unicodeScalars.contains(where: breaks.contains) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == "\r\n" || character == "\r" || character == "\n" {
                result.append("\n")
            } else if character.isNewline {
                result.append(" ")
            } else {
                result.append(character)
            }
        }
        return result
    }
}
