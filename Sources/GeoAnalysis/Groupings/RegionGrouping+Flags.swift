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
        anyOf ids: [FlagID], in period: Period, flags: [EconomyFlag], economies: [ISO3], id: String? = nil,
        flaggedName: String? = nil, otherName: String = "other economies"
    ) -> RegionGrouping {
        let wanted = Set(ids)
        let flagged = Set(flags.filter { $0.period == period && wanted.contains($0.flag) }.map(\.iso3))
        let name = flaggedName ?? ids.map(\.rawValue).joined(separator: " or ")
        var membership: [ISO3: String] = [:]
        for iso3 in economies { membership[iso3] = flagged.contains(iso3) ? name : otherName }
        let defaultID = "flag_" + ids.map(\.rawValue).joined(separator: "_or_") + "_\(period)"
        return RegionGrouping(
            id: id ?? defaultID, label: "\(name) in \(period)", membership: membership, regionOrder: [name, otherName])
    }
}
