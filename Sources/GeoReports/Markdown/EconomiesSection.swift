import GeoModel

/// "Highest and lowest": per metric, the top and bottom economies of the latest period.
///
/// Economies published only as a band rank by the band's midpoint; ties are listed
/// alphabetically by code so the order is stable.
enum EconomiesSection {
    static let count = 10

    static func markdown(_ input: ReportInput) -> String? {
        var parts: [String] = []
        for metric in input.metrics {
            let ofMetric = input.observations.filter { $0.metric == metric.id }
            guard let latest = ofMetric.map(\.period).max() else { continue }
            let ranked = ofMetric.filter { $0.period == latest }
                .compactMap { observation in observation.representativeValue.map { (observation, $0) } }
                .sorted { ($1.1, $0.0.iso3) < ($0.1, $1.0.iso3) }
            guard ranked.count >= 2 else { continue }
            let shown = min(count, ranked.count / 2)
            let top = ranked.prefix(shown).map(\.0)
            let bottom = ranked.suffix(shown).reversed().map(\.0)
            parts.append(
                """
                ### \(MarkdownText.inline(metric.label)), \(latest)

                Of \(ranked.count) economies with a value or band. Bands rank by their midpoint.

                \(table(top, title: "Highest", input: input, unit: metric.unit))

                \(table(bottom, title: "Lowest", input: input, unit: metric.unit))
                """)
        }
        guard !parts.isEmpty else { return nil }
        return "## Highest and lowest economies\n\n" + parts.joined(separator: "\n\n")
    }

    private static func table(_ observations: [Observation], title: String, input: ReportInput, unit: Unit) -> String {
        var table = MarkdownTable([title, "Region", "Value"], alignments: [.left, .left, .right])
        for observation in observations {
            table.append([
                "\(MarkdownText.inline(input.reference.name(of: observation.iso3))) (\(observation.iso3))",
                MarkdownText.inline(input.reference.economies[observation.iso3]?.subregion ?? ""),
                ValueText.observation(observation, unit: unit),
            ])
        }
        return table.markdown
    }
}
