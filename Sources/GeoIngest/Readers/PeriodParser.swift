public import GeoModel

/// Recognises the many ways inputs spell a period.
///
/// A cell is read whole: `2025-H1`, `H1 2025`, `2025 H1`, `2025H1`, `2025-S1`, `Q1 2026`,
/// `2026-Q1`, `2026Q1`, `2025-07`, `2025/07`, `2025`. A column header is searched for a
/// period token: `H2 2025 AI Diffusion` → 2025-H2.
///
/// ```swift
/// PeriodParser.parse("H1 2025")                       // 2025-H1
/// PeriodParser.find(inHeader: "H2 2025 AI Diffusion") // 2025-H2
/// PeriodParser.parse("2025-H3")                       // nil
/// ```
public enum PeriodParser {
    /// Parses a whole cell; `nil` when it is not a period.
    public static func parse(_ text: String) -> Period? {
        let tokens = tokenize(text)
        guard !tokens.isEmpty, let (period, used) = match(tokens, at: 0), used == tokens.count else { return nil }
        return period
    }

    /// Finds exactly one period in a header; `nil` when there is none or more than one.
    public static func find(inHeader header: String) -> Period? {
        let tokens = tokenize(header)
        var found: [Period] = []
        var index = 0
        while index < tokens.count {
            if let (period, used) = match(tokens, at: index) {
                found.append(period)
                index += used
            } else {
                index += 1
            }
        }
        return Set(found).count == 1 ? found.first : nil
    }

    /// Explains why a cell that looks like a period is not one ("H3 is not a half-year").
    public static func explainFailure(_ text: String) -> String {
        let tokens = tokenize(text)
        for token in tokens {
            if case .part(let kind, let number) = token {
                if kind == "H", !(1...2).contains(number) { return "H\(number) is not a half-year (H1 or H2)" }
                if kind == "Q", !(1...4).contains(number) { return "Q\(number) is not a quarter (Q1–Q4)" }
            }
        }
        if tokens.count == 2, case .year = tokens[0], case .number(let month) = tokens[1], !(1...12).contains(month) {
            return "\(month) is not a month (01–12)"
        }
        return "'\(text)' is not a period"
    }

    /// The spellings accepted, for hints.
    public static let examples = "2025-H1, H1 2025, 2025 H1, 2025-S1, 2026-Q1, Q1 2026, 2026Q1, 2025-07, 2025"

    private enum Token: Hashable {
        case year(Int)
        case part(Character, Int)  // H1, Q3, S2
        case number(Int)  // 1–2 digit number (a month)
        case word
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard !current.isEmpty else { return }
            let upper = current.uppercased()
            if upper.count == 4, upper.allSatisfy(\.isASCIIDigit), let year = Int(upper) {
                tokens.append(.year(year))
            } else if upper.count <= 2, upper.allSatisfy(\.isASCIIDigit), let number = Int(upper) {
                tokens.append(.number(number))
            } else if let first = upper.first, "HQS".contains(first), upper.count >= 2,
                upper.dropFirst().allSatisfy(\.isASCIIDigit), let number = Int(upper.dropFirst())
            {
                tokens.append(.part(first == "S" ? "H" : first, number))
            } else if upper.count == 6, upper.prefix(4).allSatisfy(\.isASCIIDigit), let year = Int(upper.prefix(4)),
                let kind = upper.dropFirst(4).first, "HQS".contains(kind), let number = Int(String(upper.suffix(1)))
            {
                tokens.append(.year(year))
                tokens.append(.part(kind == "S" ? "H" : kind, number))
            } else {
                tokens.append(.word)
            }
        }
        for character in text {
            if character.isLetter || character.isNumber { current.append(character) } else { flush() }
        }
        flush()
        return tokens
    }

    private static func match(_ tokens: [Token], at index: Int) -> (Period, Int)? {
        guard index < tokens.count else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        switch (tokens[index], next) {
        case (.year(let year), .part(let kind, let number)?), (.part(let kind, let number), .year(let year)?):
            return make(year: year, kind: kind, number: number).map { ($0, 2) }
        case (.year(let year), .number(let month)?):
            return Period(year: year, length: .month, index: month).map { ($0, 2) }
        case (.year(let year), _):
            return Period(year: year, length: .year, index: 1).map { ($0, 1) }
        default:
            return nil
        }
    }

    private static func make(year: Int, kind: Character, number: Int) -> Period? {
        switch kind {
        case "H": Period(year: year, length: .half, index: number)
        case "Q": Period(year: year, length: .quarter, index: number)
        default: nil
        }
    }
}
