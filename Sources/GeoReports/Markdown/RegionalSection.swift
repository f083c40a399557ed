import GeoModel

/// "Regions": per metric, each grouping's weighted mean, median and coverage for the latest
/// period, and the World and UN M49 regions across every period.
///
/// The body holds the World and the UN M49 regions (the trend and the latest table); every
/// other grouping, and any table longer than ``ReportSection/bodyTableRowLimit`` rows, is in
/// the appendix.
enum RegionalSection {
    /// Which half of the section to write.
    enum Part {
        /// World and UN M49 regions.
        case body
        /// Every other grouping: sub-regions, income groups, the pipeline's own.
        case appendix
    }

    /// The groupings the body shows.
    static let bodyGroupings = ["world", "m49_region"]

    static func markdown(_ input: ReportInput, part: Part) -> String? {
        let aggregates = input.analysis.aggregates.filter { $0.excluded.isEmpty }
        guard !aggregates.isEmpty else { return nil }
        var parts = [part == .body ? "## Regions" : "## Regions in detail"]
        for metric in input.metrics {
            let ofMetric = aggregates.filter { $0.metric == metric.id }
            guard let latest = ofMetric.map(\.period).max() else { continue }
            var groupingIDs: [String] = []
            for aggregate in ofMetric where !groupingIDs.contains(aggregate.groupingID) {
                groupingIDs.append(aggregate.groupingID)
            }
            let bodyRows = ofMetric.filter { bodyGroupings.contains($0.groupingID) && $0.period == latest }.count
            let bodyFits = bodyRows <= ReportSection.bodyTableRowLimit
            groupingIDs = groupingIDs.filter { (bodyGroupings.contains($0) && bodyFits) == (part == .body) }
            guard !groupingIDs.isEmpty else { continue }
            parts.append(
                "### \(MarkdownText.inline(metric.label)), weighted by \(WeightText.noun(metric.weight, labels: input.metricLabels))"
            )
            if part == .body,
                let note = unweightedNote(
                    ofMetric.filter { $0.groupingID == "world" && $0.period == latest }, metric: metric, input: input)
            {
                parts.append(note)
            }
            let periods = Set(ofMetric.map(\.period)).sorted()
            if part == .body, periods.count > 1 {
                parts.append(
                    trend(ofMetric.filter { groupingIDs.contains($0.groupingID) }, periods: periods, unit: metric.unit))
            }
            // The body shows the World and the UN M49 regions as one table.
            let tables =
                part == .body
                ? [
                    (
                        title: groupingIDs.map { GroupingNames.label($0, in: input) }.joined(separator: " and "),
                        ids: groupingIDs
                    )
                ]
                : groupingIDs.map { (title: GroupingNames.label($0, in: input), ids: [$0]) }
            for (title, ids) in tables {
                let rows = ofMetric.filter { ids.contains($0.groupingID) && $0.period == latest }
                var text =
                    "**\(MarkdownText.inline(title)), \(latest)**\n\n"
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
        return parts.count > 1 ? parts.joined(separator: "\n\n") : nil
    }

    /// "Left out of the weighting (a value but no weight, so in neither the count nor the mean): Luxembourg (no AI user share ... for 2025-H2)."
    private static func unweightedNote(_ world: [RegionalAggregate], metric: Metric, input: ReportInput) -> String? {
        let left = world.flatMap(\.membersWithDataWithoutWeight)
        guard !left.isEmpty, let period = world.first?.period else { return nil }
        let why: String
        switch metric.weight {
        case .users(let source): why = "no \(WeightText.short(input.metricLabels[source] ?? source)) for \(period)"
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
    /// "users (working-age population × AI user share)": the metric's label without its own
    /// parenthesis, so that the phrase never nests brackets; never the metric's id.
    static func noun(_ weight: Weight, labels: [String: String] = [:]) -> String {
        switch weight {
        case .none: "nothing (unweighted mean)"
        case .population: "total population"
        case .workingAgePopulation: "working-age population (15–64)"
        case .users(let metric):
            "users (working-age population × \(MarkdownText.inline(short(labels[metric] ?? metric))))"
        }
    }

    /// "AI user share (% of working-age population)" → "AI user share": a label without its
    /// closing parenthesis, for use inside brackets. A label that is all parenthesis stays whole.
    static func short(_ label: String) -> String {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return label }
        var head = label[..<open]
        while head.last == " " { head = head.dropLast() }
        return head.isEmpty || head.contains("(") ? label : String(head)
    }
}
