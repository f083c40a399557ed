import Testing

@testable import GeoAnalysis

@Suite("Locale-free number text")
struct NumberTextTests {
    @Test(
        "ratios keep two significant digits below 1",
        arguments: [
            (27.4, "27"), (2.84, "2.8"), (1.0, "1.0"), (0.644, "0.64"), (0.0953, "0.095"), (0.00123, "0.0012"),
            (0, "0"), (9.96, "10.0"),
        ])
    func ratios(value: Double, text: String) {
        #expect(NumberText.ratio(value) == text)
    }

    @Test(
        "fixed and trimmed decimals round half away from zero",
        arguments: [(2.25, 1, "2.3"), (-2.25, 1, "-2.3"), (-0.04, 1, "0.0"), (15.0, 2, "15.00"), (1234.5, 0, "1235")])
    func fixed(value: Double, decimals: Int, text: String) {
        #expect(NumberText.fixed(value, decimals: decimals) == text)
    }

    @Test("trimmed drops trailing zeros")
    func trimmed() {
        #expect(NumberText.trimmed(15.10) == "15.1")
        #expect(NumberText.trimmed(50) == "50")
        #expect(NumberText.trimmed(0.125, maxDecimals: 2) == "0.13")
    }

    @Test("lists read as English")
    func lists() {
        #expect(NumberText.list(["A"]) == "A")
        #expect(NumberText.list(["A", "B"]) == "A and B")
        #expect(NumberText.list(["A", "B", "C"]) == "A, B and C")
    }
}
