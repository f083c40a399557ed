public import GeoModel

/// Raises the built-in flags (`sanctioned`, `western_ai_unavailable`) and a pipeline's
/// underserved rules for economies and periods, each with a reason a reader can check.
///
/// ```swift
/// let flagger = Flagger(tables: tables, metrics: metrics, observations: observations)
/// flagger.sanctionFlag(for: AreaCode("SYR")!, in: Period("2025-H1")!)?.reason
/// // "US Treasury OFAC Syrian Sanctions Regulations (...) (comprehensive) in force from 2004-05-11 until 2025-06-30"
/// flagger.sanctionFlag(for: AreaCode("SYR")!, in: Period("2025-H2")!)?.level   // targeted (PAARSS from 2025-07-01)
/// ```
public struct Flagger: Sendable {
    let tables: ReferenceTables
    let metrics: [String: Metric]
    /// The observations the underserved rules test.
    let observations: [Observation]
    /// The position in ``observations`` of each key's first observation (positions, so that
    /// building the lookup copies no observation).
    let firstPositionByKey: [Observation.Key: Int]
    /// The sanctions programmes naming each economy, in table order (a flag looks up one
    /// economy's few programmes instead of scanning the table for every economy and period).
    let sanctionsByArea: [AreaCode: [SanctionProgramme]]
    /// The providers that leave each economy out, one gap per provider (its first in the
    /// table), ordered by provider id: what every provider flag and condition of the economy reads.
    let unavailableByArea: [AreaCode: [ProviderGap]]
    /// How many providers the provider-gap table has lists for.
    let providerCount: Int

    /// Creates a flagger.
    ///
    /// - Parameters:
    ///   - tables: Sanctions programmes, provider gaps and names.
    ///   - metrics: Declared metrics, for labels and units in underserved reasons.
    ///   - observations: Values the underserved rules test; if two share a key, the first is used.
    public init(tables: ReferenceTables, metrics: [Metric] = [], observations: [Observation] = []) {
        self.tables = tables
        var byID: [String: Metric] = [:]
        for metric in metrics { byID[metric.id] = metric }
        self.metrics = byID
        var positions: [Observation.Key: Int] = [:]
        positions.reserveCapacity(observations.count)
        for (position, observation) in observations.enumerated() where positions[observation.key] == nil {
            positions[observation.key] = position
        }
        self.observations = observations
        firstPositionByKey = positions
        sanctionsByArea = Dictionary(grouping: tables.sanctions, by: \.iso3)
        unavailableByArea = Dictionary(grouping: tables.providerGaps, by: \.iso3).mapValues { gaps in
            var byProvider: [String: ProviderGap] = [:]
            for gap in gaps where byProvider[gap.provider] == nil { byProvider[gap.provider] = gap }
            return byProvider.keys.sorted().compactMap { byProvider[$0] }
        }
        providerCount = Set(tables.providerGaps.map(\.provider)).count
    }

    /// Every flag for the economies and periods: sanctioned, sanctioned_region, western_ai_unavailable,
    /// then each rule.
    ///
    /// - Returns: Flags ordered by period, economy, then flag in that order.
    public func flags(economies: [AreaCode], periods: [Period], rules: [UnderservedRule] = []) -> [EconomyFlag] {
        var flags: [EconomyFlag] = []
        for period in Set(periods).sorted() {
            for iso3 in Set(economies).sorted() {
                if let flag = sanctionFlag(for: iso3, in: period) { flags.append(flag) }
                if let flag = regionalSanctionFlag(for: iso3, in: period) { flags.append(flag) }
                if let flag = providerFlag(for: iso3, in: period) { flags.append(flag) }
                for rule in rules {
                    if let flag = underservedFlag(for: iso3, in: period, rule: rule) { flags.append(flag) }
                }
            }
        }
        return flags
    }

    /// Every economy the reference tables know, including any named only by a sanctions programme
    /// or a provider gap, sorted.
    public var economies: [AreaCode] {
        Set(tables.economies.keys).union(tables.sanctions.map(\.iso3)).union(tables.providerGaps.map(\.iso3)).sorted()
    }
}

extension Day {
    /// The day before this one.
    var previous: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1) ?? self }
        if month > 1 {
            return Day(year: year, month: month - 1, day: Day.length(ofMonth: month - 1, year: year)) ?? self
        }
        return Day(year: year - 1, month: 12, day: 31) ?? self
    }
}
