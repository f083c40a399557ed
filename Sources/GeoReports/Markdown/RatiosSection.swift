import GeoModel

/// "How groups compare": each group against the rest of the world, latest period, with the
/// ratio's interval range and its estimator. Pairwise ratios are in `data/ratios.csv`.
enum RatiosSection {
    static func markdown(_ input: ReportInput) -> String? {
        let ratios = input.analysis.ratios.filter {
            $0.baseline == .restOfWorld && $0.groupingID != "world" && $0.groupingID != "m49_subregion"
        }
        guard !ratios.isEmpty else { return nil }
        var parts = [
            "## How groups compare",
            "Each group against all economies outside it (the rest of the world), with the same weights. "
                + "The range divides the group's low by the rest's high and its high by the rest's low, "
                + "so it shows how far the published bands allow the ratio to move. Every pair of groups "
                + "(in groupings of up to eight groups) is in [`data/ratios.csv`](data/ratios.csv).",
        ]
        for metric in input.metrics {
            let ofMetric = ratios.filter { $0.metric == metric.id }
            guard let latest = ofMetric.map(\.period).max() else { continue }
            var table = MarkdownTable(
                ["Group", "Value", "Rest of world", "Ratio (range)", "Estimator"],
                alignments: [.left, .right, .right, .right, .left])
            // In a grouping of two groups, the second against the rest is the first turned upside down.
            let groupsPerGrouping = Dictionary(grouping: ofMetric.filter { $0.period == latest }, by: \.groupingID)
            let redundant = Set(
                groupsPerGrouping.values.compactMap { ratios -> Ratio? in
                    let regions = Set(ratios.map(\.region))
                    return regions.count == 2 ? ratios.last : nil
                })
            for ratio in ofMetric where ratio.period == latest && !redundant.contains(ratio) {
                let statistic = ratio.estimator.kind
                table.append([
                    "\(MarkdownText.inline(ratio.region)) (\(MarkdownText.inline(GroupingNames.label(ratio.groupingID, in: input))))",
                    ratio.numerator.estimate(for: statistic).map { ValueText.estimate($0, unit: metric.unit) } ?? "—",
                    ratio.denominator.estimate(for: statistic).map { ValueText.estimate($0, unit: metric.unit) } ?? "—",
                    ratio.value.map(ValueText.ratio) ?? "— "
                        + MarkdownText.inline("(\(ratio.unavailableReason ?? "no value"))"),
                    MarkdownText.inline(ratio.estimator.description),
                ])
            }
            parts.append("### \(MarkdownText.inline(metric.label)), \(latest)\n\n" + table.markdown)
        }
        return parts.joined(separator: "\n\n")
    }
}
