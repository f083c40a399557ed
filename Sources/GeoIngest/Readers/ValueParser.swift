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
        if let plain = plainNumber(raw) { return plain }
        var text = raw.trimmingWhitespace()
        if text.isEmpty { return .missing }
        var percent = false
        if text.hasSuffix("%") {
            percent = true
            text = String(text.dropLast()).trimmingWhitespace()
        }
        let lowered = text.lowercased()
        if ["nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lowered) {
            return .invalid(
                reason: "'\(raw)' is not a finite number", hint: "Leave the cell empty for a missing value.")
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
            return .invalid(
                reason: "'\(raw)' is too large to be a value", hint: "Check the cell; values must be finite.")
        }
        return .number(value, hadPercentSign: percent)
    }

    /// The outcome for a cell made only of the characters `0-9 + - . e E` (the common case),
    /// which the general path would read the same way: no space to trim, no `%`, no comma, not
    /// `nan` or `inf`, every character allowed. `nil` for any other cell.
    private static func plainNumber(_ raw: String) -> Outcome? {
        let utf8 = raw.utf8
        guard !utf8.isEmpty else { return nil }
        guard utf8.allSatisfy(isPlainNumberByte) else { return nil }
        guard let value = Double(raw) else {
            return .invalid(
                reason: "'\(raw)' is not a number",
                hint: "Write a plain number such as 12.5 or 64%; leave the cell empty for a missing value.")
        }
        guard value.isFinite else {
            return .invalid(
                reason: "'\(raw)' is too large to be a value", hint: "Check the cell; values must be finite.")
        }
        return .number(value, hadPercentSign: false)
    }

    /// Whether `byte` may appear in a cell read by the plain path: `0-9 + - . e E`.
    static func isPlainNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            true
        default:
            false
        }
    }

    /// The value of a short decimal, `[+-]digits[.digits]` with at most 15 digits, computed
    /// without `strtod`; `nil` for anything else (an exponent, more digits, no digit).
    ///
    /// Exactly `Double(text)`: the digits form an integer below 2^53 and the power of ten
    /// dividing it is at most 10^15, both exact in a `Double`, and one IEEE division of exact
    /// operands is correctly rounded, as `strtod` is (Clinger's fast path).
    static func shortDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10^0 … 10^15, each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { result, _ in result * 10 } }

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
        // Most cells start and end with an ASCII character that is not whitespace: nothing to trim.
        // (A character whose first scalar is such a byte is not whitespace, and no grapheme
        // cluster ending in such a byte starts with whitespace.)
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, Self.isPlainASCII(first), Self.isPlainASCII(last) {
            return self
        }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    /// An ASCII byte that is not whitespace (tab, line feed, vertical tab, form feed, carriage
    /// return, space): a cell that starts and ends with one has nothing to trim.
    static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }
}
