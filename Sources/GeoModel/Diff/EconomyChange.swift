/// How one economy changed between two snapshots of a metric.
///
/// Values are the point value, or a band's midpoint; ``change`` carries the range a band
/// allows (to.low − from.high … to.high − from.low). Ranks are competition ranks ("1224")
/// among economies with data in that snapshot, 1 = highest.
public struct EconomyChange: Hashable, Sendable {
    /// Whether the economy has data on both sides.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Data in both snapshots.
        case both
        /// Data only in the later snapshot.
        case entered
        /// Data only in the earlier snapshot.
        case left
    }

    /// The economy.
    public let iso3: AreaCode
    /// Its canonical name.
    public let name: String
    /// The earlier observation, if any.
    public let from: Observation?
    /// The later observation, if any.
    public let to: Observation?
    /// Change in points with its range; `nil` unless both sides have data.
    public let change: Estimate?
    /// Change relative to the earlier value; `nil` unless both sides have data and the earlier is not 0.
    public let relativeChange: Double?
    /// Rank in the earlier snapshot.
    public let fromRank: Int?
    /// Rank in the later snapshot.
    public let toRank: Int?
    /// Class number (1 = lowest class) in the earlier snapshot under the shared breaks.
    public let fromClass: Int?
    /// Class number (1 = lowest class) in the later snapshot under the shared breaks.
    public let toClass: Int?
    /// Flags the economy has in the later period but not the earlier one.
    public let flagsGained: [FlagID]
    /// Flags the economy had in the earlier period but not the later one.
    public let flagsLost: [FlagID]
    /// Both, entered or left.
    public let status: Status

    /// Creates a change.
    public init(
        iso3: AreaCode, name: String, from: Observation?, to: Observation?, change: Estimate?, relativeChange: Double?,
        fromRank: Int?, toRank: Int?, fromClass: Int?, toClass: Int?, flagsGained: [FlagID], flagsLost: [FlagID],
        status: Status
    ) {
        self.iso3 = iso3
        self.name = name
        self.from = from
        self.to = to
        self.change = change
        self.relativeChange = relativeChange
        self.fromRank = fromRank
        self.toRank = toRank
        self.fromClass = fromClass
        self.toClass = toClass
        self.flagsGained = flagsGained
        self.flagsLost = flagsLost
        self.status = status
    }

    /// The earlier value (point or band midpoint).
    public var fromValue: Double? { from?.representativeValue }
    /// The later value (point or band midpoint).
    public var toValue: Double? { to?.representativeValue }
}
