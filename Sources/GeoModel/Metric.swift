/// What a metric's regional aggregate is weighted by.
public enum Weight: Hashable, Sendable, Codable, CustomStringConvertible {
    /// An unweighted mean.
    case none
    /// Total population.
    case population
    /// Working-age (15–64) population.
    case workingAgePopulation
    /// Users: another share metric × working-age population (e.g. AI users).
    case users(of: String)

    /// Parses `none`, `population`, `working_age_population` or `users:METRIC`.
    public init?(spec: String) {
        switch spec {
        case "none": self = .none
        case "population": self = .population
        case "working_age_population": self = .workingAgePopulation
        default:
            let prefix = "users:"
            guard spec.hasPrefix(prefix), spec.count > prefix.count else { return nil }
            self = .users(of: String(spec.dropFirst(prefix.count)))
        }
    }

    /// The spelling used in pipelines.
    public var description: String {
        switch self {
        case .none: "none"
        case .population: "population"
        case .workingAgePopulation: "working_age_population"
        case .users(let metric): "users:\(metric)"
        }
    }
}

/// A measured quantity such as `ai_user_share`, with its unit and aggregation weight.
public struct Metric: Hashable, Sendable, Codable {
    /// Machine id, e.g. `ai_user_share`.
    public let id: String
    /// Human label, e.g. "AI user share (working-age population)".
    public let label: String
    /// The unit of values.
    public let unit: Unit
    /// How regional aggregates weight economies.
    public let weight: Weight

    /// Creates a metric.
    public init(id: String, label: String, unit: Unit, weight: Weight) {
        self.id = id
        self.label = label
        self.unit = unit
        self.weight = weight
    }

    /// Whether `id` is a valid metric id: lower-case letters, digits and underscores, starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
