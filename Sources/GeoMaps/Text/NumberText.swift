/// Locale-free number formatting, so that output is byte-identical on every machine.
///
/// ```swift
/// NumberText.fixed(2.5, decimals: 2)        // "2.50"
/// NumberText.trimmed(62.5, maxDecimals: 4)  // "62.5"
/// NumberText.trimmed(-0.0001, maxDecimals: 2) // "0"
/// ```
package enum NumberText {
    /// The value rounded half away from zero to `decimals` places, always with that many decimals.
    ///
    /// Non-finite values are written `nan`, `inf` or `-inf`.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let places = min(max(decimals, 0), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = value * scale
        // Nudge by a relative epsilon so that 0.15 rounds to 0.2 although 0.15 * 10 = 1.4999….
        let nudged = scaled + (scaled < 0 ? -1 : 1) * abs(scaled) * 1e-12
        let rounded = nudged.rounded(.toNearestOrAwayFromZero)
        guard abs(rounded) < 9e15 else { return String(value) }
        let integer = Int64(rounded)
        let isNegative = integer < 0
        let digits = String(integer.magnitude)
        var text: String
        if places == 0 {
            text = digits
        } else {
            let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
            let split = padded.index(padded.endIndex, offsetBy: -places)
            text = padded[..<split] + "." + padded[split...]
        }
        return isNegative ? "-" + text : text
    }

    /// The value rounded to at most `maxDecimals` places, without trailing zeros or `-0`.
    package static func trimmed(_ value: Double, maxDecimals: Int) -> String {
        var text = fixed(value, decimals: maxDecimals)
        guard value.isFinite else { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// The fewest decimals (0…`limit`) that write every value exactly, or `nil` if none does.
    package static func exactDecimals(for values: [Double], limit: Int = 2) -> Int? {
        for decimals in 0...limit {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let isExact = values.allSatisfy { value in
                let scaled = value * scale
                return abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled))
            }
            if isExact { return decimals }
        }
        return nil
    }
}
