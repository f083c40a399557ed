public import GeoModel

extension Aggregator {
    /// Checks a claim under each of its estimators against each of its baselines.
    ///
    /// The range decides the ``ClaimOutcome``: *holds* when the whole ratio range lies within
    /// the claim's bounds, *fails* when it lies wholly outside them, *inconclusive* when it
    /// straddles a bound, *not computable* when either side has no value. The best estimate is
    /// judged on its own (``ClaimPosition``), and the two together give the verdict in words
    /// (``ClaimReading``). A claim against each other region is also checked against the rest
    /// of the world. Each verdict names the economies that decide it (``ClaimRobustness``).
    ///
    /// - Parameters:
    ///   - claim: The claim.
    ///   - grouping: The grouping the claim names.
    ///   - minimumCoverage: The coverage each side needs, 0–1.
    ///   - robustness: Whether to search for the deciding economies (skip it for a quick check).
    /// - Returns: Verdicts for estimators in the claim's order × baselines in the grouping's order
    ///   (then the rest of the world), a summary and a paragraph.
    /// - Throws: ``GeoError`` (data error) for an undeclared metric or an unknown group.
    public func evaluate(
        _ claim: ClaimSpec, in grouping: RegionGrouping, minimumCoverage: Double = 0.5, robustness: Bool = true
    ) throws(GeoError) -> ClaimEvaluation {
        let metric = try self.metric(claim.metric)
        try Self.check(region: claim.region, in: grouping)
        let baselines: [RatioBaseline]
        switch claim.versus {
        case .eachOtherRegion:
            baselines = grouping.regions.filter { $0 != claim.region }.map { .region($0) } + [.restOfWorld]
        case .restOfWorld: baselines = [.restOfWorld]
        case .regions(let names):
            for name in names { try Self.check(region: name, in: grouping) }
            baselines = names.map { .region($0) }
        }
        // Each baseline's two sides are looked up once, for every estimator and the search.
        var sides: [RatioSides] = []
        for baseline in baselines {
            sides.append(
                try self.sides(
                    metric: claim.metric, period: claim.period, grouping: grouping, region: claim.region,
                    versus: baseline))
        }
        // Each estimator × baseline is checked (and searched for its deciding economies) on
        // whichever core is free; the verdicts keep that order.
        let checks = claim.estimators.flatMap { estimator in zip(baselines, sides).map { (estimator, $0, $1) } }
        let verdicts = Parallel.map(checks) { check in
            let (estimator, baseline, sides) = check
            let ratio = self.ratio(
                of: sides, region: claim.region, versus: baseline, groupingID: grouping.id, period: claim.period,
                estimator: estimator, minimumCoverage: minimumCoverage)
            let outcome = ratio.value.map { Self.outcome(of: $0, within: claim.bounds) } ?? .notComputable
            let position = ratio.value?.point.value.map { Self.position(of: $0, within: claim.bounds) }
            let found =
                robustness
                ? self.robustness(of: ratio, bounds: claim.bounds, sides: sides, minimumCoverage: minimumCoverage)
                : nil
            let sentence = ClaimSentence(metric: metric, tables: tables)
                .sentence(for: ratio, reading: ClaimReading(position: position, outcome: outcome), bounds: claim.bounds)
            return ClaimVerdict(
                claimID: claim.id, estimator: estimator, baseline: baseline, ratio: ratio, outcome: outcome,
                position: position, robustness: found, sentence: sentence)
        }
        let (overall, summary) = Self.summarize(verdicts, bounds: claim.bounds)
        let writer = ClaimParagraph(spec: claim, verdicts: verdicts, tables: tables)
        let paragraph = writer.text
        return ClaimEvaluation(
            spec: claim, verdicts: verdicts, overall: overall, summary: summary, paragraph: paragraph,
            lead: writer.leadSentence())
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

    /// The overall result (on the range: does it hold under every pair?) and a sentence such as
    /// "Best estimate within 2–4× in 9 of 15 comparisons; the published bands confirm none of them."
    static func summarize(_ verdicts: [ClaimVerdict], bounds: ClaimBounds) -> (ClaimEvaluation.Overall, String) {
        let total = verdicts.count
        let holding = verdicts.filter { $0.outcome == .holds }.count
        let overall: ClaimEvaluation.Overall =
            holding == total && total > 0 ? .holdsUnderAll : (holding == 0 ? .holdsUnderNone : .holdsUnderSome)
        let within = verdicts.filter { $0.position == .within }.count
        let comparisons = total == 1 ? "comparison" : "comparisons"
        let head =
            total == 1
            ? "Best estimate" + (within == 1 ? " within" : " outside") + " \(bounds)"
            : "Best estimate within \(bounds) in \(within) of \(total) \(comparisons)"
        let confirmed: String
        switch holding {
        case 0:
            confirmed =
                total == 1 ? "the published bands do not confirm it" : "the published bands confirm none of them"
        case total:
            confirmed = total == 1 ? "the published bands confirm it" : "the published bands confirm all of them"
        default: confirmed = "the published bands confirm \(holding)"
        }
        var text = head + "; " + confirmed
        let unavailable = verdicts.filter { $0.outcome == .notComputable }.count
        if unavailable > 0 { text += " (\(unavailable) not computable)" }
        return (overall, text + ".")
    }
}
