import GeoMaps
import Testing

@Suite("Class breaks")
struct ClassBreaksTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let classification: Classification
        let values: [Double]
        let bounds: [Double]
        let labels: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "quantiles of 1…8", classification: .quantiles(4), values: [1, 2, 3, 4, 5, 6, 7, 8],
            bounds: [1, 2, 4, 6, 8], labels: ["1–2 %", "2–4 %", "4–6 %", "6–8 %"]),
        Case(
            name: "quantiles never split ties or repeat a break", classification: .quantiles(5),
            values: [1, 1, 1, 1, 2, 3],
            bounds: [1, 1, 2, 3], labels: ["1 %", "1–2 %", "2–3 %"]),
        Case(
            name: "no 0.38–0.38 class", classification: .quantiles(3), values: [0.38, 0.38, 0.38, 0.5, 0.9],
            bounds: [0.38, 0.38, 0.5, 0.9], labels: ["0.38 %", "0.38–0.50 %", "0.50–0.90 %"]),
        Case(
            name: "Jenks with fewer distinct values than classes", classification: .fisherJenks(5),
            values: [3, 3, 7, 7, 9],
            bounds: [3, 3, 7, 9], labels: ["3 %", "3–7 %", "7–9 %"]),
        Case(
            name: "Jenks finds the three clusters", classification: .fisherJenks(3),
            values: [1, 2, 3, 10, 11, 12, 20, 21, 22],
            bounds: [1, 3, 12, 22], labels: ["1–3 %", "3–12 %", "12–22 %"]),
        Case(
            name: "equal intervals", classification: .equalIntervals(4), values: [0, 10, 3],
            bounds: [0, 2.5, 5, 7.5, 10], labels: ["0.0–2.5 %", "2.5–5.0 %", "5.0–7.5 %", "7.5–10.0 %"]),
        Case(
            name: "equal intervals keep empty classes", classification: .equalIntervals(5), values: [0, 0, 10],
            bounds: [0, 2, 4, 6, 8, 10], labels: ["0–2 %", "2–4 %", "4–6 %", "6–8 %", "8–10 %"]),
        Case(
            name: "equal intervals of one value", classification: .equalIntervals(5), values: [5, 5, 5],
            bounds: [5, 5], labels: ["5 %"]),
        Case(
            name: "manual thresholds are open-ended", classification: .manual([5, 10]), values: [1, 7, 30],
            bounds: [1, 5, 10, 30], labels: ["≤5 %", "5–10 %", ">10 %"]),
        Case(
            name: "diverging around zero with a nice step", classification: .diverging(pivot: 0, classesEachSide: 3),
            values: [-7.3, 2, 4.1], bounds: [-7.5, -5, -2.5, 0, 2.5, 5],
            labels: ["−7.5 to −5 %", "−5 to −2.5 %", "−2.5 to 0 %", "0–2.5 %", "2.5–5 %"]),
        // Step 2.5 (6.8 / 3 = 2.27, rounded up); nothing fell, so no class below 0.
        Case(
            name: "diverging with values on one side only", classification: .diverging(pivot: 0, classesEachSide: 3),
            values: [0.5, 3, 6.8], bounds: [0, 2.5, 5, 7.5], labels: ["0–2.5 %", "2.5–5 %", "5–7.5 %"]),
        Case(name: "no values, no classes", classification: .fisherJenks(5), values: [], bounds: [], labels: []),
        Case(
            name: "NaN and infinity are ignored", classification: .quantiles(2), values: [.nan, 1, .infinity, 3],
            bounds: [1, 1, 3], labels: ["1 %", "1–3 %"]),
    ]

    @Test("computes bounds and legend labels", arguments: cases)
    func computes(_ testCase: Case) {
        let breaks = ClassBreaks.compute(testCase.classification, values: testCase.values)
        #expect(breaks.bounds == testCase.bounds)
        #expect(LegendText.classLabels(for: breaks, suffix: " %") == testCase.labels)
        #expect(
            zip(breaks.bounds.dropFirst(), breaks.bounds.dropFirst(2)).allSatisfy { $0 < $1 }, "no duplicate breaks")
    }

    @Test(
        "classes include their upper bound",
        arguments: [(0.0, 0), (5, 0), (10, 0), (10.01, 1), (20, 1), (29.9, 2), (30, 2), (35, 2), (-1, 0)]
            as [(Double, Int)])
    func classIndex(_ value: Double, _ expected: Int) {
        let breaks = ClassBreaks.compute(.equalIntervals(3), values: [0, 30])
        #expect(breaks.classIndex(of: value) == expected)
    }

    @Test("outside values are flagged; NaN and empty breaks have no class")
    func edges() {
        let breaks = ClassBreaks.compute(.equalIntervals(3), values: [0, 30])
        #expect(!breaks.contains(35) && breaks.contains(30))
        #expect(breaks.classIndex(of: .nan) == nil)
        #expect(ClassBreaks.compute(.quantiles(3), values: []).classIndex(of: 1) == nil)
        #expect(ClassBreaks.compute(.manual([5]), values: [100]).contains(1_000))
    }

    @Test("published band labels replace generated ones, with en dashes and ≤")
    func labelled() {
        let breaks = ClassBreaks.compute(.manual([5, 10, 15, 20, 25]), values: [2.5, 8, 13, 18, 23, 62.5])
            .labelled(["<=5", "6-10", "11-15", "16-20", "21-25", ">25"])
        #expect(
            LegendText.classLabels(for: breaks, suffix: " %") == [
                "≤5 %", "6–10 %", "11–15 %", "16–20 %", "21–25 %", ">25 %",
            ])
        #expect(breaks.classIndex(of: 13) == 2 && breaks.classIndex(of: 62.5) == 5)
        #expect(breaks.labelled(["too few"]).labels == breaks.labels, "a wrong label count is ignored")
    }

    @Test("breaks computed once serve every map: identical for identical pooled values")
    func sharedBreaks() throws {
        let breaks = try MapFixtures.sharedAIBreaks()
        #expect(breaks.classCount == 5)
        var pooled: [Double] = []
        for period in MapFixtures.periods.reversed() {
            pooled += try TestData.aiUserShare(period).values.values.compactMap(\.representativeValue)
        }
        #expect(ClassBreaks.compute(.fisherJenks(5), values: pooled.shuffled()) == breaks)
    }
}
