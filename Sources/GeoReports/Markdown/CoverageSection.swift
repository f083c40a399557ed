import GeoModel

/// "Data coverage": per metric and period, how many economies have a value, a band only, or
/// are marked as having insufficient data.
enum CoverageSection {
    static func markdown(_ input: ReportInput) -> String {
        var table = MarkdownTable(
            ["Metric", "Period", "Economies", "Point values", "Bands only", "Insufficient data"],
            alignments: [.left, .left, .right, .right, .right, .right])
        let byKey = Dictionary(grouping: input.observations) { "\($0.metric)|\($0.period)" }
        for metric in input.metrics {
            let periods = Set(input.observations.filter { $0.metric == metric.id }.map(\.period)).sorted()
            for period in periods {
                let rows = byKey["\(metric.id)|\(period)"] ?? []
                let reported = rows.filter { $0.status == .reported }
                table.append([
                    MarkdownText.inline(metric.label), period.description, String(Set(rows.map(\.iso3)).count),
                    String(reported.filter { $0.value != nil }.count),
                    String(reported.filter { $0.value == nil }.count),
                    String(rows.count - reported.count),
                ])
            }
        }
        let total = Set(input.observations.map(\.iso3)).count
        return """
            ## Data coverage

            \(total) economies appear in the data. An empty cell in a source is missing, never zero; \
            "bands only" are economies published as a range (e.g. 11–15 %) without a point value.

            \(table.markdown)
            """
    }
}
