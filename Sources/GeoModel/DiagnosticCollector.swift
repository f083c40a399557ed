/// Gathers the problems of several inputs so that one run reports all of them and then fails
/// once, with nothing stored or written (``GeoError/invalidInput(_:)``, exit 65).
///
/// ```swift
/// var collector = DiagnosticCollector()
/// for path in paths {
///     if let file = try collector.collecting({ () throws(GeoError) in try read(path) }) { files.append(file) }
/// }
/// try collector.throwIfErrors()   // every file's errors, sorted by location
/// ```
public struct DiagnosticCollector: Sendable {
    /// What was gathered so far, in the order it was added.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector.
    public init() {}

    /// Whether any gathered diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Adds one diagnostic.
    public mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Adds several diagnostics.
    public mutating func add(contentsOf more: [Diagnostic]) { diagnostics += more }

    /// Runs `body`; a data error (exit 65) is gathered and `nil` returned, so the caller goes on
    /// with the next input. Any other error (a missing file, an I/O error) stops at once.
    public mutating func collecting<Value>(_ body: () throws(GeoError) -> Value) throws(GeoError) -> Value? {
        do {
            return try body()
        } catch  where error.code == .dataError {
            add(contentsOf: error.diagnostics.isEmpty ? [error.asDiagnostic] : error.diagnostics)
            return nil
        }
    }

    /// Throws ``GeoError/invalidInput(_:)`` with everything gathered when any of it is an error.
    public func throwIfErrors() throws(GeoError) {
        if hasErrors { throw GeoError.invalidInput(diagnostics) }
    }
}

extension GeoError {
    /// The error as one `error:` diagnostic: its message, location and hint.
    public var asDiagnostic: Diagnostic { Diagnostic(.error, message, at: location, hint: hint) }
}
