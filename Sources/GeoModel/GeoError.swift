/// The one error type geo-ai throws: a code that maps to an exit status, a message that says
/// what failed and where in the data, and a hint that says what to do.
public struct GeoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; each maps to a documented exit code.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The process exit status for this code.
        public let rawValue: Int32
        /// Creates a code from an exit status.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// `--check` found outputs that differ from what the build would write (exit 1).
        public static let staleOutputs = Code(rawValue: 1)
        /// The command line was wrong (exit 64, EX_USAGE).
        public static let usage = Code(rawValue: 64)
        /// Input data or configuration is invalid (exit 65, EX_DATAERR).
        public static let dataError = Code(rawValue: 65)
        /// An input file does not exist or cannot be opened (exit 66, EX_NOINPUT).
        public static let noInput = Code(rawValue: 66)
        /// An output cannot be created (exit 73, EX_CANTCREAT).
        public static let cannotCreate = Code(rawValue: 73)
        /// Reading or writing failed, including the store (exit 74, EX_IOERR).
        public static let ioError = Code(rawValue: 74)
        /// Another geo-ai process holds the project lock (exit 75, EX_TEMPFAIL).
        public static let busy = Code(rawValue: 75)

        /// The exit status as text.
        public var description: String { String(rawValue) }
    }

    /// The failure kind and exit status.
    public let code: Code
    /// What failed, for which input.
    public let message: String
    /// Where in the data, if known.
    public let location: SourceLocation?
    /// The next step for the user.
    public let hint: String?
    /// Further findings behind this error (e.g. every invalid row of a file), sorted.
    public let diagnostics: [Diagnostic]

    /// Creates an error.
    public init(
        _ code: Code, _ message: String, at location: SourceLocation? = nil, hint: String? = nil,
        diagnostics: [Diagnostic] = []
    ) {
        self.code = code
        self.message = message.excerpt(limit: Diagnostic.maximumLength).escapingTerminalControls
        self.location = location
        self.hint = hint?.excerpt(limit: Diagnostic.maximumLength).escapingTerminalControls
        self.diagnostics = diagnostics
    }

    /// Creates a data error (exit 65) that carries every error diagnostic found.
    ///
    /// - Precondition: `diagnostics` contains at least one error.
    public static func invalidInput(_ diagnostics: [Diagnostic]) -> GeoError {
        let errors = diagnostics.filter { $0.severity == .error }.sorted()
        precondition(!errors.isEmpty, "invalidInput needs at least one error diagnostic")
        let count = errors.count
        let summary = count == 1 ? "1 error in the input" : "\(count) errors in the input"
        return GeoError(
            .dataError, "\(summary); nothing was stored or written",
            hint: "Fix the lines above and run the command again.", diagnostics: diagnostics.sorted())
    }

    /// Every diagnostic, then `error: message` with location and hint, as printed on stderr.
    public var description: String {
        var lines = diagnostics.map(\.description)
        lines.append(Diagnostic(.error, message, at: location, hint: hint).description)
        return lines.joined(separator: "\n")
    }
}
