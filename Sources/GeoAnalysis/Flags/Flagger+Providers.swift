public import GeoModel

extension Flagger {
    /// The `western_ai_unavailable` flag: one or more providers' published supported-country
    /// lists leave the economy out.
    ///
    /// Every provider in the reference table's provider-gap list counts (OpenAI, Anthropic and
    /// Google in the shipped table). The lists are not dated by period: each is applied to every
    /// period and its "as of" month is named in the reason. The level is ``FlagLevel/allProviders``
    /// when every listed provider leaves the economy out, else ``FlagLevel/someProviders``.
    ///
    /// - Returns: The flag, or `nil` when every list includes the economy.
    public func providerFlag(for iso3: AreaCode, in period: Period) -> EconomyFlag? {
        let gaps = unavailableProviders(for: iso3)
        guard !gaps.isEmpty else { return nil }
        let asOfMonths = Set(gaps.map(\.asOf)).sorted()
        let clauses = asOfMonths.map { asOf in
            let names = gaps.filter { $0.asOf == asOf }.map(\.providerName)
            let lists = names.count == 1 ? "supported-country list" : "supported-country lists"
            return "not on the \(lists) of \(NumberText.list(names)) (as of \(asOf))"
        }
        let name = PlaceName.inSentence(tables.name(of: iso3))
        let evidence = gaps.map { gap in
            FlagEvidence(
                statement: "\(gap.providerName) does not list \(name) as supported (as of \(gap.asOf))",
                source: gap.sourceURL)
        }
        return EconomyFlag(
            iso3: iso3, period: period, flag: .westernAIUnavailable,
            level: gaps.count >= providerCount ? .allProviders : .someProviders,
            reason: clauses.joined(separator: "; "),
            evidence: evidence)
    }

    /// The provider gaps of an economy, one per provider, ordered by provider id.
    func unavailableProviders(for iso3: AreaCode) -> [ProviderGap] {
        unavailableByArea[iso3, default: []]
    }
}
