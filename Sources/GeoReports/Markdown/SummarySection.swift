import GeoModel

/// "Summary": the pipeline's question (its description) and the answer in one paragraph: each
/// claim's verdict, or, with no claim to check, the world figure and the range of regions.
enum SummarySection {
    static func markdown(_ input: ReportInput) -> String? {
        var sentences: [String] = []
        if !input.description.isEmpty { sentences.append(MarkdownText.inline(input.description)) }
        var claimIDs: [String] = []
        for claim in input.analysis.claims where !claimIDs.contains(claim.spec.id) { claimIDs.append(claim.spec.id) }
        for id in claimIDs {
            let evaluations = input.analysis.claims.filter { $0.spec.id == id }
            guard let first = evaluations.first else { continue }
            // The verdict only; the paragraph with its reasons is under "Claims checked".
            let verdict = ClaimsSection.paragraph(evaluations, input: input, separator: " ", text: \.lead)
            sentences.append("On the claim “\(MarkdownText.inline(first.spec.text))”: \(verdict)")
        }
        if claimIDs.isEmpty, let metric = input.metrics.first, let answer = regionalAnswer(metric, input: input) {
            sentences.append(answer)
        }
        guard !sentences.isEmpty else { return nil }
        return "## Summary\n\n" + sentences.joined(separator: " ")
    }

    /// "In 2026-Q1 the world average is 17.8 %; by UN M49 region it runs from 10.8 % in Africa to 32.3 % in Oceania."
    private static func regionalAnswer(_ metric: Metric, input: ReportInput) -> String? {
        let aggregates = input.analysis.aggregates.filter { $0.metric == metric.id && $0.excluded.isEmpty }
        guard let latest = aggregates.map(\.period).max(),
            let world = aggregates.first(where: { $0.groupingID == "world" && $0.period == latest })?.mean
        else { return nil }
        var text =
            "In \(latest) the world average of \(MarkdownText.inline(metric.label)) is "
            + ValueText.value(world.point, unit: metric.unit)
        let regions = aggregates.filter { $0.groupingID == "m49_region" && $0.period == latest }
            .compactMap { aggregate in aggregate.mean.map { (aggregate.region, $0.point) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        if let low = regions.first, let high = regions.last, regions.count > 1 {
            text +=
                "; by UN M49 region it runs from \(ValueText.value(low.1, unit: metric.unit)) in "
                + "\(MarkdownText.inline(low.0)) to \(ValueText.value(high.1, unit: metric.unit)) in "
                + MarkdownText.inline(high.0)
        }
        return text + "."
    }
}
