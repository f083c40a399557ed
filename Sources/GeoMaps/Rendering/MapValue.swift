public import GeoModel

/// What the map shows for one economy: a point value, a published band, or both, or the
/// source's "insufficient data".
///
/// Bands are classed by their midpoint and shown as the band in tooltips:
///
/// ```swift
/// MapValue(low: 11, high: 15, label: "11-15")   // classed as 13, tooltip "11–15 %"
/// MapValue(status: .insufficientData)           // its own legend entry, not "no data"
/// ```
public struct MapValue: Sendable, Hashable {
    /// The point value, if published.
    public var value: Double?
    /// The lower end of a published band.
    public var low: Double?
    /// The upper end of a published band.
    public var high: Double?
    /// Reported, or insufficient data according to the source.
    public var status: Observation.Status
    /// The source's label for the band ("11-15", ">25"), shown in tooltips instead of low–high.
    public var label: String?
    /// The economy's level on a categorical map ("All three unavailable"); see
    /// ``MapRequest/categories``.
    public var category: String?

    /// Creates a value.
    public init(
        value: Double? = nil, low: Double? = nil, high: Double? = nil, status: Observation.Status = .reported,
        label: String? = nil, category: String? = nil
    ) {
        self.value = value
        self.low = low
        self.high = high
        self.status = status
        self.label = label
        self.category = category
    }

    /// The map value of an observation (its value, band, status and label).
    public init(_ observation: Observation) {
        self.init(
            value: observation.value, low: observation.low, high: observation.high, status: observation.status,
            label: observation.label)
    }

    /// The value used for classing: the point value, else the band's midpoint; `nil` when there
    /// is neither or the status is insufficient data.
    public var representativeValue: Double? {
        guard status == .reported else { return nil }
        if let value, value.isFinite { return value }
        if let low, let high, low.isFinite, high.isFinite { return (low + high) / 2 }
        return nil
    }

    /// Whether a band was published.
    public var hasBand: Bool { low != nil && high != nil }
}
