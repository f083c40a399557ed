/// A reporting period: a year, half-year, quarter or month.
///
/// The canonical spelling is `2025`, `2025-H1`, `2026-Q1` or `2025-07`. Periods are
/// ordered by their first day, then by length (a year sorts before its first half).
///
/// ```swift
/// Period("2025-H2")?.firstDay   // 2025-07-01
/// Period("2025-H3")             // nil
/// ```
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// How long a period is.
    public enum Length: String, Sendable, Codable, CaseIterable, Comparable {
        case month, quarter, half, year

        /// The number of months the period spans.
        public var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .half: 6
            case .year: 12
            }
        }

        /// A reader's word for the length ("half-year").
        public var noun: String {
            switch self {
            case .month: "month"
            case .quarter: "quarter"
            case .half: "half-year"
            case .year: "year"
            }
        }

        /// Orders lengths from shortest to longest.
        public static func < (lhs: Length, rhs: Length) -> Bool { lhs.months < rhs.months }
    }

    /// The calendar year.
    public let year: Int
    /// The length of the period.
    public let length: Length
    /// The 1-based index within the year (H1 = 1, Q3 = 3, July = 7; 1 for a year).
    public let index: Int

    /// Creates a period; returns `nil` when the index is out of range for the length.
    public init?(year: Int, length: Length, index: Int) {
        guard (1000...9999).contains(year), index >= 1, index <= 12 / length.months else { return nil }
        self.year = year
        self.length = length
        self.index = index
    }

    /// Parses the canonical spelling (`2025`, `2025-H1`, `2026-Q1`, `2025-07`).
    public init?(_ canonical: String) {
        let parts = canonical.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit), let year = Int(first)
        else { return nil }
        if parts.count == 1 {
            self.init(year: year, length: .year, index: 1)
            return
        }
        guard parts.count == 2 else { return nil }
        let tail = parts[1]
        if tail.count == 2, tail.allSatisfy(\.isASCIIDigit), let month = Int(tail) {
            self.init(year: year, length: .month, index: month)
        } else if tail.count == 2, let kind = tail.first, let digit = tail.last, digit.isASCIIDigit,
            let number = Int(String(digit))
        {
            switch kind {
            case "H": self.init(year: year, length: .half, index: number)
            case "Q": self.init(year: year, length: .quarter, index: number)
            default: return nil
            }
        } else {
            return nil
        }
    }

    /// The canonical spelling, e.g. `2025-H1`.
    public var description: String {
        switch length {
        case .year: return "\(year)"
        case .half: return "\(year)-H\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }

    /// The first month of the period, 1–12.
    public var firstMonth: Int { (index - 1) * length.months + 1 }

    /// The last month of the period, 1–12.
    public var lastMonth: Int { firstMonth + length.months - 1 }

    /// The first day of the period.
    public var firstDay: Day {
        // The month is 1–12 by construction, and every month has a first day.
        Day(checkedYear: year, month: firstMonth, day: 1)
    }

    /// The last day of the period.
    public var lastDay: Day {
        let month = lastMonth
        return Day(checkedYear: year, month: month, day: Day.length(ofMonth: month, year: year))
    }

    /// Whether the given day falls inside the period.
    public func contains(_ day: Day) -> Bool { firstDay <= day && day <= lastDay }

    /// Whether a month (`year`, `month`) lies inside the period.
    public func contains(year: Int, month: Int) -> Bool {
        year == self.year && month >= firstMonth && month <= lastMonth
    }

    /// The half-year containing a month.
    public static func half(containing year: Int, month: Int) -> Period? {
        Period(year: year, length: .half, index: month <= 6 ? 1 : 2)
    }

    /// Orders periods by first day, then shorter first.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.length < rhs.length
    }

    /// Decodes the canonical spelling.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "Not a period: \(text)"))
        }
        self = period
    }

    /// Encodes the canonical spelling.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    package var isASCIIDigit: Bool { isASCII && isNumber }
}
