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

    @Test("reads as a sentence, with the rest of the world beside each other region")
    func sentences() throws {
        let evaluation = try evaluate()
        // Rest of the world for Africa: ASI 4, EUR 12, AME 4 (2–6), OCE 2.5 (0–5), weights 1:
        // point 22.5 / 4 = 5.625, low 18 / 4 = 4.5, high 27 / 4 = 6.75 → 12 / 5.625 = 2.13,
        // 12 / 6.75 = 1.78, 12 / 4.5 = 2.67: the best estimate is within 2–4×, the range straddles 2.
        #expect(
            evaluation.verdicts.map(\.sentence) == [
                "In 2025-H1, Africa's weighted-mean Share is 3.0× the Americas' (range 2.0–6.0×): "
                    + "consistent with the claim, not confirmed by the bands (claimed: 2–4×).",
                "In 2025-H1, Africa's weighted-mean Share cannot be compared with Antarctica's: "
                    + "Antarctica has no value: no member has data for Share in 2025-H1.",
                "In 2025-H1, Africa's weighted-mean Share is 3.0× Asia's (range 3.0–3.0×): holds (claimed: 2–4×).",
                "In 2025-H1, Africa's weighted-mean Share is 1.0× Europe's (range 1.0–1.0×): contradicted (claimed: 2–4×).",
                "In 2025-H1, Africa's weighted-mean Share is 4.8× Oceania's (range 2.4× to unbounded): "
                    + "higher than claimed (the bands allow the claim) (claimed: 2–4×).",
                "In 2025-H1, Africa's weighted-mean Share is 2.1× the rest of the world's (range 1.8–2.7×): "
                    + "consistent with the claim, not confirmed by the bands (claimed: 2–4×).",
            ])
        #expect(
            evaluation.verdicts.map(\.outcome) == [
                .inconclusive, .notComputable, .holds, .fails, .inconclusive, .inconclusive,
            ])
        #expect(evaluation.verdicts.map(\.position) == [.within, nil, .within, .below, .above, .within])
        #expect(
            evaluation.verdicts.map(\.reading) == [
                .consistentNotConfirmed, .notComputable, .holds, .contradicted, .higherBandsAllow,
                .consistentNotConfirmed,
            ])
        #expect(evaluation.overall == .holdsUnderSome)
        #expect(
            evaluation.summary
                == "Best estimate within 2–4× in 3 of 6 comparisons; the published bands confirm 1 (1 not computable).")
    }

    @Test("the paragraph says where the best estimates lie, what the bands settle, and which economies decide it")
    func paragraph() throws {
        let evaluation = try evaluate()
        // Against the rest of the world (2.13×), leaving out one economy: EUR → (4 + 4 + 2.5) / 3 = 3.5, 3.43×;
        // ASI or AME → (12 + 4 + 2.5) / 3 = 6.17, 1.95×; OCE → (4 + 12 + 4) / 3 = 6.67, 1.80× (furthest below 2×).
        // Leaving out AFR leaves Africa without a value: not an influence. Against each single region,
        // leaving out either economy leaves a side without a value, so no exclusion moves the verdict.
        #expect(
            evaluation.paragraph
                == "In short: contradicted against Europe with every economy counted (weighted mean); "
                + "the published bands confirm 1 of 5 comparisons. "
                + "With every economy counted (weighted mean), Africa is within 2–4× against the Americas (3.0×), Asia (3.0×) "
                + "and the rest of the world (2.1×), contradicted against Europe (1.0×) and above 2–4× against Oceania (4.8×). "
                + "The published bands confirm 1 of the 5 comparisons and rule out 1. "
                + "What decides it (weighted mean, every economy counted): leaving out Economy OCE moves the best estimate "
                + "below 2–4× against the rest of the world (1.8×); leaving out any 3 economies or fewer does not move it "
                + "across a bound against the Americas, Asia, Europe and Oceania.")
        let rest = try #require(evaluation.verdicts.last?.robustness)
        #expect(rest.influential.map(\.iso3) == ["EUR", "OCE", "AME"].map(TinyWorld.code))
        #expect(abs(rest.influential[0].ratioWithout - 12 / 3.5) < 1e-12)
        #expect(abs(rest.influential[1].ratioWithout - 12 / (20.0 / 3)) < 1e-12)
        #expect(rest.decisiveSet == [TinyWorld.code("OCE")])
        #expect(rest.ratioWithoutDecisiveSet.map { abs($0 - 1.8) < 1e-12 } == true)
        #expect(evaluation.verdicts[0].robustness?.decisiveSet == nil)
        #expect(evaluation.verdicts[0].robustness?.influential.isEmpty == true)
    }

    @Test(
        "best estimate and range are judged separately",
        arguments: [
            (ClaimPosition.within, ClaimOutcome.holds, ClaimReading.holds),
            (.within, .inconclusive, .consistentNotConfirmed),
            (.above, .inconclusive, .higherBandsAllow),
            (.above, .fails, .higherThanClaimed),
            (.below, .inconclusive, .lowerBandsAllow),
            (.below, .fails, .contradicted),
        ])
    func readings(position: ClaimPosition, outcome: ClaimOutcome, reading: ClaimReading) {
        #expect(ClaimReading(position: position, outcome: outcome) == reading)
        #expect(ClaimReading(position: nil, outcome: .notComputable) == .notComputable)
    }

    @Test("verdicts run over estimators in the claim's order, then baselines")
    func estimatorOrder() throws {
        let claim = ClaimSpec(
            id: "africa", text: "", metric: "share", grouping: "m49_region", region: "Africa",
            versus: .regions(["Europe", "Asia"]), bounds: ClaimBounds(low: 2),
            estimators: [.median, .weightedMean], period: TinyWorld.h1)
        let evaluation = try evaluate(claim)
        #expect(evaluation.verdicts.map(\.estimator) == [.median, .median, .weightedMean, .weightedMean])
        #expect(
            evaluation.verdicts.map(\.baseline) == [
                .region("Europe"), .region("Asia"), .region("Europe"), .region("Asia"),
            ])
        #expect(evaluation.verdicts.map(\.outcome) == [.fails, .holds, .fails, .holds])
        #expect(
            evaluation.verdicts[1].sentence
                == "In 2025-H1, Africa's median Share is 3.0× Asia's (range 3.0–3.0×): holds (claimed: at least 2×).")
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
                + "(range 2.4–6.0×): consistent with the claim, not confirmed by the bands (claimed: at most 4×).")
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
            OutcomeCase(
                low: .finite(1.9), high: .finite(3), bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(
                low: .finite(3), high: .finite(4.1), bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(
                low: .finite(1), high: .finite(5), bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(low: .finite(0.5), high: .finite(1.99), bounds: ClaimBounds(low: 2, high: 4), outcome: .fails),
            OutcomeCase(low: .finite(4.01), high: .finite(9), bounds: ClaimBounds(low: 2, high: 4), outcome: .fails),
            // "at least 2×" with no finite upper end still holds
            OutcomeCase(low: .finite(2.2), high: .unbounded, bounds: ClaimBounds(low: 2), outcome: .holds),
            OutcomeCase(
                low: .finite(2.2), high: .unbounded, bounds: ClaimBounds(low: 2, high: 4), outcome: .inconclusive),
            OutcomeCase(low: .finite(5), high: .unbounded, bounds: ClaimBounds(low: 2, high: 4), outcome: .fails),
            OutcomeCase(low: .finite(1), high: .unbounded, bounds: ClaimBounds(low: 2), outcome: .inconclusive),
            OutcomeCase(low: .finite(0.1), high: .finite(0.5), bounds: ClaimBounds(high: 4), outcome: .holds),
        ])
    func outcomes(_ example: OutcomeCase) {
        let ratio = RatioEstimate(point: example.low, low: example.low, high: example.high)
        #expect(Aggregator.outcome(of: ratio, within: example.bounds) == example.outcome)
    }

    @Test(
        "summaries for all, some and none",
        arguments: [
            (
                [ClaimOutcome.holds, .holds], ClaimEvaluation.Overall.holdsUnderAll,
                "Best estimate within 2–4× in 2 of 2 comparisons; the published bands confirm all of them."
            ),
            (
                [.holds, .fails], .holdsUnderSome,
                "Best estimate within 2–4× in 1 of 2 comparisons; the published bands confirm 1."
            ),
            (
                [.inconclusive, .fails, .fails], .holdsUnderNone,
                "Best estimate within 2–4× in 1 of 3 comparisons; the published bands confirm none of them."
            ),
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

    @Test(
        "bounds read as the claim states them",
        arguments: [
            (ClaimBounds(low: 2, high: 4), "2–4×"), (ClaimBounds(low: 2), "at least 2×"),
            (ClaimBounds(high: 0.5), "at most 0.5×"),
        ])
    func boundsText(bounds: ClaimBounds, text: String) {
        #expect(bounds.description == text)
    }
}
