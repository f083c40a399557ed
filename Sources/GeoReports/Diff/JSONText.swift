import GeoModel

/// Minimal, deterministic JSON writing for the diff output (fixed key order, no locale).
enum JSONText {
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return CSVText.number(value)
    }

    static func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

    /// A point value as a number; a band as `{"low", "high", "midpoint"}`; nothing as `null`.
    static func value(_ observation: Observation?) -> String {
        guard let observation else { return "null" }
        if let value = observation.value { return number(value) }
        guard let low = observation.low, let high = observation.high else { return "null" }
        return "{\"low\": \(number(low)), \"high\": \(number(high)), \"midpoint\": \(number((low + high) / 2))}"
    }

    static func estimate(_ estimate: Estimate?) -> String {
        guard let estimate else { return "null" }
        if estimate.isExact { return number(estimate.point) }
        return
            "{\"low\": \(number(estimate.low)), \"high\": \(number(estimate.high)), \"midpoint\": \(number(estimate.point))}"
    }
}
