/// Escaping for text from data placed into Markdown, so a name can never become markup.
///
/// ```swift
/// MarkdownText.inline("[x](javascript:alert(1)) | <b>")
/// // "\[x\](javascript:alert(1)) \| &lt;b&gt;"
/// ```
public enum MarkdownText {
    /// Escapes Markdown and HTML syntax and folds newlines to spaces, for table cells and prose.
    ///
    /// Brackets are escaped, so parentheses can never form a link and stay readable; `#` and
    /// list markers only matter at the start of a line, which callers never place data at.
    public static func inline(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result.append("\\")
                result.append(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\r\n", "\t": result.append(" ")
            default:
                if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// Text for inside a code span: backticks and newlines removed.
    public static func code(_ text: String) -> String {
        "`" + text.filter { $0 != "`" && $0 != "\n" && $0 != "\r" } + "`"
    }
}

/// A GitHub-flavoured Markdown table.
public struct MarkdownTable: Sendable {
    /// Column alignment.
    public enum Alignment: Sendable { case left, right }

    /// Column headers (already escaped).
    public let headers: [String]
    /// Column alignments.
    public let alignments: [Alignment]
    /// Rows of already-escaped cells.
    public var rows: [[String]] = []

    /// Creates a table.
    public init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Appends a row.
    public mutating func append(_ cells: [String]) { rows.append(cells) }

    /// The table as Markdown lines.
    public var markdown: String {
        var lines = ["| " + headers.joined(separator: " | ") + " |"]
        lines.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }
}
