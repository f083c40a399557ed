public import GeoModel

/// How to read one input file: its format and the mapping from its columns to the model.
///
/// Pipelines declare one per source; `geo-ai ingest` builds one from its flags.
public struct SourceSpec: Sendable, Hashable {
    /// What one wide column (or monthly provider column) holds.
    public struct ColumnMapping: Sendable, Hashable {
        /// The period of the column's values (else the spec's `period`).
        public var period: Period?
        /// The metric of the column's values (else the spec's `metric`).
        public var metric: String?

        /// Creates a mapping.
        public init(period: Period? = nil, metric: String? = nil) {
            self.period = period
            self.metric = metric
        }
    }

    /// The path relative to the project root, as shown in messages and stored.
    public var path: String
    /// The format.
    public var format: SourceFile.Format
    /// The text encoding, or `nil` to detect.
    public var encoding: TextEncoding?
    /// The period for rows or columns that do not name one.
    public var period: Period?
    /// The metric for rows or columns that do not name one.
    public var metric: String?
    /// The geography layer the file's rows belong to (default: the world's economies).
    public var geography: Geography = .world
    /// The column holding area codes (default: `iso3`, `iso_code`, `iso3_code`, `fips`), checked against the name.
    public var codeColumn: String?
    /// A column naming each row's parent area, joined to the name: "Autauga County" in a row whose
    /// `State name` is "Alabama" reads as "Autauga County, Alabama".
    public var parentColumn: String?
    /// The column holding economy names (default: `country`, `economy`, `name`, or the first column of a wide file).
    public var countryColumn: String?
    /// Wide files: explicit header → period/metric mappings, winning over header detection.
    /// Monthly files: header → metric (`Microsoft Copilot` → `copilot_share`); the period is ignored.
    public var columns: [String: ColumnMapping]
    /// Names this source uses for an economy that the reference would refuse or not know (`Congo` → COG).
    public var aliases: [String: AreaCode]
    /// Names to skip on purpose (disputed areas without an ISO code); listed in the audit.
    public var ignore: Set<String>
    /// Monthly files: the economy the whole file is about, as a name or code (`Kenya`, `KEN`, `KE`).
    ///
    /// Resolved like any other name, with ``aliases`` applied. When `nil`, the economy is read
    /// from the file name: an upper-case ISO2 or ISO3 token (`…-KE-monthly-….csv`), or the
    /// whole stem as a name (`Kenya.csv`).
    public var economy: String?
    /// Monthly files: the fewest months with a value a half-year needs to be reported (1–6, default 3).
    public var minimumMonths: Int

    /// Creates a spec.
    public init(
        path: String, format: SourceFile.Format = .long, encoding: TextEncoding? = nil, period: Period? = nil,
        metric: String? = nil, countryColumn: String? = nil, columns: [String: ColumnMapping] = [:],
        aliases: [String: AreaCode] = [:], ignore: Set<String> = [], economy: String? = nil, minimumMonths: Int = 3
    ) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.period = period
        self.metric = metric
        self.countryColumn = countryColumn
        self.columns = columns
        self.aliases = aliases
        self.ignore = ignore
        self.economy = economy
        self.minimumMonths = minimumMonths
    }
}
