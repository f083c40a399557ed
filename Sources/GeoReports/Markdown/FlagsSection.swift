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
            "An economy is flagged as under a country-wide US sanctions programme when one is in force on any day "
                + "of the period; a programme covering only part of a country (Crimea, the so-called DNR and LNR "
                + "regions) is its own flag and does not mark the whole country. It is flagged as left out by a US AI "
                + "provider when OpenAI's, Anthropic's or Google's published supported-country list leaves it out, "
                + "and as underserved when it meets the underserved rule (each row says which condition it meets). "
                + "Every period, with sources, is in "
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
                    MarkdownText.inline(flag.level?.rawValue.replacingUnderscores() ?? ""),
                    MarkdownText.inline(flag.reason),
                ])
            }
            let counts = Set(flags.map(\.period)).sorted().map { period in
                "\(period): \(flags.filter { $0.flag == id && $0.period == period }.count)"
            }
            parts.append(
                "### \(MarkdownText.inline(ClaimsSection.capitalized(id.label))) — \(current.count) \(current.count == 1 ? "economy" : "economies")"
                    + "\n\nBy period: \(counts.joined(separator: ", ")).\n\n"
                    + (current.isEmpty ? "None in \(latest)." : table.markdown))
        }
        return parts.joined(separator: "\n\n")
    }
}
