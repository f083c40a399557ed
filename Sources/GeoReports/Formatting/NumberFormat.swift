/// Locale-free, fixed number formatting for deterministic outputs.
///
/// ```swift
/// NumberFormat.fixed(15.125, decimals: 2)   // "15.13"
/// NumberFormat.fixed(-0.001, decimals: 1)   // "0.0"
/// NumberFormat.grouped(5_230_000_000)       // "5,230,000,000"
/// ```
public enum NumberFormat {
    /// `value` rounded half away from zero to `decimals` places, never "-0".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let digits = String(UInt64(scaled))
        let negative = value < 0 && scaled != 0
        var text: String
        if decimals <= 0 {
            text = digits
        } else {
            let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
            let split = padded.index(padded.endIndex, offsetBy: -decimals)
            text = padded[..<split] + "." + padded[split...]
        }
        return negative ? "-" + text : text
    }

    /// A whole number with thousands separators.
    public static func grouped(_ value: Double) -> String {
        let digits = fixed(abs(value), decimals: 0)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 && digits != "0" ? "-" + result : result
    }

    /// The shortest of `fixed(value, decimals)` without trailing zeros ("12.5", "12").
    public static func trimmed(_ value: Double, maximumDecimals: Int) -> String {
        var text = fixed(value, decimals: maximumDecimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
