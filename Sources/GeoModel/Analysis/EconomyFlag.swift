/// A flag raised on one economy for one period, with the reason in words a reader can check
/// and the evidence behind it.
///
/// ```
/// SYR 2025-H1 sanctioned (comprehensive):
///   US Treasury OFAC Syrian Sanctions Regulations (...) (comprehensive) in force from 2004-05-11 until 2025-06-30
///   evidence: https://ofac.treasury.gov/sanctions-programs-and-country-information/syria-related-sanctions
/// ```
public struct EconomyFlag: Hashable, Sendable {
    /// The economy.
    public let iso3: AreaCode
    /// The period.
    public let period: Period
    /// Which flag.
    public let flag: FlagID
    /// How strong, where the flag has levels (sanctions: comprehensive, regional, targeted).
    public let level: FlagLevel?
    /// Why the flag is raised, as one or more sentences.
    public let reason: String
    /// The facts behind the reason, each with its source.
    public let evidence: [FlagEvidence]

    /// Creates a flag.
    public init(
        iso3: AreaCode, period: Period, flag: FlagID, level: FlagLevel?, reason: String, evidence: [FlagEvidence]
    ) {
        self.iso3 = iso3
        self.period = period
        self.flag = flag
        self.level = level
        self.reason = reason
        self.evidence = evidence
    }
}

/// One fact behind a flag: what it says and where it comes from.
public struct FlagEvidence: Hashable, Sendable {
    /// The fact, e.g. "US Treasury OFAC Syrian Sanctions Regulations (...) (comprehensive), 2004-05-11 to 2025-06-30".
    public let statement: String
    /// Where to check it: a URL, or the name of the pipeline rule and input for derived flags.
    public let source: String

    /// Creates a piece of evidence.
    public init(statement: String, source: String) {
        self.statement = statement
        self.source = source
    }
}

/// A flag's id; open so that pipelines can declare their own rules.
public struct FlagID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The id as written in pipelines and reports, e.g. `sanctioned`.
    public let rawValue: String

    /// Creates an id.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an id.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A sanctions programme is in force on at least one day of the period.
    public static let sanctioned = FlagID("sanctioned")
    /// A US sanctions programme covers part of the economy (Crimea, the so-called DNR and LNR
    /// regions of Ukraine); not a country-wide flag.
    public static let sanctionedRegion = FlagID("sanctioned_region")
    /// At least one Western AI provider's supported-country list leaves the economy out.
    public static let westernAIUnavailable = FlagID("western_ai_unavailable")
    /// The pipeline's underserved rule fired.
    public static let underserved = FlagID("underserved")

    /// The id.
    public var description: String { rawValue }

    /// What the flag means, for report prose: "under a country-wide US sanctions programme".
    public var label: String {
        switch self {
        case .sanctioned: "under a country-wide US sanctions programme"
        case .sanctionedRegion: "part of the country under a US sanctions programme"
        case .westernAIUnavailable: "left out by a US AI provider's supported-country list"
        case .underserved: "underserved"
        default: String(rawValue.map { $0 == "_" ? " " : $0 })
        }
    }

    /// The flag as a map legend names its overlay: a capitalised phrase with the authority
    /// behind it, e.g. "Under a US sanctions programme (OFAC)".
    public var legendLabel: String {
        switch self {
        case .sanctioned: "Under a US sanctions programme (OFAC)"
        case .sanctionedRegion: "Part of the country under a US sanctions programme (OFAC)"
        case .westernAIUnavailable: "Left out by a US AI provider's supported-country list"
        case .underserved: "Underserved (pipeline rule)"
        default: rawValue
        }
    }

    /// Orders ids alphabetically.
    public static func < (lhs: FlagID, rhs: FlagID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How strong a flag is, where the flag has levels.
public struct FlagLevel: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The level as written in reports, e.g. `comprehensive`.
    public let rawValue: String

    /// Creates a level.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A country-wide embargo (published scope "comprehensive").
    public static let comprehensive = FlagLevel(rawValue: "comprehensive")
    /// A comprehensive embargo of part of the country (published scope "comprehensive (regional)").
    public static let regional = FlagLevel(rawValue: "regional")
    /// List-based, sectoral or government-blocking sanctions: not country-wide.
    public static let targeted = FlagLevel(rawValue: "targeted")
    /// Every provider with a published list leaves the economy out.
    public static let allProviders = FlagLevel(rawValue: "all_providers")
    /// Some, not all, providers with a published list leave the economy out.
    public static let someProviders = FlagLevel(rawValue: "some_providers")

    /// The level.
    public var description: String { rawValue }
}
