public import GeoModel

/// What a report on the US layers needs: the state and county values of one period, the
/// layers' tables, the published rankings, the maps and the sources.
public struct AreaReportInput: Sendable {
    /// The pipeline name.
    public let pipeline: String
    /// The report title.
    public let title: String
    /// The introduction.
    public let description: String
    /// The period of the values.
    public let period: Period
    /// The states layer, for names.
    public let states: AreaTable
    /// The counties layer, for names, states and shapes.
    public let counties: AreaTable
    /// The publisher's state figures.
    public let stateValues: [AreaCode: Double]
    /// The publisher's county figures.
    public let countyValues: [AreaCode: Double]
    /// Rankings shown as published (metro areas).
    public var rankings: [RankingTable] = []
    /// The maps, in order.
    public var maps: [ReportFigure] = []
    /// The input files, with their hashes.
    public var sources: [SourceFile] = []
    /// Credits and licences.
    public var credits: [String] = []

    /// Creates an input.
    public init(
        pipeline: String, title: String, description: String, period: Period,
        states: AreaTable, counties: AreaTable, stateValues: [AreaCode: Double], countyValues: [AreaCode: Double]
    ) {
        self.pipeline = pipeline
        self.title = title
        self.description = description
        self.period = period
        self.states = states
        self.counties = counties
        self.stateValues = stateValues
        self.countyValues = countyValues
        var grouped: [AreaCode: [Double]] = [:]
        for (code, value) in countyValues.sorted(by: { $0.key < $1.key }) {
            guard let state = counties.areas[code]?.parent else { continue }
            grouped[state, default: []].append(value)
        }
        countyValuesByState = grouped
    }

    /// The counties with a value, grouped by state code, each state's in code order (so that
    /// sums, added in one order, are the same on every run). Made once: the report's state
    /// check, its CSV and the appendix's spread each group the 3,143 counties.
    let countyValuesByState: [AreaCode: [Double]]

    /// "40.3 %".
    static func percent(_ value: Double) -> String { NumberText.fixed(value, decimals: 1) + " %" }

    /// The median of a non-empty list (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The entries ranked highest first, then by name; the first `count` and every entry tied with the last.
    ///
    /// Only the values are sorted in full: the entries kept are those at or beyond the `count`th
    /// value, and only they are ranked with their names (a county list ranks a dozen of 3,143).
    static func top<T>(_ entries: [T], count: Int, value: (T) -> Double, name: (T) -> String, descending: Bool)
        -> [T]
    {
        func ahead(_ a: Double, _ b: Double) -> Bool { descending ? a > b : a < b }
        var kept = entries
        if entries.count > count, count > 0 {
            let boundary = entries.map(value).sorted(by: ahead)[count - 1]
            kept = entries.filter { !ahead(boundary, value($0)) }
        }
        return kept.map { (entry: $0, value: value($0), name: name($0)) }
            .sorted { lhs, rhs in lhs.value != rhs.value ? ahead(lhs.value, rhs.value) : lhs.name < rhs.name }
            .map(\.entry)
    }
}
