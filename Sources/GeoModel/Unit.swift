/// The unit of a metric's values, which fixes the valid range and the formatting.
public enum Unit: String, Sendable, Codable, CaseIterable, Hashable {
    /// 0–100.
    case percent
    /// 0–1.
    case fraction
    /// A non-negative count.
    case count
    /// Any finite number; no range check.
    case number

    /// The closed range of valid values, if the unit restricts it.
    public var validRange: ClosedRange<Double>? {
        switch self {
        case .percent: 0...100
        case .fraction: 0...1
        case .count: 0...Double.greatestFiniteMagnitude
        case .number: nil
        }
    }

    /// The symbol written after a value in reports ("%" for percent).
    public var symbol: String {
        switch self {
        case .percent: "%"
        default: ""
        }
    }
}
