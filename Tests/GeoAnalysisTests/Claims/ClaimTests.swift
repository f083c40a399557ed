import GeoAnalysis
import GeoModel
import Testing

@Suite("Claims: holds, fails, inconclusive")
struct ClaimTests {
    /// One economy per region, weight 1 each (working-age 1):
    /// Africa 12; Asia 4 → 3× (holds 2–4×); Europe 12 → 1× (fails);
    /// Americas band 2–6 (point 4) → 3×, 2–6× (inconclusive); Oceania band 0–5 (point 2.5) →
    /// 4.8×, 2.4× to unbounded (inconclusive); Antarctica has no data (not computable).
    static let economies = [
        TinyWorld.economy("AFR", region: "Africa", population: 1, workingAge: 1),
        TinyWorld.economy("ASI", region: "Asia", population: 1, workingAge: 1),
        TinyWorld.economy("EUR", region: "Europe", population: 1, workingAge: 1),
        TinyWorld.economy("AME", region: "Americas", population: 1, workingAge: 1),
        TinyWorld.economy("OCE", region: "Oceania", population: 1, workingAge: 1),
        TinyWorld.economy("ATA", region: "Antarctica", population: 1, workingAge: 1),
    ]
    static let observations = [
        TinyWorld.observation("AFR", 12), TinyWorld.observation("ASI", 4), TinyWorld.observation("EUR", 12),
        TinyWorld.observation("AME", nil, low: 2, high: 6), TinyWorld.observation("OCE", nil, low: 0, high: 5),
    ]
    static let tables = TinyWorld.tables(economies: economies)
    static let grouping = RegionGrouping.m49Regions(from: tables)
    static let claim = ClaimSpec(
        id: "africa", text: "Share in Africa is 2–4× higher than in other regions", metric: "share",
        grouping: "m49_region", region: "Africa", versus: .eachOtherRegion, bounds: ClaimBounds(low: 2, high: 4),
        estimators: [.weightedMean], period: TinyWorld.h1)

    func evaluate(_ claim: ClaimSpec = claim) throws -> ClaimEvaluation {
        try Aggregator(metrics: [TinyWorld.share], observations: Self.observations, tables: Self.tables)
            .evaluate(claim, in: Self.grouping)
    }

    @Test("reads as a sentence")
    func sentences() throws {
        let evaluation = try evaluate()
        #expect(
            evaluation.verdicts.map(\.sentence) == [
                "In 2025-H1, Africa's weighted-mean Share is 3.0× Americas' (range 2.0–6.0×): inconclusive against 2–4×.",
                "In 2025-H1, Africa's weighted-mean Share cannot be compared with Antarctica's: "
                    + "Antarctica has no value: no member has data for share in 2025-H1.",
                "In 2025-H1, Africa's weighted-mean Share is 3.0× Asia's (range 3.0–3.0×): holds against 2–4×.",
                "In 2025-H1, Africa's weighted-mean Share is 1.0× Europe's (range 1.0–1.0×): fails against 2–4×.",
                "In 2025-H1, Africa's weighted-mean Share is 4.8× Oceania's (range 2.4× to unbounded): "
                    + "inconclusive against 2–4×.",
            ])
        #expect(evaluation.verdicts.map(\.outcome) == [.inconclusive, .notComputable, .holds, .fails, .inconclusive])
        #expect(evaluation.overall == .holdsUnderSome)
        #expect(evaluation.summary == "Holds under 1 of 5 estimator × comparison pairs (fails 1, inconclusive 2, not computable 1).")
    }

    @Test("verdicts run over estimators in the claim's order, then baselines")
    func estimatorOrder() throws {
        let claim = ClaimSpec(
            id: "africa", text: "", metric: "share", grouping: "m49_region", region: "Africa",
            versus: .regions(["Europe", "Asia"]), bounds: ClaimBounds(low: 2),
            estimators: [.median, .weightedMean], period: TinyWorld.h1)
        let evaluation = try evaluate(claim)
        #expect(evaluation.verdicts.map(\.estimator) == [.median, .median, .weightedMean, .weightedMean])
        #expect(evaluation.verdicts.map(\.baseline) == [.region("Europe"), .region("Asia"), .region("Europe"), .region("Asia")])
        #expect(evaluation.verdicts.map(\.outcome) == [.fails, .holds, .fails, .holds])
        #expect(evaluation.verdicts[1].sentence == "In 2025-H1, Africa's median Share is 3.0× Asia's (range 3.0–3.0×): holds against at least 2×.")
    }

    @Test("against the rest of the world, with an exclusion")
    func restOfWorld() throws {
        let claim = ClaimSpec(
            id: "africa", text: "", metric: "share", grouping: "m49_region", region: "Africa", versus: .restOfWorld,
            bounds: ClaimBounds(high: 4), estimators: [Estimator.weightedMean.excluding([TinyWorld.code("EUR")])],
            period: TinyWorld.h1)
        let evaluation = try evaluate(claim)
        // Rest without EUR: ASI 4, AME 4 (2–6), OCE 2.5 (0–5), ATA no data; weights 1:
        // point (4 + 4 + 2.5) / 3 = 3.5, low (4 + 2 + 0) / 3 = 2, high (4 + 6 + 5) / 3 = 5.
        // 12 / 3.5 = 3.43; 12 / 5 = 2.4; 12 / 2 = 6 → straddles 4.
        let verdict = try #require(evaluation.verdicts.first)
        #expect(verdict.ratio.value == RatioEstimate(point: .finite(12 / 3.5), low: .finite(2.4), high: .finite(6)))
        #expect(verdict.outcome == .inconclusive)
        #expect(
            verdict.sentence
                == "In 2025-H1, excluding Economy EUR, Africa's weighted-mean Share is 3.4× the rest of the world's "
                + "(range 2.4–6.0×): inconclusive against at most 4×.")
    }

    struct OutcomeCase: Sendable, CustomStringConvertible {
        let low: RatioBound
        let high: RatioBound
        let bounds: ClaimBounds
        let outcome: ClaimOutcome
        var description: String { "\(low)…\(high) vs \(bounds)" }
    }

    @Test(
        "compares the whole range with the bounds",
        arguments: [
            OutcomeCase(low: .finite(2), high: .finite(4), bounds: ClaimBounds(low: 2, high: 4), outcome: .holds),
            OutcomeCase(low: .finite(2.5), high: .finite(3.9), bounds: ClaimBounds(low: 2, high: 4), outcome: .holds),
            OutcomeCase(low: .finite(1.9), high: .finite(3), bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(low: .finite(3), high: .finite(4.1), bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(low: .finite(1), high: .finite(5), bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(low: .finite(0.5), high: .finite(1.99), bounds: ClaimBounds(low: 2, high: 4), outcome: .fails),
            OutcomeCase(low: .finite(4.01), high: .finite(9), bounds: ClaimBounds(low: 2, high: 4), outcome: .fails),
            // "at least 2×" with no finite upper end still holds
            OutcomeCase(low: .finite(2.2), high: .unbounded, bounds: ClaimBounds(low: 2), outcome: .holds),
            OutcomeCase(low: .finite(2.2), high: .unbounded, bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(low: .finite(5), high: .unbounded, bounds: ClaimBounds(low: 2, high: 4), outcome: .fails),
            OutcomeCase(low: .finite(1), high: .unbounded, bounds: ClaimBounds(low: 2), outcome: .inconclusive),
            OutcomeCase(low: .finite(0.1), high: .finite(0.5), bounds: ClaimBounds(high: 4), outcome: .holds),
        ])
    func outcomes(_ example: OutcomeCase) {
        let ratio = RatioEstimate(point: example.low, low: example.low, high: example.high)
        #expect(Aggregator.outcome(of: ratio, within: example.bounds) == example.outcome)
    }

    @Test("summaries for all, some and none", arguments: [
        ([ClaimOutcome.holds, .holds], ClaimEvaluation.Overall.holdsUnderAll, "Holds under all 2 estimator × comparison pairs."),
        ([.holds, .fails], .holdsUnderSome, "Holds under 1 of 2 estimator × comparison pairs (fails 1)."),
        ([.inconclusive, .fails, .fails], .holdsUnderNone, "Holds under none of the 3 estimator × comparison pairs (fails 2, inconclusive 1)."),
    ])
    func summaries(outcomes: [ClaimOutcome], overall: ClaimEvaluation.Overall, summary: String) throws {
        // Build one region per outcome from the fixture: Asia holds, Europe fails, Americas is inconclusive.
        let regions = outcomes.map { outcome -> String in
            switch outcome {
            case .holds: "Asia"
            case .fails: "Europe"
            default: "Americas"
            }
        }
        let claim = ClaimSpec(
            id: "africa", text: "", metric: "share", grouping: "m49_region", region: "Africa",
            versus: .regions(regions), bounds: ClaimBounds(low: 2, high: 4), estimators: [.weightedMean],
            period: TinyWorld.h1)
        let evaluation = try evaluate(claim)
        #expect(evaluation.verdicts.map(\.outcome) == outcomes)
        #expect(evaluation.overall == overall)
        #expect(evaluation.summary == summary)
    }

    @Test("bounds read as the claim states them", arguments: [
        (ClaimBounds(low: 2, high: 4), "2–4×"), (ClaimBounds(low: 2), "at least 2×"), (ClaimBounds(high: 0.5), "at most 0.5×"),
    ])
    func boundsText(bounds: ClaimBounds, text: String) {
        #expect(bounds.description == text)
    }
}
