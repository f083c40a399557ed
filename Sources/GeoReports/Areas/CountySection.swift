import GeoModel

/// Counties: the highest and lowest with ties, in the body; each state's spread (count, min,
/// median, max), in the appendix; and the areas the boundaries cannot draw.
enum CountySection {
    /// How many counties the body lists at each end (more when the last is tied).
    static let extremesCount = 5

    /// "## Counties": highest and lowest, ties included, and the counties without a shape.
    static func body(_ input: AreaReportInput) -> String? {
        let values = Array(input.countyValues)
        guard !values.isEmpty else { return nil }
        let name = { (entry: (key: AreaCode, value: Double)) in input.counties.name(of: entry.key) }
        let highest = AreaReportInput.top(
            values, count: extremesCount, value: \.value, name: name, descending: true)
        let lowest = AreaReportInput.top(
            values, count: extremesCount, value: \.value, name: name, descending: false)
        var text =
            "## Counties\n\n\(NumberText.grouped(Double(values.count))) counties and county equivalents have a value."
        text += " Lists run to \(extremesCount) and take in every county tied with the last."
        text += "\n\n### Highest\n\n" + table(highest, input) + "\n\n### Lowest\n\n" + table(lowest, input)
        let shapeless = input.counties.areas.values.filter { !$0.hasShape && input.countyValues[$0.code] != nil }
            .sorted { $0.code < $1.code }
        if !shapeless.isEmpty {
            let names = shapeless.map { "\(MarkdownText.inline($0.name)) (\($0.code))" }.joined(separator: ", ")
            text +=
                "\n\nNo shape in the 2016 boundaries, so not on the county map though their values are in every "
                + "table: \(names)."
        }
        return text
    }

    /// "### Counties within each state" for the appendix.
    static func spread(_ input: AreaReportInput) -> String? {
        let grouped = input.countyValuesByState
        guard !grouped.isEmpty else { return nil }
        var table = MarkdownTable(
            ["State", "Counties", "Min", "Median", "Max"], alignments: [.left, .right, .right, .right, .right])
        for state in grouped.keys.sorted(by: { input.states.name(of: $0) < input.states.name(of: $1) }) {
            let values = grouped[state] ?? []
            guard let low = values.min(), let high = values.max() else { continue }
            table.append([
                MarkdownText.inline(input.states.name(of: state)), String(values.count), AreaReportInput.percent(low),
                AreaReportInput.percent(AreaReportInput.median(values)), AreaReportInput.percent(high),
            ])
        }
        return "### Counties within each state\n\n" + table.markdown
    }

    private static func table(_ rows: [(key: AreaCode, value: Double)], _ input: AreaReportInput) -> String {
        var table = MarkdownTable(["County", "FIPS", "AI user share"], alignments: [.left, .left, .right])
        for row in rows {
            table.append([
                MarkdownText.inline(input.counties.name(of: row.key)), row.key.rawValue,
                AreaReportInput.percent(row.value),
            ])
        }
        return table.markdown
    }
}
