/// The one way geo-ai writes numbers: locale-free, byte-identical on every machine.
///
/// Rounding is decimal, not binary: a value rounds as the shortest decimal that reads back as the
/// same `Double` (the way it was written in the input), half away from zero. So `1.005` is "1.01"
/// and `2.675` is "2.68", although both are stored a hair below in binary. Negative zero is never
/// written. Non-finite values have one spelling everywhere: "n/a", "∞" and "-∞".
///
/// ```swift
/// NumberText.fixed(1.005, decimals: 2)        // "1.01"
/// NumberText.trimmed(62.50, maxDecimals: 4)   // "62.5"
/// NumberText.grouped(5_230_000_000)           // "5,230,000,000"
/// ```
public enum NumberText {
    /// How a value that is not a number is written.
    public static let notANumber = "n/a"
    /// How positive infinity is written (negative infinity gets a leading "-").
    public static let infinity = "∞"

    /// `value` rounded half away from zero to `decimals` places (0–17), always with that many.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? notANumber : (value < 0 ? "-" : "") + infinity }
        return text(of: value, bytes: rounded(value.magnitude, places: min(max(decimals, 0), 17)))
    }

    /// `value` rounded to at most `maxDecimals` places, without trailing zeros: 15.10 → "15.1".
    public static func trimmed(_ value: Double, maxDecimals: Int = 2) -> String {
        guard value.isFinite else { return fixed(value, decimals: maxDecimals) }
        var bytes = rounded(value.magnitude, places: min(max(maxDecimals, 0), 17))
        if bytes.contains(UInt8(ascii: ".")) {
            while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        }
        return text(of: value, bytes: bytes)
    }

    /// The digits of a rounded magnitude as text, with a minus sign when `value` is negative and
    /// the digits are not all zero (negative zero is never written).
    private static func text(of value: Double, bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard value < 0, bytes.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") }) else {
            return text
        }
        return "-" + text
    }

    /// `magnitude` rounded half away from zero at `places` decimals, written as ASCII digits with
    /// exactly that many after the point.
    private static func rounded(_ magnitude: Double, places: Int) -> [UInt8] {
        var (digits, point) = decimalDigits(of: magnitude)
        // Pad so that `places` fractional digits exist, then round at that position.
        let wanted = point + places
        if wanted < 0 {
            digits = []
            point = 0
        } else if digits.count > wanted {
            let roundsUp = digits[wanted] >= 5
            digits.removeSubrange(wanted...)
            if roundsUp { point += incremented(&digits) }
        }
        // Write the integer part, then exactly `places` fractional digits.
        let zero = UInt8(ascii: "0")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(point, 1) + places + 1)
        if point <= 0 {
            bytes.append(zero)
        } else {
            for index in 0..<point { bytes.append(zero + (index < digits.count ? digits[index] : 0)) }
        }
        if places > 0 {
            bytes.append(UInt8(ascii: "."))
            for offset in 0..<places {
                let index = point + offset
                bytes.append(zero + (index >= 0 && index < digits.count ? digits[index] : 0))
            }
        }
        return bytes
    }

    /// A whole number with thousands separators: "5,230,000,000".
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        let digits = fixed(value.magnitude, decimals: 0)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 && digits != "0" ? "-" + result : result
    }

    /// The fewest decimals (0…`limit`) that write every value exactly, or `nil` if none does.
    public static func exactDecimals(for values: [Double], limit: Int = 2) -> Int? {
        (0...max(0, limit)).first { decimals in
            values.allSatisfy { value in
                guard value.isFinite else { return true }
                let (digits, point) = decimalDigits(of: value.magnitude)
                return digits.count - point <= decimals
            }
        }
    }

    /// The shortest decimal digits that read back as `magnitude`, and where the decimal point
    /// goes: 1.005 is ([1, 0, 0, 5], 1), 0.0012 is ([1, 2], -2), 0 is ([], 0).
    static func decimalDigits(of magnitude: Double) -> (digits: [UInt8], point: Int) {
        guard magnitude != 0 else { return ([], 0) }
        // Swift prints the shortest round-trip form: "1.005", "1e-05", "1.2345e+16".
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var point = 0
        var seenPoint = false
        var exponent = 0
        var exponentSign = 0  // 0 while reading the digits; ±1 once past the "e"
        for byte in magnitude.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if exponentSign != 0 {
                    exponent = exponent * 10 + Int(digit)
                } else {
                    digits.append(digit)
                    if !seenPoint { point += 1 }
                }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"): exponentSign = 1
            case UInt8(ascii: "-"): exponentSign = -1
            default: break  // the exponent's "+"
            }
        }
        point += exponentSign * exponent
        // Leading zeros move the point left ("0.0012"); trailing zeros carry no information.
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        point -= leadingZeros
        while let last = digits.last, last == 0 { digits.removeLast() }
        return digits.isEmpty ? ([], 0) : (digits, point)
    }

    /// Adds one unit in the last place of `digits`; returns 1 when a carry adds a leading digit.
    private static func incremented(_ digits: inout [UInt8]) -> Int {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return 0
            }
            digits[index] = 0
            index -= 1
        }
        digits.insert(1, at: 0)
        return 1
    }
}
