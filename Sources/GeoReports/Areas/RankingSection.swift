import GeoModel

/// A published ranking (metropolitan areas): the top ten in the body, every row in the appendix.
enum RankingSection {
    /// How many rows the body shows.
    static let bodyCount = 10

    static func body(_ ranking: RankingTable) -> String? {
        guard !ranking.rows.isEmpty else { return nil }
        let shown = min(bodyCount, ranking.rows.count)
        var text = "## \(MarkdownText.inline(ranking.title))\n\n"
        text +=
            "The publisher ranks \(ranking.rows.count) \(MarkdownText.inline(ranking.title.lowercased())) "
            + "(\(MarkdownText.code(ranking.path))); they are shown as published, not resolved to counties."
        if ranking.rows.count > shown { text += " The top \(shown) follow; all are in the appendix." }
        return text + "\n\n" + table(Array(ranking.rows.prefix(shown)))
    }

    static func appendix(_ ranking: RankingTable) -> String? {
        guard ranking.rows.count > bodyCount else { return nil }
        return "### \(MarkdownText.inline(ranking.title)), all\n\n" + table(ranking.rows)
    }

    private static func table(_ rows: [RankingTable.Row]) -> String {
        var table = MarkdownTable(
            ["Rank", "Name", "Code", "AI user share"], alignments: [.right, .left, .left, .right])
        var rank = 0
        var previous: Double?
        for (index, row) in rows.enumerated() {
            if row.value != previous { rank = index + 1 }
            previous = row.value
            table.append([
                String(rank), MarkdownText.inline(row.name), MarkdownText.inline(row.code),
                AreaReportInput.percent(row.value),
            ])
        }
        return table.markdown
    }
}
