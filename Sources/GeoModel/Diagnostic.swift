/// A finding about the input: a note, a warning, or an error that stops the build.
///
/// Printed as `path:line:col: severity: message`, then the hint on its own line:
///
/// ```
/// Data/usage/x.csv:12:1: error: unknown economy 'Cote dIvoir'
///   hint: Did you mean: Côte d'Ivoire (CIV)? Or map it with --alias 'Cote dIvoir'=ISO3.
/// ```
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable, Codable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Orders note < warning < error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The severity.
    public let severity: Severity
    /// What is wrong, naming the input value where safe.
    public let message: String
    /// Where in the data.
    public let location: SourceLocation?
    /// What to do next.
    public let hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.severity = severity
        self.message = message.excerpt(limit: Self.maximumLength).escapingTerminalControls
        self.location = location
        self.hint = hint?.excerpt(limit: Self.maximumLength).escapingTerminalControls
    }

    /// Messages and hints longer than this are cut with "…", so a 10 MB cell is never echoed;
    /// terminal control characters in them are written out (``Swift/String/escapingTerminalControls``).
    public static let maximumLength = 600

    /// `path:line:col: severity: message` plus an indented hint line.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }

    /// Orders by location (located first), then severity, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.severity, lhs.message) < (rhs.severity, rhs.message)
        }
    }
}
