import GeoModel

/// Writes a claim verdict as one plain-English sentence.
///
/// ```
/// In 2025-H2, Africa's weighted-mean DeepSeek share is 1.4× Europe's (range 0.90–2.4×): lower than claimed (the bands allow the claim) (claimed: 2–4×).
/// In 2025-H2, Africa's median DeepSeek share is 5.2× Americas' (range 2.2× to unbounded): higher than claimed (the bands allow the claim) (claimed: 2–4×).
/// In 2025-H2, excluding China, Africa's weighted-mean DeepSeek share is 2.5× Asia's (range 1.6–3.7×): holds (claimed: 2–4×).
/// In 2025-H1, Africa's weighted-mean Share cannot be compared with Antarctica's: Antarctica has no value: no member has data for share in 2025-H1.
/// ```
struct ClaimSentence {
    let metric: Metric
    let tables: ReferenceTables

    func sentence(for ratio: Ratio, reading: ClaimReading, bounds: ClaimBounds) -> String {
        var opening = "In \(ratio.period), "
        if !ratio.estimator.excluded.isEmpty {
            opening +=
                "excluding \(NumberText.list(ratio.estimator.excluded.map { PlaceName.inSentence(tables.name(of: $0)) })), "
        }
        let subject =
            "\(PlaceName.possessive(PlaceName.inSentence(ratio.region))) \(statistic(ratio.estimator.kind)) \(metric.label)"
        let baseline: String
        switch ratio.baseline {
        case .region(let name): baseline = PlaceName.possessive(PlaceName.inSentence(name))
        case .restOfWorld: baseline = "the rest of the world's"
        }
        guard let value = ratio.value else {
            let why = ratio.unavailableReason ?? "no value"
            return opening + "\(subject) cannot be compared with \(baseline): \(why)."
        }
        let range: String
        if case .unbounded = value.high {
            range = "range \(NumberText.ratio(value.low))× to unbounded"
        } else {
            range = "range \(NumberText.ratio(value.low))–\(NumberText.ratio(value.high))×"
        }
        return opening + "\(subject) is \(NumberText.ratio(value.point))× \(baseline) (\(range)): "
            + "\(reading.phrase) (claimed: \(bounds))."
    }

    /// "weighted-mean", or "mean" when the metric is unweighted, or "median".
    func statistic(_ kind: Estimator.Kind) -> String {
        switch kind {
        case .weightedMean: metric.weight == .none ? "mean" : "weighted-mean"
        case .median: "median"
        }
    }
}
