/// Finds a link Ink reads whole on one line, without meeting another bracket: `[text](dest)`,
/// `![alt](src)` or `[text][name]`.
///
/// Ink's cost on brackets comes from links it fails to read: for each `[`, it reads on through
/// the paragraph looking for the `]`, and every `[` on the way starts such a reading of its own.
/// A link found here is read by Ink in one pass over it, wherever Ink meets it, so
/// ``MarkdownNeutralizer`` need not count its bracket. The rules are Ink's, read from its source
/// (`Link`, `FormattedText`, `InlineCode`, `Reader.read(until:)`), and where Ink's reading is not
/// certain from the line alone (a backslash or another `[` in the text) there is no link here: the
/// bracket then counts. An `&` in the text is Ink's character reference, which holds no bracket, or
/// reaches Ink as a stand-in (``MarkdownNeutralizer``): text either way.
enum WholeLink {
    /// The longest destination or reference name taken for a link, in characters.
    static let maximumTargetLength = 2_000

    /// The offset just past the link whose `[` is at `start`, or nil.
    ///
    /// `line` is one line as Ink reads it, by `Character`.
    static func end(in line: [Character], openingAt start: Int) -> Int? {
        var index = start + 1
        // The text: Ink ends it at the first `]` it reads as text.
        while index < line.count, line[index] != "]" {
            switch line[index] {
            case "[", "\\":
                return nil
            case "`":
                // A code span Ink reads whole (its `]` is code), or a lone backtick, which is text.
                index = (line[(index + 1)...].firstIndex(of: "`") ?? index) + 1
            default:
                index += 1
            }
        }
        guard index + 1 < line.count else { return nil }
        // A longer destination or name counts as no link: judging every `[` of a line full of
        // unclosed `[a](` would otherwise read the rest of the line for each.
        let limit = min(line.count, index + 2 + maximumTargetLength)
        switch line[index + 1] {
        case "(":
            // Ink reads the destination to the `)` that balances its `(`s, on this line.
            var balance = 0
            for offset in (index + 2)..<limit {
                if line[offset] == ")" {
                    if balance == 0 { return offset + 1 }
                    balance -= 1
                } else if line[offset] == "(" {
                    balance += 1
                }
            }
            return nil
        case "[":
            return line[(index + 2)..<limit].firstIndex(of: "]").map { $0 + 1 }
        default:
            return nil
        }
    }
}
