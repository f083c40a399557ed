import GeoModel

/// Writes what the data says about one claim as a short paragraph, from the verdicts alone.
///
/// One sentence per estimator (which assumption: every economy counted, some set aside, or the
/// unweighted median) saying where the best estimates lie against the bounds; one on whether
/// the published bands confirm it; one naming the economies that decide it. For example:
///
/// ```
/// With every economy counted (weighted mean), Africa is within 2–4× of Americas (3.4×) and
/// Oceania (2.8×) but below it against Asia (0.33×), Europe (1.4×) and the rest of the world
/// (0.48×). ... The published bands confirm none of the 15 comparisons. Which economies decide
/// it: leaving out China moves the best estimate into 2–4× against Asia (2.5×) ...
/// ```
struct ClaimParagraph {
    let spec: ClaimSpec
    let verdicts: [ClaimVerdict]
    let tables: ReferenceTables

    var text: String {
        var sentences: [String] = []
        if let lead = leadSentence() { sentences.append(lead) }
        for estimator in spec.estimators {
            if let sentence = estimatorSentence(estimator) { sentences.append(sentence) }
        }
        sentences.append(bandsSentence())
        if let deciders = decidersSentence() { sentences.append(deciders) }
        return sentences.joined(separator: " ")
    }

    /// "In short: consistent with 2–4× with Belarus, China and the Russian Federation set aside (weighted mean);
    /// contradicted with every economy counted (weighted mean); ...; not confirmed by the published bands."
    func leadSentence() -> String? {
        var consistent: [String] = []
        var contradicted: [String] = []
        var outside: [String] = []
        var mixed: [String] = []
        for estimator in spec.estimators {
            let own = verdicts.filter { $0.estimator == estimator && $0.position != nil }
            guard !own.isEmpty else { continue }
            let phrase = assumptionPhrase(estimator)
            if own.allSatisfy({ $0.position == .within }) {
                consistent.append(phrase)
            } else if own.contains(where: { $0.reading == .contradicted }) {
                // One comparison the bands rule out contradicts a claim about every comparison.
                let against = own.filter { $0.reading == .contradicted }.map { baselineName($0.baseline) }
                contradicted.append("against " + NumberText.list(against) + " " + phrase)
            } else if own.allSatisfy({ $0.position != .within }) {
                outside.append(phrase)
            } else {
                mixed.append(phrase)
            }
        }
        var parts: [String] = []
        if !consistent.isEmpty { parts.append("consistent with \(spec.bounds) " + NumberText.list(consistent)) }
        if !contradicted.isEmpty { parts.append("contradicted " + NumberText.list(contradicted)) }
        if !outside.isEmpty { parts.append("outside \(spec.bounds) " + NumberText.list(outside)) }
        if !mixed.isEmpty {
            parts.append("within \(spec.bounds) against some comparisons only " + NumberText.list(mixed))
        }
        guard !parts.isEmpty else { return nil }
        let computable = verdicts.filter { $0.outcome != .notComputable }
        let confirmed = computable.filter { $0.outcome == .holds }.count
        let bands: String
        switch confirmed {
        case 0: bands = "not confirmed by the published bands"
        case computable.count: bands = "confirmed by the published bands"
        default: bands = "the published bands confirm \(confirmed) of \(computable.count) comparisons"
        }
        return "In short: " + (parts + [bands]).joined(separator: "; ") + "."
    }

    /// "With China set aside (weighted mean), Africa is 2.2–3.4× each other region and 2.6× the
    /// rest of the world: consistent with 2–4×." When some comparisons fall outside the bounds, they
    /// are named by verdict: contradicted (the whole range outside too), or above / below the claim.
    func estimatorSentence(_ estimator: Estimator) -> String? {
        let own = verdicts.filter { $0.estimator == estimator && $0.position != nil }
        guard !own.isEmpty else { return nil }
        let opening =
            Aggregator.capitalized(assumptionPhrase(estimator)) + ", " + PlaceName.inSentence(spec.region) + " is "
        let within = own.filter { $0.position == .within }
        if within.count == own.count { return opening + comparisons(within) + ": consistent with \(spec.bounds)." }
        var clauses: [String] = []
        if !within.isEmpty { clauses.append("within \(spec.bounds) against \(named(within))") }
        let contradicted = own.filter { $0.reading == .contradicted }
        if !contradicted.isEmpty { clauses.append("contradicted against \(named(contradicted))") }
        let above = own.filter { $0.position == .above }
        if !above.isEmpty { clauses.append("above \(spec.bounds) against \(named(above))") }
        let below = own.filter { $0.position == .below && $0.reading != .contradicted }
        if !below.isEmpty { clauses.append("below \(spec.bounds) against \(named(below))") }
        let allowed = own.filter { $0.reading == .higherBandsAllow || $0.reading == .lowerBandsAllow }.count
        let note =
            allowed > 0 && allowed == own.count - within.count
            ? (allowed == 1 ? " (its range still reaches the claim)" : " (their ranges still reach the claim)") : ""
        return opening + NumberText.list(clauses) + note + "."
    }

    /// Whether the ranges (the published bands at their extremes) settle any comparison.
    func bandsSentence() -> String {
        let computable = verdicts.filter { $0.outcome != .notComputable }
        let confirmed = computable.filter { $0.outcome == .holds }.count
        let ruledOut = computable.filter { $0.outcome == .fails }.count
        let total = computable.count
        let noun = total == 1 ? "comparison" : "comparisons"
        var text: String
        switch confirmed {
        case 0:
            text =
                total == 1
                ? "The published bands do not confirm it" : "The published bands confirm none of the \(total) \(noun)"
        case total:
            text = total == 1 ? "The published bands confirm it" : "The published bands confirm all \(total) \(noun)"
        default: text = "The published bands confirm \(confirmed) of the \(total) \(noun)"
        }
        if ruledOut > 0 { text += " and rule out \(ruledOut)" }
        let straddling = total - confirmed - ruledOut
        if straddling > 0 && confirmed == 0 {
            text += straddling == total ? ": every range straddles a bound" : "; the other ranges straddle a bound"
        }
        return text + "."
    }

    /// The smallest exclusion sets under the first estimator, grouped by set.
    func decidersSentence() -> String? {
        guard let first = spec.estimators.first else { return nil }
        let own = verdicts.filter { $0.estimator == first && $0.robustness != nil }
        guard !own.isEmpty else { return nil }
        var order: [[AreaCode]] = []
        var bySet: [[AreaCode]: [ClaimVerdict]] = [:]
        var undecided: [ClaimVerdict] = []
        for verdict in own {
            guard let set = verdict.robustness?.decisiveSet else {
                undecided.append(verdict)
                continue
            }
            if bySet[set] == nil { order.append(set) }
            bySet[set, default: []].append(verdict)
        }
        var clauses: [String] = []
        for set in order {
            let group = bySet[set] ?? []
            let moved = group.map { verdict -> String in
                let after = verdict.robustness?.ratioWithoutDecisiveSet.map { ratioText($0) + "×" } ?? "—"
                return "\(baselineName(verdict.baseline)) (\(after))"
            }
            let into = group.first.flatMap { verdict in
                verdict.robustness?.ratioWithoutDecisiveSet.map { Aggregator.position(of: $0, within: spec.bounds) }
            }
            let target: String
            switch into {
            case .within?: target = "into \(spec.bounds)"
            case .above?: target = "above \(spec.bounds)"
            default: target = "below \(spec.bounds)"
            }
            clauses.append(
                "leaving out \(NumberText.list(set.map { PlaceName.inSentence(tables.name(of: $0)) })) moves the best estimate \(target) "
                    + "against \(NumberText.list(moved))")
        }
        if !undecided.isEmpty {
            let limit = Aggregator.decisiveSearchLimit
            clauses.append(
                "leaving out any \(limit) economies or fewer does not move it across a bound against "
                    + NumberText.list(undecided.map { baselineName($0.baseline) }))
        }
        guard !clauses.isEmpty else { return nil }
        return "What decides it (\(assumptionPhrase(first, short: true))): " + clauses.joined(separator: "; ") + "."
    }

    /// "with every economy counted (weighted mean)", "with China set aside (weighted mean)", "by the
    /// unweighted median"; `short` drops the statistic's name for a weighted mean ("every economy counted").
    func assumptionPhrase(_ estimator: Estimator, short: Bool = false) -> String {
        let statistic = estimator.kind == .median ? "unweighted median" : "weighted mean"
        let names = NumberText.list(estimator.excluded.map { PlaceName.inSentence(tables.name(of: $0)) })
        if short {
            return estimator.excluded.isEmpty ? "\(statistic), every economy counted" : "\(statistic) without \(names)"
        }
        guard !estimator.excluded.isEmpty else {
            return estimator.kind == .median ? "by the unweighted median" : "with every economy counted (\(statistic))"
        }
        return "with \(names) set aside (\(statistic))"
    }

    /// "2.2–3.4× each other region and 2.6× the rest of the world", or a list for one or two.
    private func comparisons(_ group: [ClaimVerdict]) -> String {
        let regions = group.filter { $0.baseline != .restOfWorld }
        let rest = group.filter { $0.baseline == .restOfWorld }
        guard regions.count > 1, case .eachOtherRegion = spec.versus else { return listed(group) }
        let points = regions.compactMap { $0.ratio.value?.point.value }
        let low = points.min() ?? 0
        let high = points.max() ?? 0
        var text = "\(ratioText(low))–\(ratioText(high))× each other region"
        if !rest.isEmpty { text += " and " + listed(rest) }
        return text
    }

    /// "0.33× Asia, 1.4× Europe and 0.48× the rest of the world".
    private func listed(_ group: [ClaimVerdict]) -> String {
        NumberText.list(
            group.map { verdict in
                "\(verdict.ratio.value?.point.value.map(ratioText) ?? "—")× \(baselineName(verdict.baseline))"
            })
    }

    /// "Asia (0.33×), Europe (1.4×) and the rest of the world (0.48×)".
    private func named(_ group: [ClaimVerdict]) -> String {
        NumberText.list(
            group.map { verdict in
                "\(baselineName(verdict.baseline)) (\(verdict.ratio.value?.point.value.map(ratioText) ?? "—")×)"
            })
    }

    private func baselineName(_ baseline: RatioBaseline) -> String {
        switch baseline {
        case .region(let name): PlaceName.inSentence(name)
        case .restOfWorld: "the rest of the world"
        }
    }

    /// A ratio for a sentence that never rounds across one of the claim's bounds (1.96 is "1.96", not "2.0").
    func ratioText(_ value: Double) -> String {
        let text = NumberText.ratio(value)
        for bound in [spec.bounds.low, spec.bounds.high].compactMap({ $0 }) {
            if let shown = Double(text), (shown < bound) != (value < bound) || (shown > bound) != (value > bound) {
                return NumberText.trimmed(value, maxDecimals: 3)
            }
        }
        return text
    }
}
