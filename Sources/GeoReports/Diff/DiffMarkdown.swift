import GeoModel

/// The "What changed" Markdown section.
enum DiffMarkdown {
    static func section(_ diff: SnapshotDiff, top: Int, changeMap: String?, headingLevel: Int) -> String {
        let hashes = String(repeating: "#", count: headingLevel)
        var parts = ["\(hashes) What changed since \(diff.from)" + (diff.isRevisionDiff ? " (revision)" : "")]
        parts.append(MarkdownText.inline(DiffSummary.title(diff)) + ".\n\n" + DiffSummary.sentences(diff).map { "- " + MarkdownText.inline($0) }.joined(separator: "\n"))
        if let changeMap {
            parts.append("![Change map: \(MarkdownText.inline(diff.metric.label)), \(diff.from) to \(diff.to)](\(changeMap))")
        }
        let unit = diff.metric.unit
        for (title, movers) in [("Largest increases", diff.topRisers(top)), ("Largest decreases", diff.topFallers(top))] where !movers.isEmpty {
            var table = MarkdownTable(
                ["Economy", diff.from.description, diff.to.description, "Change (points)", "Rank"],
                alignments: [.left, .right, .right, .right, .right])
            for change in movers {
                table.append([
                    "\(MarkdownText.inline(change.name)) (\(change.iso3))",
                    change.from.map { ValueText.observation($0, unit: unit) } ?? "—",
                    change.to.map { ValueText.observation($0, unit: unit) } ?? "—",
                    MarkdownText.inline(DiffSummary.signed(change.change)), DiffSummary.arrow(change.fromRank, change.toRank),
                ])
            }
            parts.append("**\(title)**\n\n" + table.markdown)
        }
        let shifts = diff.regions.filter { $0.from.groupingID == "m49_region" || $0.from.groupingID == "world" }
        if !shifts.isEmpty {
            var table = MarkdownTable(
                ["Region", diff.from.description, diff.to.description, "Change (points)", "Coverage"],
                alignments: [.left, .right, .right, .right, .right])
            for shift in shifts {
                table.append([
                    MarkdownText.inline(shift.from.region),
                    shift.from.mean.map { ValueText.value($0.point, unit: unit) } ?? "—",
                    shift.to.mean.map { ValueText.value($0.point, unit: unit) } ?? "—",
                    shift.change.map { ($0 > 0 ? "+" : "") + NumberFormat.fixed($0, decimals: 1) } ?? "—",
                    "\(shift.from.coverage.map(ValueText.percentage) ?? "—") → \(shift.to.coverage.map(ValueText.percentage) ?? "—")",
                ])
            }
            parts.append("**Regional shifts**, weighted by \(WeightText.noun(diff.metric.weight))\n\n" + table.markdown)
        }
        return parts.joined(separator: "\n\n")
    }
}
