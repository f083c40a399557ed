/// An economy from the reference table: codes, names, regions, income group, population.
public struct Economy: Hashable, Sendable {
    /// ISO 3166-1 alpha-3 (`XKX` for Kosovo).
    public let iso3: AreaCode
    /// ISO 3166-1 alpha-2, e.g. `NA` for Namibia.
    public let iso2: String
    /// The UN M49 numeric code with leading zeros (`004`), empty where there is none.
    public let m49: String
    /// The canonical English name.
    public let name: String
    /// UN M49 region ("Africa"), empty for Antarctica.
    public let region: String
    /// UN M49 sub-region ("Sub-Saharan Africa").
    public let subregion: String
    /// UN M49 intermediate region ("Western Africa"), often empty.
    public let intermediateRegion: String
    /// World Bank income group FY2026, empty where unclassified.
    public let incomeGroup: String
    /// Total population (2024), if known.
    public let population: Double?
    /// Working-age (15–64) population (2024), if known.
    public let workingAgePopulation: Double?

    /// Creates an economy.
    public init(
        iso3: AreaCode, iso2: String, m49: String, name: String, region: String, subregion: String,
        intermediateRegion: String, incomeGroup: String, population: Double?, workingAgePopulation: Double?
    ) {
        self.iso3 = iso3
        self.iso2 = iso2
        self.m49 = m49
        self.name = name
        self.region = region
        self.subregion = subregion
        self.intermediateRegion = intermediateRegion
        self.incomeGroup = incomeGroup
        self.population = population
        self.workingAgePopulation = workingAgePopulation
    }
}
