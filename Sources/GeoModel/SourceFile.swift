/// An input file as ingested: where it is, what it hashed to, how it was read.
public struct SourceFile: Hashable, Sendable {
    /// The file format.
    public enum Format: String, Hashable, Sendable, Codable, CaseIterable {
        /// `country,period,metric,value[,low,high][,source][,note]`.
        case long
        /// One row per economy, one column per period or metric.
        case wide
        /// A StatCounter-style monthly provider-share export.
        case monthly
    }

    /// The path relative to the project root (or as given).
    public let path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public let sha256: String
    /// How it was read.
    public let format: Format
    /// The text encoding it was decoded from ("UTF-8", "Mac OS Roman", ...).
    public let encoding: String
    /// Data rows read (excluding the header and blank lines).
    public let rowsRead: Int
    /// Rows that became observations.
    public let rowsKept: Int

    /// Creates a source description.
    public init(path: String, sha256: String, format: Format, encoding: String, rowsRead: Int, rowsKept: Int) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.rowsRead = rowsRead
        self.rowsKept = rowsKept
    }
}

/// How one input name was resolved to an economy, for the name-resolution audit.
public struct Resolution: Hashable, Sendable, Comparable {
    /// How the match was made.
    public enum Method: String, Hashable, Sendable, Codable {
        /// The text is an ISO3 or ISO2 code.
        case code
        /// The canonical reference name.
        case name
        /// A published alias from the reference table.
        case alias
        /// A per-source or command-line alias the user declared.
        case userAlias = "user_alias"
    }

    /// The name as written in the input.
    public let input: String
    /// The economy it resolved to.
    public let iso3: AreaCode
    /// How.
    public let method: Method

    /// Creates a resolution.
    public init(input: String, iso3: AreaCode, method: Method) {
        self.input = input
        self.iso3 = iso3
        self.method = method
    }

    /// Orders by input name, then code.
    public static func < (lhs: Resolution, rhs: Resolution) -> Bool { (lhs.input, lhs.iso3) < (rhs.input, rhs.iso3) }
}

/// What reading one file produced: its description, observations, findings and name audit.
public struct IngestedFile: Sendable {
    /// The file.
    public let source: SourceFile
    /// The observations, in input order.
    public let observations: ObservationList
    /// Notes and warnings (errors are thrown instead).
    public let diagnostics: [Diagnostic]
    /// Every distinct input name and how it resolved.
    public let resolutions: [Resolution]
    /// Names the pipeline told us to skip (e.g. disputed areas without a code), with their lines.
    public let ignored: [SourceLocation: String]

    /// Creates the result.
    public init(
        source: SourceFile, observations: [Observation], diagnostics: [Diagnostic], resolutions: [Resolution],
        ignored: [SourceLocation: String]
    ) {
        self.init(
            source: source, observations: ObservationList(observations), diagnostics: diagnostics,
            resolutions: resolutions, ignored: ignored)
    }

    /// Creates the result from observations already in compact form.
    public init(
        source: SourceFile, observations: ObservationList, diagnostics: [Diagnostic], resolutions: [Resolution],
        ignored: [SourceLocation: String]
    ) {
        self.source = source
        self.observations = observations
        self.diagnostics = diagnostics
        self.resolutions = resolutions
        self.ignored = ignored
    }
}
