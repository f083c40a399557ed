/// The reference facts every stage shares: economies, names, sanctions and provider gaps.
public struct ReferenceTables: Sendable {
    /// Economies by code.
    public let economies: [AreaCode: Economy]
    /// Alternative names → code, as published (not folded).
    public let aliases: [(alias: String, iso3: AreaCode)]
    /// Names that must not be guessed, with their candidates in conventional order.
    public let ambiguous: [(name: String, candidates: [AreaCode], note: String)]
    /// Sanctions programmes.
    public let sanctions: [SanctionProgramme]
    /// Providers' unavailable lists.
    public let providerGaps: [ProviderGap]
    /// The tables of the layers other than the world that have been loaded (US states, counties).
    public var layers: [Geography: AreaTable] = [:]

    /// Creates the tables.
    public init(
        economies: [AreaCode: Economy], aliases: [(alias: String, iso3: AreaCode)],
        ambiguous: [(name: String, candidates: [AreaCode], note: String)], sanctions: [SanctionProgramme],
        providerGaps: [ProviderGap]
    ) {
        self.economies = economies
        self.aliases = aliases
        self.ambiguous = ambiguous
        self.sanctions = sanctions
        self.providerGaps = providerGaps
    }

    /// The names and codes of a layer: the world's from the economies, others when loaded.
    public func areaTable(for geography: Geography) -> AreaTable? {
        geography == .world ? AreaTable(world: self) : layers[geography]
    }

    /// The canonical name of an economy, or its code if unknown.
    ///
    /// Codes of the loaded US layers (`01001`, `24`) never look like ISO3 codes, so their
    /// names are found there.
    public func name(of iso3: AreaCode) -> String {
        if let economy = economies[iso3] { return economy.name }
        for layer in Geography.allCases { if let name = layers[layer]?.names[iso3] { return name } }
        return iso3.rawValue
    }
}
