/// A place in an input file: path, 1-based line and column, and optionally the field name.
///
/// This is the location of *data*, never of Swift source.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The path as the user gave it (relative to the project root where possible).
    public let path: String
    /// 1-based line, or `nil` for the whole file.
    public let line: Int?
    /// 1-based column (in characters), or `nil`.
    public let column: Int?

    /// Creates a location.
    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, omitting what is unknown, with terminal control characters in the path written out.
    public var description: String {
        var text = path.escapingTerminalControls
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0) < (rhs.path, rhs.line ?? 0, rhs.column ?? 0)
    }
}
