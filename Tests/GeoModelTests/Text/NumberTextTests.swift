import Foundation
import GeoModel
import GeoTestSupport
import Testing

/// The one number formatter. Every expected text below was worked out by hand from the decimal
/// the value was written as, rounding half away from zero.
@Suite("Number text")
struct NumberTextTests {
    @Test(
        "fixed decimals round the written decimal half away from zero",
        arguments: [
            // Values stored a hair below their decimal in binary still round up as written.
            (1.005, 2, "1.01"), (2.675, 2, "2.68"), (0.15, 1, "0.2"), (1.45, 1, "1.5"), (15.125, 2, "15.13"),
            (15.1249, 2, "15.12"), (2.5, 0, "3"), (-2.5, 0, "-3"), (0.5, 0, "1"), (-1.25, 1, "-1.3"),
            (1234.5678, 2, "1234.57"), (1234.5678, 3, "1234.568"), (0.04, 2, "0.04"), (7, 0, "7"), (12, 0, "12"),
            (59.4, 1, "59.4"), (15.0, 2, "15.00"), (9.96, 1, "10.0"), (99.95, 1, "100.0"), (999.5, 0, "1000"),
            // Small values: zeros, never "-0".
            (0.001, 2, "0.00"), (-0.004, 2, "0.00"), (-0.001, 1, "0.0"), (1e-7, 3, "0.000"), (0.0005, 3, "0.001"),
            (0.00049, 3, "0.000"), (0, 2, "0.00"), (-0.0, 0, "0"), (0.7, 0, "1"), (0.3, 0, "0"),
            // Large values keep every digit (no exponent).
            (1e20, 0, "100000000000000000000"), (12_345_678_901_234.5, 1, "12345678901234.5"),
        ])
    func fixed(value: Double, decimals: Int, text: String) {
        #expect(NumberText.fixed(value, decimals: decimals) == text)
    }

    @Test(
        "non-finite values have one spelling",
        arguments: [(Double.nan, "n/a"), (Double.infinity, "∞"), (-Double.infinity, "-∞")])
    func nonFinite(value: Double, text: String) {
        #expect(NumberText.fixed(value, decimals: 2) == text)
        #expect(NumberText.trimmed(value, maxDecimals: 2) == text)
        #expect(NumberText.grouped(value) == text)
    }

    @Test(
        "trimmed drops trailing zeros and negative zero",
        arguments: [
            (62.5, 4, "62.5"), (13.0, 4, "13"), (-0.00001, 2, "0"), (15.10, 2, "15.1"), (50, 2, "50"),
            (0.125, 2, "0.13"), (12.50, 3, "12.5"), (1.005, 2, "1.01"),
        ])
    func trimmed(value: Double, decimals: Int, text: String) {
        #expect(NumberText.trimmed(value, maxDecimals: decimals) == text)
    }

    @Test(
        "grouped writes thousands separators",
        arguments: [(5_230_000_000, "5,230,000,000"), (999, "999"), (1000, "1,000"), (-1234, "-1,234"), (0.4, "0")])
    func grouped(value: Double, text: String) {
        #expect(NumberText.grouped(value) == text)
    }

    @Test(
        "exact decimals are the fewest that write every value",
        arguments: [([1.0, 2.0], 0), ([2.5, 10], 1), ([0.25, 4.6], 2), ([1.005], nil), ([0.1, 0.2, 0.3], 1)]
            as [([Double], Int?)])
    func exactDecimals(values: [Double], decimals: Int?) {
        #expect(NumberText.exactDecimals(for: values, limit: 2) == decimals)
    }

    /// The decimal a value reads as, rounded half away from zero by Foundation's `Decimal` (an
    /// independent decimal arithmetic) and padded to `places` decimals.
    private static func referenceFixed(_ value: Double, places: Int) -> String? {
        guard var decimal = Decimal(string: value.description, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, places, .plain)
        var text = NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
        if places > 0 {
            let fraction = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 }
            if fraction == nil { text += "." }
            text += String(repeating: "0", count: places - (fraction ?? 0))
        }
        return text
    }

    @Test("fixed and trimmed agree with decimal arithmetic on generated values")
    func generated() {
        var random = SplitMix64(state: 0x4E54)
        var checked = 0
        for _ in 0..<20_000 {
            let places = Int.random(in: 0...6, using: &random)
            let value: Double
            switch Int.random(in: 0..<4, using: &random) {
            case 0:  // a decimal as written in a CSV, often exactly halfway at some place
                let scale = [1.0, 10, 100, 1_000, 10_000, 100_000, 1e6, 1e7][Int.random(in: 0..<8, using: &random)]
                value = Double(Int.random(in: -2_000_000_000...2_000_000_000, using: &random)) / scale
            case 1:  // any double between 10⁻⁸ and 10¹⁴
                value =
                    Double.random(in: 1...10, using: &random) * pow(10, Double(Int.random(in: -8...13, using: &random)))
            case 2:  // halves at the rounding place
                value = (Double(Int.random(in: -99_999...99_999, using: &random)) + 0.5) / pow(10, Double(places))
            default:  // a few ulps from a halfway point
                let half = (Double(Int.random(in: 0...9_999, using: &random)) + 0.5) / pow(10, Double(places))
                value = Double(bitPattern: half.bitPattern &+ UInt64(Int.random(in: 0...4, using: &random)) &- 2)
            }
            guard let expected = Self.referenceFixed(value, places: places) else {
                Issue.record("Decimal cannot read \(value)")
                continue
            }
            #expect(NumberText.fixed(value, decimals: places) == expected, "\(value) at \(places)")
            var trimmed = expected
            if trimmed.contains(".") {
                while trimmed.hasSuffix("0") { trimmed.removeLast() }
                if trimmed.hasSuffix(".") { trimmed.removeLast() }
            }
            #expect(NumberText.trimmed(value, maxDecimals: places) == trimmed, "\(value) at \(places)")
            checked += 1
        }
        #expect(checked == 20_000)
    }
}
