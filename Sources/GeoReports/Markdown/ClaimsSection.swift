import GeoModel

/// "Claims checked": for each published claim, what the data says in words; in the appendix,
/// every comparison × estimator with its verdict and the economies that decide it.
enum ClaimsSection {
    /// "Claims checked" for the body: each claim's verdict paragraph and what was tested.
    static func markdown(_ input: ReportInput) -> String? {
        guard !input.analysis.claims.isEmpty else { return nil }
        var parts = [
            "## Claims checked",
            "Why each verdict in the summary holds; every comparison is in the appendix.",
        ]
        for evaluations in claims(input) {
            parts.append(
                """
                ### “\(MarkdownText.inline(evaluations[0].spec.text))”

                \(paragraph(evaluations, input: input, text: \.reasons))
                """)
        }
        return parts.joined(separator: "\n\n")
    }

    /// "Claims: every comparison" for the appendix: each claim's table of comparisons × estimators.
    static func comparisons(_ input: ReportInput) -> String? {
        guard !input.analysis.claims.isEmpty else { return nil }
        let limit = input.analysis.claims.first?.verdicts.first?.robustness?.searchLimit ?? 3
        var parts = [
            "## Claims: every comparison",
            "Each comparison is judged twice. The **best estimate** is the ratio of the two groups' values, with "
                + "published point values as printed and bands at their midpoints; the **range** puts every band at "
                + "its extremes. A best estimate within the claimed bounds whose range also lies within them "
                + "**holds**; if the range straddles a bound it is **consistent with the claim, not confirmed by the "
                + "bands**. A best estimate outside the bounds is **higher** or **lower than claimed**, and "
                + "**contradicted** when the whole range lies below the claim. \"Most influential\" names the economies whose removal moves the best estimate most; \"Decided by\" is "
                + "the smallest set of economies (found greedily, up to \(limit)) whose removal moves the best "
                + "estimate across a bound. Every row is in [`data/claims.csv`](data/claims.csv).",
        ]
        for evaluations in claims(input) {
            parts.append(
                "### “\(MarkdownText.inline(evaluations[0].spec.text))”\n\n" + table(evaluations, input: input))
        }
        return parts.joined(separator: "\n\n")
    }

    /// The evaluations of each claim, in declaration order; never an empty list.
    private static func claims(_ input: ReportInput) -> [[ClaimEvaluation]] {
        var seen: [String] = []
        for claim in input.analysis.claims where !seen.contains(claim.spec.id) { seen.append(claim.spec.id) }
        return seen.map { id in input.analysis.claims.filter { $0.spec.id == id } }.filter { !$0.isEmpty }
    }

    /// The paragraph for a claim (Markdown): one per group definition when there are several.
    static func paragraph(
        _ evaluations: [ClaimEvaluation], input: ReportInput, separator: String = "\n\n",
        text words: KeyPath<ClaimEvaluation, String> = \.paragraph
    ) -> String {
        evaluations.map { evaluation in
            let text = MarkdownText.inline(evaluation[keyPath: words])
            guard let definition = evaluation.spec.definition else { return text }
            let label = input.groupingLabels[evaluation.spec.grouping] ?? evaluation.spec.region
            return
                "**\(MarkdownText.inline(capitalized(definition))) definition** (\(MarkdownText.inline(label))): \(text)"
        }
        .joined(separator: separator)
    }

    private static func table(_ evaluations: [ClaimEvaluation], input: ReportInput) -> String {
        let several = evaluations.count > 1
        var headers = ["Compared with", "Estimator", "Ratio (range)", "Verdict", "Most influential", "Decided by"]
        if several { headers.insert("Group definition", at: 0) }
        var table = MarkdownTable(
            headers, alignments: (several ? [.left] : []) + [.left, .left, .right, .left, .left, .left])
        for evaluation in evaluations {
            for verdict in evaluation.verdicts {
                var row = [
                    MarkdownText.inline(verdict.baseline.description),
                    MarkdownText.inline(estimatorText(verdict.estimator, input)),
                    verdict.ratio.value.map(ValueText.ratio)
                        ?? "— " + MarkdownText.inline("(\(verdict.ratio.unavailableReason ?? "no value"))"),
                    "**\(verdict.reading.phrase)**", MarkdownText.inline(influential(verdict, input)),
                    MarkdownText.inline(decisive(verdict, input)),
                ]
                if several { row.insert(MarkdownText.inline(evaluation.spec.definition ?? ""), at: 0) }
                table.append(row)
            }
        }
        return table.markdown
    }

    /// "Tested as: DeepSeek share … in Africa against each other group and the rest of the world, 2025-H2; claimed: 2–4×."
    private static func testedAs(_ evaluations: [ClaimEvaluation], input: ReportInput) -> String {
        let spec = evaluations[0].spec
        let metric = input.metrics.first { $0.id == spec.metric }?.label ?? spec.metric
        let against: String
        switch spec.versus {
        case .eachOtherRegion: against = "each other group and the rest of the world"
        case .restOfWorld: against = "the rest of the world"
        case .regions(let names): against = join(names)
        }
        let subject = evaluations.count > 1 ? evaluations.map(\.spec.region).joined(separator: " / ") : spec.region
        return "Tested as: \(MarkdownText.inline(metric)) in \(MarkdownText.inline(subject)) against \(against), "
            + "\(spec.period); claimed: \(MarkdownText.inline(spec.bounds.description))."
    }

    /// "weighted mean", "median", "weighted mean without China, Russian Federation and Belarus".
    static func estimatorText(_ estimator: Estimator, _ input: ReportInput) -> String {
        let base = estimator.kind == .median ? "median" : "weighted mean"
        guard !estimator.excluded.isEmpty else { return base }
        return base + " without " + join(estimator.excluded.map { input.reference.name(of: $0) })
    }

    private static func influential(_ verdict: ClaimVerdict, _ input: ReportInput) -> String {
        guard let robustness = verdict.robustness else { return "—" }
        let items = robustness.influential.map { influence in
            "\(input.reference.name(of: influence.iso3)) (→ \(ValueText.ratioBound(.finite(influence.ratioWithout))))"
        }
        return items.isEmpty ? "none" : items.joined(separator: ", ")
    }

    private static func decisive(_ verdict: ClaimVerdict, _ input: ReportInput) -> String {
        guard let robustness = verdict.robustness else { return "—" }
        guard let set = robustness.decisiveSet else { return "no set of up to \(robustness.searchLimit)" }
        let after = robustness.ratioWithoutDecisiveSet.map { ValueText.ratioBound(.finite($0)) } ?? "—"
        return "\(join(set.map { input.reference.name(of: $0) })) (→ \(after))"
    }

    /// "A", "A and B", "A, B and C".
    static func join(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The text with its first letter upper-cased.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension ClaimEvaluation {
    /// The paragraph without its lead sentence (which the summary states), or the whole
    /// paragraph when it does not start with the lead.
    var reasons: String {
        guard paragraph.hasPrefix(lead), paragraph.count > lead.count else { return paragraph }
        return String(paragraph.dropFirst(lead.count).drop { $0 == " " })
    }
}

extension String {
    /// `not_computable` → `not computable`.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
