import Foundation
import GeoModel

/// How values, bands and class ranges are written in legends and tooltips.
///
/// Ranges use an en dash ("11–15 %"); the unit follows after a normal space. Negative numbers
/// use the minus sign (−2.5), and a range with a negative end is spaced ("−5 – −2.5").
package enum LegendText {
    /// A caller's label with typewriter forms replaced: `6-10` → `6–10`, `<=5` → `≤5`, `>=` → `≥`.
    package static func normalisedLabel(_ label: String) -> String {
        var result = label.replacingOccurrences(of: "<=", with: "≤").replacingOccurrences(of: ">=", with: "≥")
        let characters = Array(result)
        var output = ""
        for (index, character) in characters.enumerated() {
            let isBetweenDigits =
                character == "-" && index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            output.append(isBetweenDigits ? "–" : character)
        }
        result = output
        return result
    }

    /// A number for readers: minus sign for negatives, at most `decimals` places (trailing zeros kept).
    static func number(_ value: Double, decimals: Int) -> String {
        let text = NumberText.fixed(value, decimals: decimals)
        if text.hasPrefix("-") {
            let magnitude = String(text.dropFirst())
            return magnitude.allSatisfy { $0 == "0" || $0 == "." } ? magnitude : "−" + magnitude
        }
        return text
    }

    /// A point value for a tooltip or the description: up to two decimals (four below 1), trimmed.
    package static func value(_ value: Double, suffix: String) -> String {
        let decimals = abs(value) < 1 && value != 0 ? 4 : 2
        var text = NumberText.trimmed(value, maxDecimals: decimals)
        if text.hasPrefix("-") { text = "−" + text.dropFirst() }
        return text + suffix
    }

    /// A band for a tooltip: the source's label if given ("11–15 %", "\u{3E}25 %"), else "low–high".
    static func band(low: Double, high: Double, label: String?, suffix: String) -> String {
        if let label, !label.isEmpty {
            let normalised = normalisedLabel(label)
            return normalised.hasSuffix(suffix.trimmingSpaces) && !suffix.trimmingSpaces.isEmpty
                ? normalised : normalised + suffix
        }
        return range(value(low, suffix: ""), value(high, suffix: "")) + suffix
    }

    /// One label per class of `breaks`, with the unit suffix.
    ///
    /// Numbers get the fewest decimals (0–2) that write every bound exactly; failing that, the
    /// fewest (1–3) that keep neighbouring bounds apart.
    package static func classLabels(for breaks: ClassBreaks, suffix: String) -> [String] {
        let count = breaks.classCount
        guard count > 0 else { return [] }
        if let labels = breaks.labels {
            return labels.map {
                $0.hasSuffix(suffix.trimmingSpaces) && !suffix.trimmingSpaces.isEmpty ? $0 : $0 + suffix
            }
        }
        if breaks.pivot != nil {
            // Diverging classes have round bounds: "0–2.5", "−5 to −2.5", written as they are.
            let text = breaks.bounds.map { value($0, suffix: "") }
            return (0..<count).map { index in
                let (low, high) = (text[index], text[index + 1])
                return (low.hasPrefix("−") || high.hasPrefix("−") ? "\(low) to \(high)" : "\(low)–\(high)") + suffix
            }
        }
        if breaks.includesLowerBound && count > 1 {
            // Rounded breaks: "<15 %", "15–22.5 %", "≥47.5 %"; the outer bounds are not shown,
            // and each round number is written as it is, without padding zeros.
            let text = breaks.bounds.dropFirst().dropLast().map { value($0, suffix: "") }
            return (0..<count).map { index in
                if index == 0 { return "<" + text[0] + suffix }
                if index == count - 1 { return "≥" + text[index - 1] + suffix }
                return range(text[index - 1], text[index]) + suffix
            }
        }
        let decimals = decimals(for: breaks.bounds)
        let text = breaks.bounds.map { number($0, decimals: decimals) }
        return (0..<count).map { index in
            if breaks.isOpenEnded && count > 1 && index == 0 { return "≤" + text[1] + suffix }
            if breaks.isOpenEnded && count > 1 && index == count - 1 { return ">" + text[index] + suffix }
            if text[index] == text[index + 1] { return text[index] + suffix }
            return range(text[index], text[index + 1]) + suffix
        }
    }

    /// The decimals used for class bounds; see ``classLabels(for:suffix:)``.
    static func decimals(for bounds: [Double]) -> Int {
        if let exact = NumberText.exactDecimals(for: bounds, limit: 2) { return exact }
        for decimals in 1...3 {
            let texts = bounds.map { NumberText.fixed($0, decimals: decimals) }
            if zip(texts, texts.dropFirst()).allSatisfy({ $0 != $1 }) { return decimals }
        }
        return 3
    }

    /// `a–b`, spaced when either end is negative.
    static func range(_ low: String, _ high: String) -> String {
        low.hasPrefix("−") || high.hasPrefix("−") ? "\(low) – \(high)" : "\(low)–\(high)"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\u{2009}" })
    }
}
