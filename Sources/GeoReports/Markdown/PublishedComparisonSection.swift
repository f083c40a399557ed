import GeoModel

/// "Our figures against the publisher's": the publisher's World figure beside our World
/// aggregate for each period, and the difference.
enum PublishedComparisonSection {
    static func markdown(_ input: ReportInput) -> String? {
        guard !input.published.isEmpty else { return nil }
        var table = MarkdownTable(
            ["Publisher's group", "Period", "Published", "geo-ai", "Difference (points)"],
            alignments: [.left, .left, .right, .right, .right])
        for figure in input.published {
            let ours = input.analysis.aggregates.first {
                $0.excluded.isEmpty && $0.metric == figure.metric && $0.period == figure.period
                    && ($0.region == figure.group || ($0.groupingID == "world" && figure.group == "World"))
            }
            let unit = input.metrics.first { $0.id == figure.metric }?.unit ?? .number
            let oursText = ours?.mean.map { ValueText.value($0.point, unit: unit, decimals: 2) }
            let difference = ours?.mean.map { NumberText.fixed($0.point - figure.value, decimals: 2) }
            table.append([
                MarkdownText.inline(figure.group), figure.period.description, ValueText.value(figure.value, unit: unit),
                oursText ?? "not computed", difference.map { $0.hasPrefix("-") ? $0 : "+" + $0 } ?? "—",
            ])
        }
        return """
            ## Our figures against the publisher's

            The publisher's own aggregates beside the same aggregate computed here from the \
            economy rows. Groups the publisher does not define by membership (its Global North and \
            Global South lists are not published with the data) are not computed.

            \(table.markdown)
            """
    }
}
