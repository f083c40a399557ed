import GeoModel

/// "Key numbers": sentences written from the computed numbers, never by hand. The claims'
/// verdicts are in the summary above it.
enum HeadlineSection {
    static func markdown(_ input: ReportInput) -> String? {
        var bullets: [String] = []
        for metric in input.metrics { bullets += metricFindings(metric, input: input) }
        bullets += publishedFindings(input)
        guard !bullets.isEmpty else { return nil }
        return "## Key numbers\n\n" + bullets.map { "- " + $0 }.joined(separator: "\n")
    }

    private static func metricFindings(_ metric: Metric, input: ReportInput) -> [String] {
        var bullets: [String] = []
        let world = input.analysis.aggregates.filter {
            $0.metric == metric.id && $0.groupingID == "world" && $0.excluded.isEmpty
        }
        let label = MarkdownText.inline(metric.label)
        if let first = world.first, let last = world.last, let from = first.mean, let to = last.mean {
            if first.period != last.period {
                let change = to.point - from.point
                bullets.append(
                    "\(label), world average weighted by \(WeightText.noun(metric.weight, labels: input.metricLabels)): "
                        + "\(ValueText.estimate(from, unit: metric.unit)) in \(first.period) → "
                        + "\(ValueText.estimate(to, unit: metric.unit)) in \(last.period) "
                        + "(\(change >= 0 ? "+" : "")\(NumberText.fixed(change, decimals: 1)) points; "
                        + "\(last.membersWithData.count) economies, coverage \(last.coverage.map(ValueText.percentage) ?? "—"))."
                )
            } else {
                bullets.append(
                    "\(label), world average weighted by \(WeightText.noun(metric.weight, labels: input.metricLabels)), \(last.period): "
                        + "\(ValueText.estimate(to, unit: metric.unit)) across \(last.membersWithData.count) economies "
                        + "(coverage \(last.coverage.map(ValueText.percentage) ?? "—"))"
                        + (DominanceText.clause(last, unit: metric.unit, reference: input.reference).map { ". " + $0 }
                            ?? "")
                        + ".")
            }
        }
        let regions = input.analysis.aggregates.filter {
            $0.metric == metric.id && $0.groupingID == "m49_region" && $0.excluded.isEmpty
        }
        if let latest = regions.map(\.period).max() {
            let valued = regions.filter { $0.period == latest }.compactMap { aggregate in
                aggregate.mean.map { (aggregate, $0) }
            }
            .sorted { ($1.1.point, $0.0.region) < ($0.1.point, $1.0.region) }
            if let high = valued.first, let low = valued.last, valued.count > 1 {
                bullets.append(
                    "By UN M49 region in \(latest), \(label) is highest in \(MarkdownText.inline(PlaceName.inSentence(high.0.region))), "
                        + "\(ValueText.estimate(high.1, unit: metric.unit)), and lowest in \(MarkdownText.inline(PlaceName.inSentence(low.0.region))), "
                        + "\(ValueText.estimate(low.1, unit: metric.unit))"
                        + (DominanceText.clause(high.0, unit: metric.unit, reference: input.reference).map {
                            ". \(MarkdownText.inline(PlaceName.possessive(PlaceName.startingSentence(high.0.region)))) figure is mostly one economy: "
                                + $0
                        } ?? "") + ".")
            }
        }
        // With every economy a point value, the highest and lowest are in their own section
        // below; with bands, the point values rank apart, so they are stated here.
        let valued = input.observations.filter { $0.metric == metric.id && $0.representativeValue != nil }
        let observations = valued.filter { $0.value != nil }
        if let latest = observations.map(\.period).max(),
            valued.filter({ $0.period == latest }).count > observations.filter({ $0.period == latest }).count
        {
            let ranked = observations.filter { $0.period == latest }.sorted {
                ($1.value ?? 0, $0.iso3) < ($0.value ?? 0, $1.iso3)
            }
            if let top = ranked.first, let bottom = ranked.last, ranked.count > 1 {
                bullets.append(
                    "Among the \(ranked.count) economies with a published point value in \(latest), the highest is "
                        + "\(MarkdownText.inline(PlaceName.inSentence(input.reference.name(of: top.iso3)))), \(ValueText.observation(top, unit: metric.unit)), "
                        + "and the lowest \(MarkdownText.inline(PlaceName.inSentence(input.reference.name(of: bottom.iso3)))), "
                        + "\(ValueText.observation(bottom, unit: metric.unit)).")
            }
        }
        return bullets
    }

    private static func publishedFindings(_ input: ReportInput) -> [String] {
        let differences = input.published.filter { $0.group == "World" }.compactMap { figure -> Double? in
            input.analysis.aggregates.first {
                $0.groupingID == "world" && $0.excluded.isEmpty && $0.metric == figure.metric
                    && $0.period == figure.period
            }?.mean.map { $0.point - figure.value }
        }
        guard let largest = differences.map(abs).max() else { return [] }
        return [
            "Our world aggregate, computed from the economy rows, is within \(NumberText.fixed(largest, decimals: 2)) "
                + "points of the publisher's World figure in each of \(differences.count) periods."
        ]
    }
}
