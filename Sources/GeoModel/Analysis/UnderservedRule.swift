/// A rule, declared in a pipeline, that flags economies as underserved when its conditions fire.
///
/// ```swift
/// // "AI user share below 10 %, or at least two Western providers unavailable":
/// UnderservedRule(conditions: [
///     .metric("ai_user_share", .below, 10),
///     .providersUnavailable(atLeast: 2),
/// ], combination: .any)
/// ```
///
/// A metric condition compares the economy's value for the flag's period (a band without a
/// point value counts at its midpoint); an economy without a value for that metric and period
/// does not meet the condition.
public struct UnderservedRule: Hashable, Sendable {
    /// One test an economy may meet.
    public enum Condition: Hashable, Sendable, CustomStringConvertible {
        /// The economy's value of a metric, compared with a threshold.
        case metric(String, Comparison, Double)
        /// At least this many providers' supported-country lists leave the economy out.
        case providersUnavailable(atLeast: Int)
        /// A sanctions programme is in force on at least one day of the period.
        case sanctioned

        /// The condition as a pipeline would spell it: `ai_user_share < 10`, `providers_unavailable >= 2`.
        public var description: String {
            switch self {
            case .metric(let id, let comparison, let threshold): "\(id) \(comparison.rawValue) \(threshold)"
            case .providersUnavailable(let count): "providers_unavailable >= \(count)"
            case .sanctioned: "sanctioned"
            }
        }
    }

    /// How a value is compared with a threshold.
    public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
        /// Strictly below.
        case below = "<"
        /// Below or equal.
        case atMost = "<="
        /// Strictly above.
        case above = ">"
        /// Above or equal.
        case atLeast = ">="
    }

    /// How conditions combine.
    public enum Combination: String, Hashable, Sendable, Codable {
        /// At least one condition fires.
        case any
        /// Every condition fires.
        case all
    }

    /// The flag the rule raises (``FlagID/underserved`` unless a pipeline declares its own).
    public let flag: FlagID
    /// The conditions, in the order reasons list them.
    public let conditions: [Condition]
    /// How they combine.
    public let combination: Combination

    /// Creates a rule.
    public init(flag: FlagID = .underserved, conditions: [Condition], combination: Combination) {
        self.flag = flag
        self.conditions = conditions
        self.combination = combination
    }
}
