import GeoModel

/// "Highest and lowest": per metric, the top and bottom economies of the latest period.
///
/// Economies published only as a band rank by the band's midpoint. Ties are never cut
/// silently: economies with the same value share a rank ("8="), are ordered by name, and a tie
/// that does not fit in the table is one row ("56 economies tied") with every name listed under
/// the table.
enum EconomiesSection {
    static let count = 10

    /// Economies with the same value, in name order.
    struct Tie {
        let rank: Int
        let value: Double
        var members: [Observation]
    }

    static func markdown(_ input: ReportInput) -> String? {
        var parts: [String] = []
        for metric in input.metrics {
            let ofMetric = input.observations.filter { $0.metric == metric.id }
            guard let latest = ofMetric.map(\.period).max() else { continue }
            let valued = ofMetric.filter { $0.period == latest }
                .compactMap { observation in observation.representativeValue.map { (observation, $0) } }
            guard valued.count >= 2 else { continue }
            let shown = min(count, valued.count / 2)
            let name = { (observation: Observation) in input.reference.name(of: observation.iso3) }
            let descending = ties(valued, descending: true, name: name)
            let ascending = ties(valued, descending: false, name: name)
            parts.append(
                """
                ### \(MarkdownText.inline(metric.label)), \(latest)

                Of \(valued.count) economies with a value or band. Bands rank by their midpoint; economies with the \
                same value share a rank and are listed by name.

                \(table(descending, limit: shown, title: "Highest", input: input, unit: metric.unit))

                \(table(ascending, limit: shown, title: "Lowest", input: input, unit: metric.unit))
                """)
        }
        guard !parts.isEmpty else { return nil }
        return "## Highest and lowest economies\n\n" + parts.joined(separator: "\n\n")
    }

    /// Groups of equal value, highest (or lowest) first; ranks count the economies before each group.
    static func ties(_ valued: [(Observation, Double)], descending: Bool, name: (Observation) -> String) -> [Tie] {
        let sorted = valued.sorted { left, right in
            if left.1 != right.1 { return descending ? left.1 > right.1 : left.1 < right.1 }
            return (name(left.0), left.0.iso3) < (name(right.0), right.0.iso3)
        }
        var groups: [Tie] = []
        for (index, (observation, value)) in sorted.enumerated() {
            if let last = groups.last, last.value == value {
                groups[groups.count - 1].members.append(observation)
            } else {
                groups.append(Tie(rank: index + 1, value: value, members: [observation]))
            }
        }
        return groups
    }

    private static func table(_ groups: [Tie], limit: Int, title: String, input: ReportInput, unit: Unit) -> String {
        var table = MarkdownTable(["Rank", title, "Region", "Value"], alignments: [.right, .left, .left, .right])
        var rows = 0
        var notes: [String] = []
        for group in groups where rows < limit {
            let rank = group.members.count > 1 ? "\(group.rank)=" : "\(group.rank)"
            if rows + group.members.count <= limit {
                for observation in group.members {
                    table.append([
                        rank,
                        "\(MarkdownText.inline(input.reference.name(of: observation.iso3))) (\(observation.iso3))",
                        MarkdownText.inline(input.reference.economies[observation.iso3]?.subregion ?? ""),
                        ValueText.observation(observation, unit: unit),
                    ])
                }
                rows += group.members.count
            } else {
                let value = tiedValue(group, unit: unit)
                table.append([rank, "\(group.members.count) economies tied", "", value])
                let names = group.members.map { MarkdownText.inline(input.reference.name(of: $0.iso3)) }
                notes.append("Tied at rank \(rank), \(value): " + ClaimsSection.join(names) + ".")
                rows = limit
            }
        }
        return ([table.markdown] + notes).joined(separator: "\n\n")
    }

    /// The tied value as each member shows it, or the shared midpoint when they show it differently.
    private static func tiedValue(_ group: Tie, unit: Unit) -> String {
        let shown = Set(group.members.map { ValueText.observation($0, unit: unit) })
        if shown.count == 1, let only = shown.first { return only }
        return ValueText.value(group.value, unit: unit) + " (value or band midpoint)"
    }
}
