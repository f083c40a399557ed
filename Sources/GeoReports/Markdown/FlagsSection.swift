import GeoModel

/// "Flags": for the latest period, every economy flagged, with the reason in words a reader
/// can check; every period is in `data/flags.csv` with the evidence.
enum FlagsSection {
    static func markdown(_ input: ReportInput) -> String? {
        let flags = input.analysis.flags
        let reported = Set(input.metrics.map(\.id))
        let focus = input.observations.filter { reported.contains($0.metric) }.map(\.period).max()
        guard let latest = focus ?? flags.map(\.period).max(), !flags.isEmpty else { return nil }
        var parts = [
            "## Flags, \(latest)",
            "Economies are flagged `sanctioned` when a US sanctions programme is in force on any day of the "
                + "period, `western_ai_unavailable` when a Western AI provider's published supported-country list "
                + "leaves them out, and by the pipeline's own rules. Every period, with sources, is in "
                + "[`data/flags.csv`](data/flags.csv).",
        ]
        var order: [FlagID] = []
        for flag in flags where !order.contains(flag.flag) { order.append(flag.flag) }
        for id in order {
            let current = flags.filter { $0.flag == id && $0.period == latest }
            var table = MarkdownTable(["Economy", "Level", "Why"])
            for flag in current {
                table.append([
                    "\(MarkdownText.inline(input.reference.name(of: flag.iso3))) (\(flag.iso3))",
                    MarkdownText.inline(flag.level?.rawValue.replacingUnderscores() ?? ""), MarkdownText.inline(flag.reason),
                ])
            }
            let counts = Set(flags.map(\.period)).sorted().map { period in
                "\(period): \(flags.filter { $0.flag == id && $0.period == period }.count)"
            }
            parts.append(
                "### `\(id.rawValue)` — \(current.count) economies\n\nBy period: \(counts.joined(separator: ", ")).\n\n"
                    + (current.isEmpty ? "None in \(latest)." : table.markdown))
        }
        return parts.joined(separator: "\n\n")
    }
}
