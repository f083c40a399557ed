/// Reads the numbers spreadsheets write: `64.00%`, `1,234,567`, ` 12.5 `, `-3`.
///
/// Refuses what is ambiguous or not finite: a decimal comma (`12,5`), `NaN`, `1e999`.
public enum ValueParser {
    /// The result of reading a cell.
    public enum Outcome: Hashable, Sendable {
        /// An empty cell: missing, never zero.
        case missing
        /// A finite number; `hadPercentSign` when written `64%`.
        case number(Double, hadPercentSign: Bool)
        /// Not a usable number, with the reason and a hint.
        case invalid(reason: String, hint: String)
    }

    /// Reads one cell.
    public static func parse(_ raw: String) -> Outcome {
        var text = raw.trimmingWhitespace()
        if text.isEmpty { return .missing }
        var percent = false
        if text.hasSuffix("%") {
            percent = true
            text = String(text.dropLast()).trimmingWhitespace()
        }
        let lowered = text.lowercased()
        if ["nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lowered) {
            return .invalid(reason: "'\(raw)' is not a finite number", hint: "Leave the cell empty for a missing value.")
        }
        if text.contains(",") {
            guard hasThousandsGrouping(text) else {
                return .invalid(
                    reason: "'\(raw)' uses a comma that is not a thousands separator",
                    hint: "Write decimals with a point (12.5); a decimal comma is ambiguous.")
            }
            text.removeAll { $0 == "," }
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }), let value = Double(text) else {
            return .invalid(
                reason: "'\(raw)' is not a number",
                hint: "Write a plain number such as 12.5 or 64%; leave the cell empty for a missing value.")
        }
        guard value.isFinite else {
            return .invalid(reason: "'\(raw)' is too large to be a value", hint: "Check the cell; values must be finite.")
        }
        return .number(value, hadPercentSign: percent)
    }

    /// `1,234` or `12,345,678.9`: groups of exactly three digits after the first comma.
    private static func hasThousandsGrouping(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let integerPart = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), head.allSatisfy(\.isNumber) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }
}

extension String {
    /// The string without leading and trailing whitespace (including non-breaking spaces).
    package func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
