import GeoAnalysis
import GeoModel
import Testing

@Suite("Underserved rules")
struct UnderservedFlagTests {
    /// AAA: share 4 %, two providers unavailable. BBB: share 20 %, one provider unavailable.
    /// CCC: share band 0–5 (midpoint 2.5), no gaps. DDD: no share, two providers unavailable.
    let flagger = Flagger(
        tables: TinyWorld.tables(gaps: [
            ProviderFlagTests.gap("openai", "OpenAI", "AAA"), ProviderFlagTests.gap("anthropic", "Anthropic", "AAA"),
            ProviderFlagTests.gap("anthropic", "Anthropic", "BBB"),
            ProviderFlagTests.gap("openai", "OpenAI", "DDD"), ProviderFlagTests.gap("anthropic", "Anthropic", "DDD"),
        ]),
        metrics: [TinyWorld.share],
        observations: [
            TinyWorld.observation("AAA", 4), TinyWorld.observation("BBB", 20),
            TinyWorld.observation("CCC", nil, low: 0, high: 5),
        ])

    static let conditions: [UnderservedRule.Condition] = [
        .metric("share", .below, 5), .providersUnavailable(atLeast: 2),
    ]

    struct RuleCase: Sendable, CustomStringConvertible {
        let combination: UnderservedRule.Combination
        let iso3: String
        let fires: Bool
        var description: String { "\(combination) \(iso3)" }
    }

    @Test(
        "any fires on one condition, all needs every one",
        arguments: [
            RuleCase(combination: .any, iso3: "AAA", fires: true),
            RuleCase(combination: .all, iso3: "AAA", fires: true),
            RuleCase(combination: .any, iso3: "BBB", fires: false),
            RuleCase(combination: .all, iso3: "BBB", fires: false),
            RuleCase(combination: .any, iso3: "CCC", fires: true),
            RuleCase(combination: .all, iso3: "CCC", fires: false),
            // DDD has no share value: the metric condition does not fire, the provider one does.
            RuleCase(combination: .any, iso3: "DDD", fires: true),
            RuleCase(combination: .all, iso3: "DDD", fires: false),
        ])
    func combination(_ example: RuleCase) {
        let rule = UnderservedRule(conditions: Self.conditions, combination: example.combination)
        let flag = flagger.underservedFlag(for: TinyWorld.code(example.iso3), in: TinyWorld.h1, rule: rule)
        #expect((flag != nil) == example.fires)
    }

    @Test("the reason states which conditions fired, with values")
    func reasons() throws {
        let all = UnderservedRule(conditions: Self.conditions, combination: .all)
        let aaa = try #require(flagger.underservedFlag(for: TinyWorld.code("AAA"), in: TinyWorld.h1, rule: all))
        #expect(aaa.flag == .underserved)
        #expect(
            aaa.reason
                == "meets 2 of 2 conditions (all required): Share in 2025-H1 is 4 %, below 5 %; "
                + "2 providers leave it out of their supported-country lists (Anthropic and OpenAI), at least 2 required"
        )
        #expect(
            aaa.evidence.map(\.source) == ["tiny.csv:2", "https://example.org/anthropic https://example.org/openai"])

        let any = UnderservedRule(conditions: Self.conditions, combination: .any)
        let ccc = try #require(flagger.underservedFlag(for: TinyWorld.code("CCC"), in: TinyWorld.h1, rule: any))
        #expect(
            ccc.reason
                == "meets 1 of 2 conditions (any one suffices): Share in 2025-H1 is 2.5 % (midpoint of the band 0–5), below 5 %"
        )
    }

    @Test("a sanctioned condition and a pipeline's own flag id")
    func sanctionedCondition() throws {
        let flagger = Flagger(tables: ShippedData.tables)
        let rule = UnderservedRule(flag: FlagID("cut_off"), conditions: [.sanctioned], combination: .any)
        let cuba = try #require(flagger.underservedFlag(for: TinyWorld.code("CUB"), in: TinyWorld.h2, rule: rule))
        #expect(cuba.flag == FlagID("cut_off"))
        #expect(cuba.reason.hasPrefix("meets the condition: under sanctions: US Treasury OFAC"))
        #expect(flagger.underservedFlag(for: TinyWorld.code("SYR"), in: TinyWorld.h2, rule: rule) != nil)
        #expect(flagger.underservedFlag(for: TinyWorld.code("FRA"), in: TinyWorld.h2, rule: rule) == nil)
    }

    @Test("of two observations with one key, the first is the one a rule tests", arguments: [(4.0, 20.0), (20.0, 4.0)])
    func firstOfRepeatedKey(first: Double, second: Double) {
        let flagger = Flagger(
            tables: TinyWorld.tables(gaps: []), metrics: [TinyWorld.share],
            observations: [TinyWorld.observation("AAA", first), TinyWorld.observation("AAA", second)])
        let rule = UnderservedRule(conditions: [.metric("share", .below, 5)], combination: .any)
        let flag = flagger.underservedFlag(for: TinyWorld.code("AAA"), in: TinyWorld.h1, rule: rule)
        #expect((flag != nil) == (first < 5))
    }
}
