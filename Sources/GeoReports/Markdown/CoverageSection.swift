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
            """ + shared(input)
    }

    /// "Shared estimates": groups of economies with one regional figure, each named.
    static func shared(_ input: ReportInput) -> String {
        var parts: [String] = []
        for metric in input.metrics {
            let groups = input.sharedEstimates.filter { $0.metric == metric.id }
            guard !groups.isEmpty else { continue }
            let economies = groups.map(\.members.count).reduce(0, +)
            var table = MarkdownTable(["Economies", "Shared values", "Members"], alignments: [.right, .right, .left])
            for group in groups {
                let values = zip(group.periods, group.values).map {
                    "\($0.0): \(ValueText.value($0.1, unit: metric.unit))"
                }
                table.append([
                    String(group.members.count), values.joined(separator: ", "),
                    ClaimsSection.join(
                        group.members.map { MarkdownText.inline(input.reference.name(of: $0)) }.sorted()),
                ])
            }
            parts.append(
                "**Shared estimates, \(MarkdownText.inline(metric.label)).** \(economies) economies have no figure of "
                    + "their own: the publisher gives each of these \(groups.count) groups one regional estimate (the same "
                    + "value in every period). Read them as regional, not national, measurements; a change of such a "
                    + "group is one change.\n\n" + table.markdown)
        }
        return parts.isEmpty ? "" : "\n\n" + parts.joined(separator: "\n\n")
    }
}
