public import GeoModel

/// The `analysis:` section: groupings, minimum coverage and the underserved rule.
///
/// ```yaml
/// analysis:
///   min_coverage: 0.5
///   groupings: [world, m49_region, m49_subregion, income, {name: north_south, path: Data/groupings/north-south.csv}]
///   underserved:
///     any:
///       - { metric: ai_user_share, below: 10 }
///       - { providers_unavailable_at_least: 2 }
/// ```
public struct AnalysisConfig: Sendable {
    /// A grouping of economies into regions.
    public enum Grouping: Sendable, Hashable {
        /// All economies.
        case world
        /// UN M49 regions.
        case m49Region
        /// UN M49 sub-regions.
        case m49Subregion
        /// World Bank income groups.
        case income
        /// A user's `iso3,group` CSV file.
        case custom(name: String, path: String)
        /// Economies with any of the flags in a period, against all others. A flag may name a
        /// level (`sanctioned:comprehensive`, `western_ai_unavailable:all_providers`); `label` names
        /// the grouping and `group` the flagged group in the report.
        case flagged(name: String, flags: [String], period: Period, label: String? = nil, group: String? = nil)

        /// The id used in tables (`m49_region`, or the custom name).
        public var id: String {
            switch self {
            case .world: "world"
            case .m49Region: "m49_region"
            case .m49Subregion: "m49_subregion"
            case .income: "income_group"
            case .custom(let name, _): name
            case .flagged(let name, _, _, _, _): name
            }
        }
    }

    /// One condition of the underserved rule.
    public enum Condition: Sendable, Hashable {
        /// The metric's value is below the threshold in the period.
        case metricBelow(metric: String, threshold: Double)
        /// At least this many Western providers list the economy as unavailable.
        case providersUnavailableAtLeast(Int)
    }

    /// Below this share of a group's weight with data, the group has no value.
    public var minimumCoverage: Double = 0.5
    /// Groupings to aggregate over.
    public var groupings: [Grouping] = [.world, .m49Region, .m49Subregion, .income]
    /// The underserved rule's conditions, or empty for no rule.
    public var underservedConditions: [Condition] = []
    /// Whether every condition must hold (`all:`) or any one (`any:`).
    public var underservedRequiresAll = false

    /// The defaults.
    public init() {}

    /// The levels a flag grouping may ask for.
    static let flagLevels = ["comprehensive", "targeted", "all_providers", "some_providers"]

    init(_ node: ConfigNode) throws(GeoError) {
        let keys = try node.mapping(allowed: ["min_coverage", "groupings", "underserved"])
        if let coverage = keys["min_coverage"] {
            minimumCoverage = try coverage.double()
            guard (0...1).contains(minimumCoverage) else {
                throw coverage.fail(
                    "min_coverage must lie between 0 and 1", hint: "0.5 means half of the group's weight.")
            }
        }
        if let list = keys["groupings"] {
            groupings = []
            for item in try list.sequence() { groupings.append(try Self.grouping(item)) }
        }
        if let rule = keys["underserved"] {
            let ruleKeys = try rule.mapping(allowed: ["any", "all"])
            guard ruleKeys.count == 1, let (mode, list) = ruleKeys.first else {
                throw rule.fail("underserved needs exactly one of any: or all:")
            }
            underservedRequiresAll = mode == "all"
            for item in try list.sequence() {
                let condition = try item.mapping(allowed: ["metric", "below", "providers_unavailable_at_least"])
                if let count = condition["providers_unavailable_at_least"] {
                    underservedConditions.append(.providersUnavailableAtLeast(try count.int()))
                } else if let metric = condition["metric"], let below = condition["below"] {
                    underservedConditions.append(
                        .metricBelow(metric: try metric.string(), threshold: try below.double()))
                } else {
                    throw item.fail(
                        "a condition needs metric: and below:, or providers_unavailable_at_least:",
                        hint: "For example: { metric: ai_user_share, below: 10 }")
                }
            }
        }
    }

    /// A list of flags, each optionally with a level (`sanctioned:comprehensive`), checked
    /// against the flags and levels geo-ai knows.
    static func flags(_ node: ConfigNode) throws(GeoError) -> [String] {
        let flags = try node.strings()
        for flag in flags {
            let parts = flag.split(separator: ":", maxSplits: 1).map(String.init)
            guard let id = parts.first, MapConfig.overlayFlags.contains(id) else {
                let known = MapConfig.overlayFlags.joined(separator: ", ")
                throw node.fail(
                    "'\(flag)' is not a flag",
                    hint: "Choose from: \(known), optionally with a level "
                        + "(sanctioned:comprehensive, western_ai_unavailable:all_providers).")
            }
            if parts.count == 2, !Self.flagLevels.contains(parts[1]) {
                throw node.fail(
                    "'\(parts[1])' is not a flag level",
                    hint: "Choose from: \(Self.flagLevels.joined(separator: ", ")).")
            }
        }
        return flags
    }

    private static func grouping(_ node: ConfigNode) throws(GeoError) -> Grouping {
        if case .mapping = node.node {
            let keys = try node.mapping(
                allowed: ["name", "path", "flags", "period", "label", "group"], required: ["name"])
            if let flagsNode = keys["flags"] {
                let flags = try Self.flags(flagsNode)
                guard let periodNode = keys["period"] else {
                    throw node.fail(
                        "a flag grouping needs period:", hint: "The flags of that period decide membership.")
                }
                return .flagged(
                    name: try keys["name"]?.string() ?? "", flags: flags, period: try periodNode.period(),
                    label: try keys["label"]?.string(), group: try keys["group"]?.string())
            }
            guard keys["path"] != nil else {
                throw node.fail("a custom grouping needs path: (an iso3,group CSV file) or flags: and period:")
            }
            let path = try ProjectPaths.checkInputPath(keys["path"]?.string() ?? "", at: keys["path"] ?? node)
            return .custom(name: try keys["name"]?.string() ?? "", path: path)
        }
        let text = try node.string()
        switch text {
        case "world": return .world
        case "m49_region": return .m49Region
        case "m49_subregion": return .m49Subregion
        case "income", "income_group": return .income
        default:
            throw node.fail(
                "'\(text)' is not a built-in grouping",
                hint:
                    "Choose world, m49_region, m49_subregion, income_group, {name: NAME, path: FILE.csv} with iso3,group rows, "
                    + "or {name: NAME, flags: [sanctioned], period: 2025-H2}.")
        }
    }
}
