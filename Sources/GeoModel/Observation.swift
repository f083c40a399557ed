/// One value: economy × period × metric, optionally a published band `low...high`.
///
/// Missing is missing: a row with no value and no band is either not an observation at
/// all or, when the source says so, an observation with ``Status-swift.enum/insufficientData``.
///
/// ```swift
/// // DeepSeek in Eritrea, published as the band "16–20 %":
/// Observation(iso3: AreaCode("ERI")!, period: Period("2025-H2")!, metric: "deepseek_share",
///             value: nil, low: 16, high: 20, origin: ...)
/// ```
public struct Observation: Hashable, Sendable {
    /// Whether the source published a figure.
    public enum Status: String, Hashable, Sendable, Codable {
        /// A point value, a band, or both.
        case reported
        /// The source says there is not enough data for this economy ("insufficient data").
        case insufficientData = "insufficient_data"
    }

    /// The economy.
    public let iso3: AreaCode
    /// The period.
    public let period: Period
    /// The metric id.
    public let metric: String
    /// The point value, if published.
    public let value: Double?
    /// The lower bound of a published band, if any.
    public let low: Double?
    /// The upper bound of a published band, if any.
    public let high: Double?
    /// Reported, or flagged as insufficient data by the source.
    public let status: Status
    /// The label the source gave this value's band or status ("11-15", ">25", "insufficient data").
    public let label: String?
    /// The input row the observation came from.
    public let origin: SourceLocation
    /// The source id column of the row (`microsoft-ai-diffusion-2026q1`), if present.
    public let sourceID: String?
    /// A free-text note from the row, if present.
    public let note: String?

    /// Creates an observation.
    public init(
        iso3: AreaCode, period: Period, metric: String, value: Double?, low: Double? = nil, high: Double? = nil,
        status: Status = .reported, label: String? = nil, origin: SourceLocation, sourceID: String? = nil,
        note: String? = nil
    ) {
        self.iso3 = iso3
        self.period = period
        self.metric = metric
        self.value = value
        self.low = low
        self.high = high
        self.status = status
        self.label = label
        self.origin = origin
        self.sourceID = sourceID
        self.note = note
    }

    /// The value used to rank and classify: the point value, else the band's midpoint.
    public var representativeValue: Double? {
        if let value { return value }
        if let low, let high { return (low + high) / 2 }
        return nil
    }

    /// The identity that must be unique within a pipeline.
    public var key: Key { Key(iso3: iso3, period: period, metric: metric) }

    /// Economy × period × metric.
    public struct Key: Hashable, Sendable, Comparable {
        /// The economy.
        public let iso3: AreaCode
        /// The period.
        public let period: Period
        /// The metric id.
        public let metric: String

        /// Creates a key.
        public init(iso3: AreaCode, period: Period, metric: String) {
            self.iso3 = iso3
            self.period = period
            self.metric = metric
        }

        /// Orders by metric, period, economy.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.metric, lhs.period, lhs.iso3) < (rhs.metric, rhs.period, rhs.iso3)
        }
    }
}
