import GeoModel

/// Locale-free number formatting for reasons and sentences (no Foundation, no locale).
enum NumberText {
    /// `x` rounded half away from zero to `decimals` places: `fixed(2.345, decimals: 1)` is "2.3".
    static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "-∞") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(x) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        var text = String(units / divisor)
        if decimals > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return x < 0 && units != 0 ? "-" + text : text
    }

    /// `x` with at most `maxDecimals` places and no trailing zeros: 15.10 → "15.1", 50.0 → "50".
    static func trimmed(_ x: Double, maxDecimals: Int = 2) -> String {
        var text = fixed(x, decimals: maxDecimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A ratio for a sentence: whole numbers from 10 (27), one decimal from 1 (2.8), two
    /// significant digits below 1 (0.45, 0.0012), and "0" for zero.
    static func ratio(_ x: Double) -> String {
        let magnitude = abs(x)
        if magnitude == 0 { return "0" }
        if magnitude >= 10 { return fixed(x, decimals: 0) }
        if magnitude >= 1 { return fixed(x, decimals: 1) }
        var decimals = 2
        var scaled = magnitude * 100
        while scaled < 10 && decimals < 9 {
            decimals += 1
            scaled *= 10
        }
        return fixed(x, decimals: decimals)
    }

    /// A ratio bound for a sentence: the number, or "unbounded".
    static func ratio(_ bound: RatioBound) -> String {
        switch bound {
        case .finite(let value): ratio(value)
        case .unbounded: "unbounded"
        }
    }

    /// A share 0–1 as a percentage that never rounds across `threshold`: 0.497 against 0.5 is
    /// "49.7", not "50".
    static func percent(_ share: Double, against threshold: Double) -> String {
        let value = share * 100
        let limit = threshold * 100
        for decimals in 0...3 {
            let text = fixed(value, decimals: decimals)
            guard let shown = Double(text) else { break }
            if (shown < limit) == (value < limit) { return text }
        }
        return trimmed(value, maxDecimals: 3)
    }

    /// Names joined for a sentence: "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }
}
