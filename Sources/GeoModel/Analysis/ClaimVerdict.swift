/// Whether a claim holds under one estimator against one baseline.
public enum ClaimOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// The whole ratio range lies within the claimed bounds.
    case holds
    /// The whole ratio range lies outside the claimed bounds.
    case fails
    /// The ratio range straddles a bound.
    case inconclusive
    /// No ratio: one side has no value (e.g. coverage below the minimum) or the baseline is zero.
    case notComputable = "not_computable"
}

/// The verdict on a claim under one estimator against one baseline, with the ratio behind it.
///
/// ```
/// In 2025-H2, Africa's weighted-mean DeepSeek share is 1.4× Europe's (range 0.64–3.1×): inconclusive against 2–4×.
/// ```
public struct ClaimVerdict: Hashable, Sendable {
    /// The claim's id.
    public let claimID: String
    /// The estimator.
    public let estimator: Estimator
    /// The baseline.
    public let baseline: RatioBaseline
    /// The ratio (with both sides' aggregates).
    public let ratio: Ratio
    /// The outcome.
    public let outcome: ClaimOutcome
    /// Where the best estimate lies against the bounds; `nil` when there is no ratio.
    public let position: ClaimPosition?
    /// Which economies decide the verdict; `nil` when there is no ratio.
    public let robustness: ClaimRobustness?
    /// The verdict as one plain-English sentence.
    public let sentence: String

    /// Creates a verdict.
    public init(
        claimID: String, estimator: Estimator, baseline: RatioBaseline, ratio: Ratio, outcome: ClaimOutcome,
        position: ClaimPosition? = nil, robustness: ClaimRobustness? = nil, sentence: String
    ) {
        self.claimID = claimID
        self.estimator = estimator
        self.baseline = baseline
        self.ratio = ratio
        self.outcome = outcome
        self.position = position
        self.robustness = robustness
        self.sentence = sentence
    }

    /// The verdict judging best estimate and range separately.
    public var reading: ClaimReading { ClaimReading(position: position, outcome: outcome) }
}

/// A claim with every verdict and a summary across them.
public struct ClaimEvaluation: Hashable, Sendable {
    /// How the verdicts add up.
    public enum Overall: String, Hashable, Sendable, Codable {
        /// Every verdict holds.
        case holdsUnderAll = "holds_under_all"
        /// At least one verdict holds and at least one does not.
        case holdsUnderSome = "holds_under_some"
        /// No verdict holds.
        case holdsUnderNone = "holds_under_none"
    }

    /// The claim.
    public let spec: ClaimSpec
    /// One verdict per estimator × baseline, estimators in the claim's order, baselines in the grouping's order.
    public let verdicts: [ClaimVerdict]
    /// How the verdicts add up.
    public let overall: Overall
    /// A sentence such as "Best estimate within 2–4× in 9 of 15 comparisons; the bands confirm none."
    public let summary: String
    /// What the data says about the claim, in words: under which assumptions it is consistent or
    /// contradicted, whether the bands confirm it, and which economies decide it.
    public let paragraph: String
    /// The paragraph's first sentence, the verdict a summary shows ("In short: consistent with
    /// 2–4× with Belarus, China and the Russian Federation set aside …; not confirmed by the published bands.").
    public let lead: String

    /// Creates an evaluation.
    public init(
        spec: ClaimSpec, verdicts: [ClaimVerdict], overall: Overall, summary: String, paragraph: String = "",
        lead: String? = nil
    ) {
        self.spec = spec
        self.verdicts = verdicts
        self.overall = overall
        self.summary = summary
        self.paragraph = paragraph
        self.lead = lead ?? summary
    }

    /// How many verdicts have an outcome.
    public func count(of outcome: ClaimOutcome) -> Int { verdicts.filter { $0.outcome == outcome }.count }
}
