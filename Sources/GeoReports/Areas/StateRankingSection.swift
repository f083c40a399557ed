import GeoModel

/// States ranked by the publisher's figure: the top and bottom ten in the body, every state
/// in the appendix.
enum StateRankingSection {
    /// How many states the body shows at each end.
    static let bodyCount = 10

    /// The ranked states: highest first, ties by name, with their 1-based rank (ties share one).
    static func ranked(_ input: AreaReportInput) -> [(rank: Int, code: AreaCode, value: Double)] {
        let sorted = input.stateValues.sorted { lhs, rhs in
            lhs.value != rhs.value
                ? lhs.value > rhs.value : input.states.name(of: lhs.key) < input.states.name(of: rhs.key)
        }
        var result: [(rank: Int, code: AreaCode, value: Double)] = []
        for (index, entry) in sorted.enumerated() {
            let rank = result.last.map { $0.value == entry.value ? $0.rank : index + 1 } ?? 1
            result.append((rank, entry.key, entry.value))
        }
        return result
    }

    /// "## States": the ten highest and ten lowest.
    static func body(_ input: AreaReportInput) -> String? {
        let ranked = ranked(input)
        guard let first = ranked.first else { return nil }
        let count = min(bodyCount, ranked.count)
        var text =
            "## States\n\n\(MarkdownText.inline(PlaceName.startingSentence(input.states.name(of: first.code)))) ranks first at "
            + "\(AreaReportInput.percent(first.value)). The full ranking of all \(ranked.count) is in the appendix."
        text += "\n\n### Highest \(count)\n\n" + table(Array(ranked.prefix(count)), input)
        if ranked.count > count {
            text += "\n\n### Lowest \(count)\n\n" + table(Array(ranked.suffix(count)), input)
        }
        return text
    }

    /// "### All states, ranked" for the appendix.
    static func appendix(_ input: AreaReportInput) -> String? {
        let ranked = ranked(input)
        guard !ranked.isEmpty else { return nil }
        return "### All states, ranked\n\n" + table(ranked, input)
    }

    private static func table(_ rows: [(rank: Int, code: AreaCode, value: Double)], _ input: AreaReportInput) -> String
    {
        var table = MarkdownTable(
            ["Rank", "State", "FIPS", "AI user share"], alignments: [.right, .left, .left, .right])
        for row in rows {
            table.append([
                String(row.rank), MarkdownText.inline(input.states.name(of: row.code)), row.code.rawValue,
                AreaReportInput.percent(row.value),
            ])
        }
        return table.markdown
    }
}
