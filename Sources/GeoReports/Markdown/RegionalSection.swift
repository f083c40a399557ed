import GeoModel

/// "Regions": per metric, each grouping's weighted mean, median and coverage for the latest
/// period, and the World and UN M49 regions across every period.
enum RegionalSection {
    static func markdown(_ input: ReportInput) -> String? {
        let aggregates = input.analysis.aggregates.filter { $0.excluded.isEmpty }
        guard !aggregates.isEmpty else { return nil }
        var parts = ["## Regions"]
        for metric in input.metrics {
            let ofMetric = aggregates.filter { $0.metric == metric.id }
            guard let latest = ofMetric.map(\.period).max() else { continue }
            parts.append(
                "### \(MarkdownText.inline(metric.label)), weighted by \(WeightText.noun(metric.weight, labels: input.metricLabels))"
            )
            if let note = unweightedNote(
                ofMetric.filter { $0.groupingID == "world" && $0.period == latest }, metric: metric, input: input)
            {
                parts.append(note)
            }
            var groupingIDs: [String] = []
            for aggregate in ofMetric where !groupingIDs.contains(aggregate.groupingID) {
                groupingIDs.append(aggregate.groupingID)
            }
            let periods = Set(ofMetric.map(\.period)).sorted()
            if periods.count > 1 {
                parts.append(
                    trend(
                        ofMetric.filter { ["world", "m49_region"].contains($0.groupingID) }, periods: periods,
                        unit: metric.unit))
            }
            for grouping in groupingIDs {
                let rows = ofMetric.filter { $0.groupingID == grouping && $0.period == latest }
                var text =
                    "**\(MarkdownText.inline(GroupingNames.label(grouping, in: input))), \(latest)**\n\n"
                    + latestTable(rows, unit: metric.unit)
                let dominated = rows.compactMap { row in
                    DominanceText.clause(row, unit: metric.unit, reference: input.reference).map {
                        "\(MarkdownText.inline(row.region)): \($0)"
                    }
                }
                if !dominated.isEmpty {
                    text +=
                        "\n\nOne economy carries more than half of the weight or of the weighted total in "
                        + dominated.joined(separator: "; ") + "."
                }
                parts.append(text)
            }
        }
        return parts.joined(separator: "\n\n")
    }

    /// "Left out of the weighting (a value but no weight, so in neither the count nor the mean): Luxembourg (no AI user share ... for 2025-H2)."
    private static func unweightedNote(_ world: [RegionalAggregate], metric: Metric, input: ReportInput) -> String? {
        let left = world.flatMap(\.membersWithDataWithoutWeight)
        guard !left.isEmpty, let period = world.first?.period else { return nil }
        let why: String
        switch metric.weight {
        case .users(let source): why = "no \(input.metricLabels[source] ?? source) for \(period)"
        default: why = "no population in the reference table"
        }
        let names = left.map { MarkdownText.inline(input.reference.name(of: $0)) }
        return "Left out of the weighting, so counted neither among economies with data nor in the mean or median: "
            + ClaimsSection.join(names) + " (\(MarkdownText.inline(why)))."
    }

    private static func trend(_ aggregates: [RegionalAggregate], periods: [Period], unit: Unit) -> String {
        var table = MarkdownTable(
            ["Region"] + periods.map(\.description), alignments: [.left] + periods.map { _ in .right })
        var regions: [String] = []
        for aggregate in aggregates where !regions.contains(aggregate.region) { regions.append(aggregate.region) }
        for region in regions {
            let cells = periods.map { period -> String in
                guard let aggregate = aggregates.first(where: { $0.region == region && $0.period == period }) else {
                    return ""
                }
                return aggregate.mean.map { ValueText.value($0.point, unit: unit) } ?? "—"
            }
            table.append([MarkdownText.inline(region)] + cells)
        }
        return "Weighted mean by period (— where coverage is below the minimum):\n\n" + table.markdown
    }

    private static func latestTable(_ aggregates: [RegionalAggregate], unit: Unit) -> String {
        var table = MarkdownTable(
            ["Region", "Weighted mean (range)", "Median (range)", "Coverage", "With data / members"],
            alignments: [.left, .right, .right, .right, .right])
        for aggregate in aggregates {
            let mean =
                aggregate.mean.map { ValueText.estimate($0, unit: unit) } ?? "— "
                + MarkdownText.inline("(\(aggregate.withheldReason ?? "no value"))")
            let median = aggregate.median.map { ValueText.estimate($0, unit: unit) } ?? "—"
            table.append([
                MarkdownText.inline(aggregate.region), mean, median,
                aggregate.coverage.map(ValueText.percentage) ?? "—",
                "\(aggregate.membersWithData.count) / \(aggregate.members.count)",
            ])
        }
        return table.markdown
    }
}

/// How a weight is named in prose.
enum WeightText {
    /// "users (AI user share (% of working-age population) × working-age population)": the metric's label, never its id.
    static func noun(_ weight: Weight, labels: [String: String] = [:]) -> String {
        switch weight {
        case .none: "nothing (unweighted mean)"
        case .population: "total population"
        case .workingAgePopulation: "working-age population (15–64)"
        case .users(let metric): "users (\(MarkdownText.inline(labels[metric] ?? metric)) × working-age population)"
        }
    }
}
