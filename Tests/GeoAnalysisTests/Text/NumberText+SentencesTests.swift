import GeoModel
import Testing

@testable import GeoAnalysis

@Suite("Sentence number text")
struct SentenceNumberTextTests {
    @Test(
        "ratios keep two significant digits below 1",
        arguments: [
            (27.4, "27"), (2.84, "2.8"), (1.0, "1.0"), (0.644, "0.64"), (0.0953, "0.095"), (0.00123, "0.0012"),
            (0, "0"), (9.96, "10.0"),
        ])
    func ratios(value: Double, text: String) {
        #expect(NumberText.ratio(value) == text)
    }

    @Test("lists read as English")
    func lists() {
        #expect(NumberText.list(["A"]) == "A")
        #expect(NumberText.list(["A", "B"]) == "A and B")
        #expect(NumberText.list(["A", "B", "C"]) == "A, B and C")
    }
}
