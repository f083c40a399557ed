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
    ///
    /// Works on Unicode scalars, as Markdown and HTML parsers do: a `<` or `*` followed by a
    /// combining mark is one Swift `Character`, but still a `<` or `*` to a parser. A CR LF is
    /// one space, other line breaks and tabs a space each; control characters are dropped.
    public static func inline(_ text: String) -> String {
        // Most cells are plain ASCII (names, numbers): nothing to escape, nothing to copy.
        if text.utf8.allSatisfy(isPlainASCII) { return text }
        var result = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result.append("\\")
                result.append(scalar)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "\n": if !afterCarriageReturn { result.append(" ") }
            case "\r", "\t": result.append(" ")
            default: if !scalar.isControl { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// A printable ASCII byte that ``inline(_:)`` writes as it is.
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "&"):
            return false
        default:
            return byte >= 0x20 && byte < 0x7F
        }
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
