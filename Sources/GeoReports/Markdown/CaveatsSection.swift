import GeoModel

/// "Caveats": what a reader should keep in mind, each only where it applies to the pipeline:
/// estimates from telemetry, bands read off a published map, point values quoted in the press,
/// shared regional estimates, and provider lists as of a date.
enum CaveatsSection {
    static func markdown(_ input: ReportInput) -> String? {
        let reported = Set(input.metrics.map(\.id))
        let observations = input.observations.filter { reported.contains($0.metric) && $0.status == .reported }
        var bullets: [String] = []
        if input.estimatedFromTelemetry {
            bullets.append(
                "**Estimates from telemetry.** The publisher models these figures from anonymised device telemetry; "
                    + "they are estimates with their own error, not counts or survey answers.")
        }
        let bandsOnly = observations.filter { $0.value == nil && $0.low != nil && $0.high != nil }
        if !bandsOnly.isEmpty {
            let fromMap = bandsOnly.contains { $0.note?.contains("map") ?? false }
            bullets.append(
                "**Bands\(fromMap ? " read off a published map" : "").** \(bandsOnly.count) values are only a band"
                    + (fromMap ? ", read from the colours of the publisher's map" : "")
                    + ". A band counts at its midpoint; each range shows how far the bands let a figure move.")
        }
        let quoted = observations.filter { $0.value != nil && ($0.note?.contains("press") ?? false) }
        if !quoted.isEmpty {
            let names = Set(quoted.map(\.iso3)).sorted().map { MarkdownText.inline(input.reference.name(of: $0)) }
            bullets.append(
                "**Point values quoted in the press.** The values for \(ClaimsSection.join(names)) come from press "
                    + "reports quoting the publisher, not from the publisher's own text.")
        }
        let shared = input.sharedEstimates.filter { reported.contains($0.metric) }
        if !shared.isEmpty {
            let economies = Set(shared.flatMap(\.members)).count
            bullets.append(
                "**Shared regional estimates.** \(economies) economies have no figure of their own: the publisher "
                    + "gives each of \(shared.count) groups one regional estimate. Read these as regional, not national, "
                    + "measurements; the groups are listed under Data coverage in the appendix.")
        }
        if input.analysis.flags.contains(where: { $0.flag == .westernAIUnavailable }) {
            let gaps = input.reference.providerGaps
            let dates = Set(gaps.map(\.asOf)).sorted()
            let providers = Set(gaps.map(\.providerName)).sorted()
            bullets.append(
                "**Provider lists as of \(ClaimsSection.join(dates)).** Which economies US AI providers leave out "
                    + "comes from the supported-country lists of \(MarkdownText.inline(ClaimsSection.join(providers))) "
                    + "as published then; the lists change, and a listed economy may still limit access.")
        }
        guard !bullets.isEmpty else { return nil }
        return "## Caveats\n\n" + bullets.map { "- " + $0 }.joined(separator: "\n")
    }
}
