import GeoModel

/// The "What changed" Markdown section.
enum DiffMarkdown {
    static func section(_ diff: SnapshotDiff, top: Int, changeMap: String?, headingLevel: Int) -> String {
        let hashes = String(repeating: "#", count: headingLevel)
        var parts = ["\(hashes) What changed since \(diff.from)" + (diff.isRevisionDiff ? " (revision)" : "")]
        parts.append(
            MarkdownText.inline(DiffSummary.title(diff)) + ".\n\n"
                + DiffSummary.sentences(diff).map { "- " + MarkdownText.inline($0) }.joined(separator: "\n"))
        if let changeMap {
            parts.append(
                "![Change map: \(MarkdownText.inline(diff.metric.label)), \(diff.from) to \(diff.to)](\(changeMap))")
        }
        let unit = diff.metric.unit
        let all = diff.economies.count
        for (title, ranked) in [
            ("Largest increases", diff.topRisers(all)), ("Largest decreases", diff.topFallers(all)),
        ] {
            let movers = distinct(ranked, diff: diff, top: top)
            guard !movers.isEmpty else { continue }
            var table = MarkdownTable(
                ["Economy", diff.from.description, diff.to.description, "Change (points)", "Rank"],
                alignments: [.left, .right, .right, .right, .right])
            for change in movers {
                table.append([
                    economyCell(change, diff: diff),
                    change.from.map { ValueText.observation($0, unit: unit) } ?? "—",
                    change.to.map { ValueText.observation($0, unit: unit) } ?? "—",
                    MarkdownText.inline(DiffSummary.signed(change.change)),
                    DiffSummary.arrow(change.fromRank, change.toRank),
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
                    shift.change.map { ($0 > 0 ? "+" : "") + NumberText.fixed($0, decimals: 1) } ?? "—",
                    "\(shift.from.coverage.map(ValueText.percentage) ?? "—") → \(shift.to.coverage.map(ValueText.percentage) ?? "—")",
                ])
            }
            parts.append("**Regional shifts**, weighted by \(WeightText.noun(diff.metric.weight))\n\n" + table.markdown)
        }
        return parts.joined(separator: "\n\n")
    }

    /// The first `top` changes, a shared estimate's members counted once (its first member stands for it).
    static func distinct(_ ranked: [EconomyChange], diff: SnapshotDiff, top: Int) -> [EconomyChange] {
        var rows: [EconomyChange] = []
        var seen: Set<SharedEstimate> = []
        for change in ranked where rows.count < top {
            if let group = diff.sharedEstimate(of: change.iso3), !seen.insert(group).inserted { continue }
            rows.append(change)
        }
        return rows
    }

    /// "Kenya (KEN)", or "Benin and 11 more sharing one estimate" for a shared estimate.
    static func economyCell(_ change: EconomyChange, diff: SnapshotDiff) -> String {
        guard let group = diff.sharedEstimate(of: change.iso3) else {
            return "\(MarkdownText.inline(change.name)) (\(change.iso3))"
        }
        return "\(MarkdownText.inline(change.name)) and \(group.members.count - 1) more sharing one estimate"
    }
}
