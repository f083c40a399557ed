public import GeoModel

extension RegionGrouping {
    /// Two groups from flags: economies with any of the flags in the period, and all others.
    ///
    /// Lets a pipeline check "DeepSeek is strongest where US services are sanctioned or
    /// unavailable" as a ratio or claim like any other grouping:
    ///
    /// ```swift
    /// let flags = Flagger(tables: tables).flags(economies: economies, periods: [h2])
    /// let cutOff = RegionGrouping.flagged(
    ///     anyOf: [.sanctioned, .westernAIUnavailable], in: h2, flags: flags, economies: economies)
    /// cutOff.regions   // ["sanctioned or western_ai_unavailable", "other economies"]
    /// ```
    ///
    /// - Parameters:
    ///   - ids: The flags; an economy with any of them in `period` is in the first group.
    ///   - period: The period whose flags count.
    ///   - flags: Flags as ``Flagger/flags(economies:periods:rules:)`` returns them.
    ///   - economies: Every economy to place in one of the two groups.
    ///   - id: The grouping id; defaults to `flag_` + the flag ids joined by `_or_` + `_` + the period.
    ///   - flaggedName: The first group's name; defaults to the flag ids joined by " or ".
    ///   - otherName: The second group's name; defaults to "other economies".
    /// - Returns: The grouping, flagged group first.
    public static func flagged(
        anyOf ids: [FlagID], in period: Period, flags: [EconomyFlag], economies: [AreaCode], id: String? = nil,
        flaggedName: String? = nil, otherName: String = "other economies"
    ) -> RegionGrouping {
        flagged(
            anyOf: ids.map { ($0, nil) }, in: period, flags: flags, economies: economies, id: id,
            flaggedName: flaggedName,
            otherName: otherName)
    }

    /// Two groups from flags at given levels: an economy is in the first group when it has any
    /// of the flags in the period, at the level named beside it (`nil`: any level).
    ///
    /// ```swift
    /// // Strict: all three US providers unavailable, or under comprehensive US sanctions.
    /// RegionGrouping.flagged(
    ///     anyOf: [(.westernAIUnavailable, .allProviders), (.sanctioned, .comprehensive)], in: h2,
    ///     flags: flags, economies: economies, flaggedName: "Cut off from US AI (strict)")
    /// ```
    ///
    /// - Parameter label: The grouping's name in reports; defaults to "`flaggedName` in `period`".
    public static func flagged(
        anyOf wanted: [(FlagID, FlagLevel?)], in period: Period, flags: [EconomyFlag], economies: [AreaCode],
        id: String? = nil, label: String? = nil, flaggedName: String? = nil, otherName: String = "other economies"
    ) -> RegionGrouping {
        let flagged = Set(
            flags.filter { flag in
                flag.period == period
                    && wanted.contains { $0.0 == flag.flag && ($0.1 == nil || $0.1 == flag.level) }
            }
            .map(\.iso3))
        let ids = wanted.map { $0.0.rawValue + ($0.1.map { ":" + $0.rawValue } ?? "") }
        let name = flaggedName ?? ids.joined(separator: " or ")
        var membership: [AreaCode: String] = [:]
        for iso3 in economies { membership[iso3] = flagged.contains(iso3) ? name : otherName }
        let defaultID = "flag_" + wanted.map(\.0.rawValue).joined(separator: "_or_") + "_\(period)"
        return RegionGrouping(
            id: id ?? defaultID, label: label ?? "\(name) in \(period)", membership: membership,
            regionOrder: [name, otherName])
    }
}
