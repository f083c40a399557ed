import GeoModel

/// "Claims": each published claim checked under every declared estimator.
enum ClaimsSection {
    static func markdown(_ input: ReportInput) -> String? {
        guard !input.analysis.claims.isEmpty else { return nil }
        var parts = [
            "## Claims checked",
            "A verdict **holds** when the whole range of the ratio lies within the claimed bounds, **fails** when "
                + "the whole range lies outside them, and is **inconclusive** when the range straddles a bound: "
                + "the published bands cannot settle it.",
        ]
        for claim in input.analysis.claims {
            var table = MarkdownTable(
                ["Compared with", "Estimator", "Ratio (range)", "Verdict"], alignments: [.left, .left, .right, .left])
            for verdict in claim.verdicts {
                table.append([
                    MarkdownText.inline(verdict.baseline.description), MarkdownText.inline(verdict.estimator.description),
                    verdict.ratio.value.map(ValueText.ratio)
                        ?? "— " + MarkdownText.inline("(\(verdict.ratio.unavailableReason ?? "no value"))"),
                    "**\(verdict.outcome.rawValue.replacingUnderscores())**",
                ])
            }
            parts.append(
                """
                ### “\(MarkdownText.inline(claim.spec.text))”

                Tested as: \(MarkdownText.inline(claim.spec.metric)) in \(MarkdownText.inline(claim.spec.region)) is \
                \(MarkdownText.inline(claim.spec.bounds.description)) that of each comparison group, \(claim.spec.period). \
                \(MarkdownText.inline(claim.summary))

                \(table.markdown)
                """)
        }
        return parts.joined(separator: "\n\n")
    }
}

extension String {
    /// `not_computable` → `not computable`.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
