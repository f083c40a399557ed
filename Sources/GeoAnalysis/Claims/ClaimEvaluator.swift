public import GeoModel

extension Aggregator {
    /// Checks a claim under each of its estimators against each of its baselines.
    ///
    /// A verdict *holds* when the whole ratio range lies within the claim's bounds, *fails* when
    /// the whole range lies outside them, and is *inconclusive* when the range straddles a
    /// bound; it is *not computable* when either side has no value.
    ///
    /// - Parameters:
    ///   - claim: The claim.
    ///   - grouping: The grouping the claim names.
    ///   - minimumCoverage: The coverage each side needs, 0–1.
    /// - Returns: Verdicts for estimators in the claim's order × baselines in the grouping's order,
    ///   and a summary.
    /// - Throws: ``GeoError`` (data error) for an undeclared metric or an unknown group.
    public func evaluate(_ claim: ClaimSpec, in grouping: RegionGrouping, minimumCoverage: Double = 0.5) throws
        -> ClaimEvaluation
    {
        let metric = try self.metric(claim.metric)
        try Self.check(region: claim.region, in: grouping)
        let baselines: [RatioBaseline]
        switch claim.versus {
        case .eachOtherRegion: baselines = grouping.regions.filter { $0 != claim.region }.map { .region($0) }
        case .restOfWorld: baselines = [.restOfWorld]
        case .regions(let names):
            for name in names { try Self.check(region: name, in: grouping) }
            baselines = names.map { .region($0) }
        }
        var verdicts: [ClaimVerdict] = []
        for estimator in claim.estimators {
            for baseline in baselines {
                let ratio = try self.ratio(
                    metric: claim.metric, period: claim.period, grouping: grouping, region: claim.region,
                    versus: baseline, estimator: estimator, minimumCoverage: minimumCoverage)
                let outcome = ratio.value.map { Self.outcome(of: $0, within: claim.bounds) } ?? .notComputable
                let sentence = ClaimSentence(metric: metric, tables: tables)
                    .sentence(for: ratio, outcome: outcome, bounds: claim.bounds)
                verdicts.append(
                    ClaimVerdict(
                        claimID: claim.id, estimator: estimator, baseline: baseline, ratio: ratio, outcome: outcome,
                        sentence: sentence))
            }
        }
        let (overall, summary) = Self.summarize(verdicts)
        return ClaimEvaluation(spec: claim, verdicts: verdicts, overall: overall, summary: summary)
    }

    /// Holds when the range lies within the bounds, fails when it lies wholly outside, else inconclusive.
    ///
    /// An unbounded high end never lies within an upper bound, and never wholly below a lower one.
    public static func outcome(of ratio: RatioEstimate, within bounds: ClaimBounds) -> ClaimOutcome {
        let aboveLow = bounds.low.map { ratio.low >= .finite($0) } ?? true
        let belowHigh = bounds.high.map { ratio.high <= .finite($0) } ?? true
        if aboveLow && belowHigh { return .holds }
        let whollyBelow = bounds.low.map { ratio.high < .finite($0) } ?? false
        let whollyAbove = bounds.high.map { ratio.low > .finite($0) } ?? false
        return whollyBelow || whollyAbove ? .fails : .inconclusive
    }

    /// The overall result and a sentence such as
    /// "Holds under 2 of 12 estimator × comparison pairs (fails 3, inconclusive 7)."
    static func summarize(_ verdicts: [ClaimVerdict]) -> (ClaimEvaluation.Overall, String) {
        let total = verdicts.count
        let holding = verdicts.filter { $0.outcome == .holds }.count
        let overall: ClaimEvaluation.Overall =
            holding == total && total > 0 ? .holdsUnderAll : (holding == 0 ? .holdsUnderNone : .holdsUnderSome)
        let pairs = total == 1 ? "estimator × comparison pair" : "estimator × comparison pairs"
        var others: [String] = []
        for outcome in [ClaimOutcome.fails, .inconclusive, .notComputable] {
            let count = verdicts.filter { $0.outcome == outcome }.count
            if count > 0 { others.append("\(outcome.phrase) \(count)") }
        }
        let head: String
        switch overall {
        case .holdsUnderAll: head = total == 1 ? "Holds under the 1 \(pairs)" : "Holds under all \(total) \(pairs)"
        case .holdsUnderNone: head = "Holds under none of the \(total) \(pairs)"
        case .holdsUnderSome: head = "Holds under \(holding) of \(total) \(pairs)"
        }
        return (overall, others.isEmpty ? head + "." : head + " (" + others.joined(separator: ", ") + ").")
    }
}

extension ClaimOutcome {
    /// "holds", "fails", "inconclusive", "not computable".
    var phrase: String {
        switch self {
        case .holds: "holds"
        case .fails: "fails"
        case .inconclusive: "inconclusive"
        case .notComputable: "not computable"
        }
    }
}
