import GeoModel

/// Tiny, hand-checkable fixtures: a handful of economies with round populations.
enum TinyWorld {
    static let h1 = period("2025-H1")
    static let h2 = period("2025-H2")

    static func code(_ text: String) -> AreaCode {
        guard let code = AreaCode(text) else { preconditionFailure("not a code: \(text)") }
        return code
    }

    static func period(_ text: String) -> Period {
        guard let period = Period(text) else { preconditionFailure("not a period: \(text)") }
        return period
    }

    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { preconditionFailure("not a day: \(text)") }
        return day
    }

    static func economy(
        _ iso3: String, region: String, subregion: String = "", income: String = "", population: Double?,
        workingAge: Double?
    ) -> Economy {
        Economy(
            iso3: code(iso3), iso2: String(iso3.prefix(2)), m49: "", name: "Economy \(iso3)", region: region,
            subregion: subregion, intermediateRegion: "", incomeGroup: income, population: population,
            workingAgePopulation: workingAge)
    }

    /// | code | region | population | working-age |
    /// |------|--------|-----------:|------------:|
    /// | AAA  | North  |        100 |          60 |
    /// | BBB  | North  |        300 |         200 |
    /// | CCC  | South  |         50 |          30 |
    /// | DDD  | South  |    unknown |     unknown |
    /// | EEE  | (none) |         10 |           5 |
    static let economies: [Economy] = [
        economy("AAA", region: "North", income: "High income", population: 100, workingAge: 60),
        economy("BBB", region: "North", income: "Low income", population: 300, workingAge: 200),
        economy("CCC", region: "South", income: "Low income", population: 50, workingAge: 30),
        economy("DDD", region: "South", population: nil, workingAge: nil),
        economy("EEE", region: "", income: "High income", population: 10, workingAge: 5),
    ]

    static func tables(
        economies: [Economy] = economies, sanctions: [SanctionProgramme] = [], gaps: [ProviderGap] = []
    ) -> ReferenceTables {
        ReferenceTables(
            economies: Dictionary(uniqueKeysWithValues: economies.map { ($0.iso3, $0) }), aliases: [], ambiguous: [],
            sanctions: sanctions, providerGaps: gaps)
    }

    /// A percent metric weighted by working-age population.
    static let share = Metric(id: "share", label: "Share", unit: .percent, weight: .workingAgePopulation)

    static func observation(
        _ iso3: String, _ value: Double?, metric: String = "share", low: Double? = nil, high: Double? = nil,
        period: Period = h1, status: Observation.Status = .reported
    ) -> Observation {
        Observation(
            iso3: code(iso3), period: period, metric: metric, value: value, low: low, high: high, status: status,
            origin: SourceLocation(path: "tiny.csv", line: 2))
    }

    /// share in 2025-H1: AAA 10, BBB 20, CCC 40, DDD 30, EEE 50.
    static let shares: [Observation] = [
        observation("AAA", 10), observation("BBB", 20), observation("CCC", 40), observation("DDD", 30),
        observation("EEE", 50),
    ]

    static let regions = RegionGrouping(
        id: "m49_region", label: "Regions",
        membership: Dictionary(uniqueKeysWithValues: economies.map { ($0.iso3, $0.region) }))
}
