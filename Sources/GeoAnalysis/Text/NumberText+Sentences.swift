import GeoModel

/// Sentence forms of numbers for reasons and verdicts, on top of the one formatter.
extension NumberText {
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
