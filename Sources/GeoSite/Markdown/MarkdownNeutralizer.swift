/// Makes Markdown safe to hand to Ink, which passes raw HTML straight through.
///
/// Outside code spans and fenced code blocks, every `<` and `"` scalar (also one a combining
/// mark follows) becomes `&lt;` and `&quot;`:
/// raw HTML then reads as text, and Ink can no longer write a link destination that breaks
/// out of its `href="…"`. Code is left alone because Ink escapes it itself, except for `<p`,
/// which is escaped everywhere (``escapingParagraphOpeners(_:)``: Ink loops on one it reads as
/// text).
///
/// ```swift
/// MarkdownNeutralizer.neutralize(#"<script>x</script> [a](b"c) `<b>`"#)
/// // #"&lt;script>x&lt;/script> [a](b&quot;c) `<b>`"#
/// ```
///
/// This is the first of two defences; ``ReportHTML`` also keeps only known elements and
/// attributes from what Ink returns.
enum MarkdownNeutralizer {
    /// The Markdown with raw HTML and quotes turned into character references.
    ///
    /// Line breaks are normalised first (``Swift/String/normalizingLineBreaks()``), so that
    /// the lines read here are the lines Ink reads.
    static func neutralize(_ text: String) -> String {
        let markdown = text.normalizingLineBreaks()
        var output = ""
        output.reserveCapacity(markdown.utf8.count)
        var fence: Int? = nil
        // Unclosed brackets count across the lines of a paragraph, as Ink reads them.
        var depth = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy({ $0 == " " || $0 == "\t" })
            if isBlank { depth = 0 }
            let ticks = line.drop(while: { $0 == " " || $0 == "\t" }).prefix(while: { $0 == "`" }).count
            if let open = fence {
                // Ink closes a fence only with the same number of backticks at the start of a line.
                if line.prefix(while: { $0 == "`" }).count == open { fence = nil }
                output += escapingParagraphOpeners(line)
            } else if ticks >= 3 {
                fence = ticks
                output += escapingParagraphOpeners(line)
            } else if !isBlank {
                // A blank line is written empty: the same to Markdown, and Ink reads past the end
                // of its input on a list item followed by a last line of spaces (found by fuzzing:
                // "- a\n ").
                output += neutralizeLine(line, depth: &depth)
            }
            output += "\n"
        }
        output.removeLast()
        return output
    }

    /// Code as this neutralizer leaves it to Ink, except that `<p` and `<P` are written `&lt;p`.
    ///
    /// Ink's paragraph reader stops at any `<p` it reads as text, and its HTML reader gives up on
    /// one without a `>`: between them Ink loops forever. Where Ink and this neutralizer disagree
    /// on where code begins or ends, a `<p` left in code reached Ink as text (found by fuzzing
    /// three times: a form feed, an escaped backtick, a table row running into a fence), so it is
    /// escaped in code too, and code that shows `<p` shows `&lt;p` instead: rare, and safe.
    private static func escapingParagraphOpeners(_ code: Substring) -> String {
        var output = ""
        var index = code.startIndex
        while index < code.endIndex {
            let next = code.index(after: index)
            if code[index] == "<", next < code.endIndex, code[next] == "p" || code[next] == "P" {
                output += "&lt;"
            } else {
                output.append(code[index])
            }
            index = next
        }
        return output
    }

    /// How many `[` may be open in one paragraph before further ones are written `&#91;`: Ink
    /// tries every way to read unclosed link brackets, which takes time exponential in their
    /// number (found by fuzzing: 120 `[` in a row, or a dozen left open over a few lines, took
    /// minutes). No report nests brackets at all.
    static let maximumBracketDepth = 4

    /// Escapes one line outside fences, skipping `code spans` that close on the same line.
    ///
    /// A backtick right after a backslash opens no code span here: Markdown reads `` \` `` as a
    /// literal backtick, so what follows is escaped like any text (found by fuzzing: `` \`<P x` ``
    /// reached Ink with its `<P` raw, and Ink spun on it without end). A code span opened after an
    /// escaped backslash (`` \\`<b>` ``) then shows `&lt;b>`: rare, and safe.
    private static func neutralizeLine(_ line: Substring, depth: inout Int) -> String {
        var output = ""
        var index = line.startIndex
        var previous: Character?
        while index < line.endIndex {
            let character = line[index]
            if character == "`", previous != "\\", let close = line[line.index(after: index)...].firstIndex(of: "`") {
                output += escapingParagraphOpeners(line[index...close])
                previous = "`"
                index = line.index(after: close)
                continue
            }
            switch character {
            case "[" where depth >= maximumBracketDepth: output += "&#91;"
            case "[":
                depth += 1
                output.append(character)
            case "]":
                depth = max(0, depth - 1)
                output.append(character)
            default:
                // By scalar: a browser reads `<` or `"` followed by a combining mark as that
                // character, while Swift (and Ink) see one `Character` that is neither.
                for scalar in character.unicodeScalars {
                    switch scalar {
                    case "<": output += "&lt;"
                    case "\"": output += "&quot;"
                    default: output.unicodeScalars.append(scalar)
                    }
                }
            }
            previous = character
            index = line.index(after: index)
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
    /// `Character.isNewline` is true. Left in, those characters made Ink read lines the
    /// neutralizer had not seen: a code span it left alone then ended as raw HTML, and Ink spun
    /// on it without end (found by fuzzing: `` `<P`` followed by a form feed and `` ` ``).
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
