import GeoModel

/// Reads the month in the date column of a monthly provider-share export.
///
/// Accepted spellings, read whole: `2025-07`, `2025-07-01` (any valid day of the month),
/// `2025/07`, `2025/07/01`, `Jul 2025`, `July 2025` (English month names or their
/// three-letter abbreviations, any case, also `Sept`).
///
/// ```swift
/// MonthlyDateParser.parse("Jul 2025")        // 2025-07
/// MonthlyDateParser.parse("2025-07-01")      // 2025-07
/// MonthlyDateParser.explainFailure("2025-13") // "13 is not a month (01–12)"
/// ```
enum MonthlyDateParser {
    /// The spellings accepted, for hints.
    static let examples = "2025-07, 2025-07-01, 2025/07, Jul 2025 or July 2025"

    /// The month of a date cell, or `nil` when the cell is not one of the accepted spellings.
    static func parse(_ text: String) -> Period? {
        switch read(text) {
        case .month(let period): period
        case .invalid: nil
        }
    }

    /// Why a cell is not a month, as a message fragment ("'2025-13' is not a month: 13 is not a month (01–12)").
    static func explainFailure(_ text: String) -> String {
        switch read(text) {
        case .month: "'\(text)' is a month"
        case .invalid(nil): "'\(text)' is not a month"
        case .invalid(let reason?): "'\(text)' is not a month: \(reason)"
        }
    }

    private enum Outcome {
        case month(Period)
        case invalid(String?)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    private static func read(_ raw: String) -> Outcome {
        let text = raw.trimmingWhitespace()
        if let first = text.first, first.isASCIIDigit { return readNumeric(text) }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let month = monthNumber(String(words[0])) else { return .invalid(nil) }
        guard let year = fourDigitYear(words[1]) else { return .invalid(nil) }
        return make(year: year, month: month)
    }

    /// `2025-07`, `2025-7`, `2025/07`, `2025-07-01`, `2025/07/01`.
    private static func readNumeric(_ text: String) -> Outcome {
        let separator: Character = text.contains("/") ? "/" : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let year = fourDigitYear(parts[0]),
            parts.dropFirst().allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
            let month = Int(parts[1])
        else { return .invalid(nil) }
        guard (1...12).contains(month) else { return .invalid("\(month) is not a month (01–12)") }
        if parts.count == 3, let day = Int(parts[2]), Day(year: year, month: month, day: day) == nil {
            return .invalid("day \(day) is not in \(monthNames[month - 1]) \(year)")
        }
        return make(year: year, month: month)
    }

    private static func make(year: Int, month: Int) -> Outcome {
        guard let period = Period(year: year, length: .month, index: month) else { return .invalid(nil) }
        return .month(period)
    }

    private static func fourDigitYear(_ text: Substring) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// 1–12 for a full English month name, its three-letter abbreviation, or `Sept`.
    private static func monthNumber(_ word: String) -> Int? {
        let lowered = word.lowercased()
        if lowered == "sept" { return 9 }
        guard lowered.count >= 3 else { return nil }
        return monthNames.firstIndex { name in
            let full = name.lowercased()
            return full == lowered || (lowered.count == 3 && full.hasPrefix(lowered))
        }.map { $0 + 1 }
    }
}
