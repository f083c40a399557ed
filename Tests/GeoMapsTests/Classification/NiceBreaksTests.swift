import Testing

@testable import GeoMaps

/// Rounded breaks, checked against cases worked out by hand (the reasoning is in each case).
@Suite("Rounded (nice) class breaks")
struct NiceBreaksTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bounds: [Double]
        let values: [Double]
        let expected: [Double]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // 1…100, breaks 21 | 39 | 61; 5 moves allowed. Step 50 and 25 collide (39 and 61 both
        // round to 50); step 20 gives 20 (moves 20, 21), 40 (moves none: >39 is ≥40) and 60
        // (moves 60, 61): 4 moves.
        Case(
            name: "integers 1…100 round to 20, 40, 60", bounds: [1, 21, 39, 61, 100],
            values: (1...100).map(Double.init), expected: [1, 20, 40, 60, 100]),
        // 1.5 … 29.5 and two outliers 90, 95; 2 moves allowed. Steps 50, 25 and 20 move nine or
        // more values past 10.5; step 10 moves 10.5 only (10.5 → class above 10) and 29.5 → 30
        // moves none. The top class (≥30) would then hold 90 and 95 alone, so its break goes
        // down one step to 20, leaving 10–20 with values.
        Case(
            name: "two outliers do not get a class of their own", bounds: [1.5, 10.5, 29.5, 95],
            values: stride(from: 1.5, through: 29.5, by: 1).map { $0 } + [90, 95], expected: [1.5, 10, 20, 95]),
        // Shares 0.012 … 0.087, breaks 0.031 | 0.058, 2 moves allowed. Step 0.05 and 0.025 put
        // both breaks on 0.05; step 0.02 takes 0.04 (nothing lies in (0.031, 0.04)) and 0.06
        // (nothing in (0.058, 0.06)): no value moves.
        Case(
            name: "small fractions keep their decimals", bounds: [0.012, 0.031, 0.058, 0.087],
            values: [0.012, 0.02, 0.025, 0.03, 0.04, 0.05, 0.055, 0.065, 0.07, 0.08, 0.087],
            expected: [0.012, 0.04, 0.06, 0.087]),
        // One class: nothing to round.
        Case(name: "a single class is unchanged", bounds: [2, 9], values: [2, 5, 9], expected: [2, 9]),
    ]

    @Test("rounds inner breaks to a nice step, moving few values", arguments: cases)
    func rounds(_ example: Case) {
        #expect(NiceBreaks.round(bounds: example.bounds, sortedValues: example.values) == example.expected)
    }

    @Test("counts the values that change class when a break moves")
    func countsMoves() {
        let values: [Double] = [1, 2, 3, 4, 5]
        #expect(NiceBreaks.moves(from: 2, to: 2, values: values) == 1, "2 leaves the lower class for the upper")
        #expect(NiceBreaks.moves(from: 2, to: 4, values: values) == 1, "3 goes down; 2 already below, 4 stays above")
        #expect(NiceBreaks.moves(from: 3.5, to: 3, values: values) == 1, "3 goes up")
        #expect(NiceBreaks.moves(from: 2.5, to: 3, values: values) == 0)
    }

    @Test("rounded breaks put a value on a break in the class above, and label it so")
    func lowerInclusiveClasses() throws {
        let breaks = ClassBreaks.compute(.rounded(.quantiles(4)), values: (1...100).map(Double.init))
        // Quantile upper bounds 25 | 50 | 75 are already round: lower-inclusive they move 25,
        // 50 and 75 up one class (3 moves ≤ 5).
        #expect(breaks.bounds == [1, 25, 50, 75, 100])
        #expect(breaks.includesLowerBound)
        #expect([24.9, 25, 74.9, 75, 100].map { breaks.classIndex(of: $0) } == [0, 1, 2, 3, 3])
        #expect(LegendText.classLabels(for: breaks, suffix: " %") == ["<25 %", "25–50 %", "50–75 %", "≥75 %"])
    }

    @Test("the spec reads :nice after a computed method only")
    func spec() throws {
        #expect(try Classification(spec: "jenks:5:nice") == .rounded(.fisherJenks(5)))
        #expect(try Classification(spec: "quantiles:4:nice").description == "quantiles:4:nice")
        #expect(throws: (any Error).self) { try Classification(spec: "manual:5,10:nice") }
        #expect(throws: (any Error).self) { try Classification(spec: "jenks:5:rounder") }
    }
}
