import Foundation
import GeoModel

/// A strict RFC 8259 JSON reader for geometry files: typed values, the line and column of the
/// first problem, and no trap on any input.
///
/// ```swift
/// try JSONParser.parse(Array(#"{"a": [1, true]}"#.utf8), file: "x.json")
/// // .object(["a": .array([.number(1), .bool(true)])])
/// try JSONParser.parse(Array("[1,]".utf8), file: "x.json")
/// // throws: x.json:1:4: error: expected a value, found ']'
/// ```
///
/// Stricter than Foundation's reader where a map needs it: a member name used twice in one
/// object is refused (which of the two is meant?), nesting deeper than ``maximumDepth`` is
/// refused instead of exhausting the stack, and text must be UTF-8. Numbers are read exactly
/// as `strtod` reads them (Clinger's fast path for up to 15 significant digits, `Double(_:)`
/// otherwise), so coordinates are bit-for-bit those of any conforming reader.
package struct JSONParser {
    /// The deepest nesting of arrays and objects accepted (GeoJSON needs 6, TopoJSON 5).
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    /// The member count of the last object closed at each depth: the room the next object at
    /// that depth starts with. A file's objects at one depth are mostly alike (every feature's
    /// `properties`), so each is made in one allocation, where growing from empty rehashed a
    /// county's four members three times and a Natural Earth country's hundred seven times.
    private var objectSizes = [Int](repeating: 0, count: maximumDepth + 1)

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Parses a whole document; only white space may follow the value.
    ///
    /// - Throws: ``GeoError`` `.dataError` at the line and column of the first problem.
    package static func parse(_ bytes: [UInt8], file: String) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.failure("unexpected \(parser.describeCurrent()) after the JSON value")
        }
        return value
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure("the document ends where a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("expected a value, found \(describeCurrent())")
        }
    }

    private mutating func array(depth: Int) throws -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw failure("arrays and objects are nested more than \(Self.maximumDepth) deep")
        }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        // The first two elements are held aside: two numbers and the closing ']' are a pair,
        // read without allocating an array (see ``JSONValue/pair(_:_:)``).
        let first = try value(depth: depth)
        guard try elementFollows() else { return .array([first]) }
        let second = try value(depth: depth)
        guard try elementFollows() else {
            if case .number(let firstNumber) = first, case .number(let secondNumber) = second {
                return .pair(firstNumber, secondNumber)
            }
            return .array([first, second])
        }
        var elements = [first, second]
        repeat {
            elements.append(try value(depth: depth))
        } while try elementFollows()
        return .array(elements)
    }

    /// Reads what follows an array's element: `true` after a ',' (another element follows),
    /// `false` after the closing ']'.
    private mutating func elementFollows() throws -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw failure("the document ends inside an array") }
        switch bytes[index] {
        case UInt8(ascii: ","):
            index += 1
            return true
        case UInt8(ascii: "]"):
            index += 1
            return false
        default: throw failure("expected ',' or ']' in an array, found \(describeCurrent())")
        }
    }

    private mutating func object(depth: Int) throws -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw failure("arrays and objects are nested more than \(Self.maximumDepth) deep")
        }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([:])
        }
        var members = [String: JSONValue](minimumCapacity: objectSizes[depth])
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("expected a member name in quotes, found \(describeCurrent())")
            }
            let nameStart = index
            let name = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure(
                    "expected ':' after member name \"\(name.excerpt(limit: 60))\", found \(describeCurrent())")
            }
            index += 1
            let member = try value(depth: depth)
            guard members.updateValue(member, forKey: name) == nil else {
                index = nameStart
                throw failure("member \"\(name.excerpt(limit: 60))\" appears twice in one object")
            }
            skipWhitespace()
            guard index < bytes.count else { throw failure("the document ends inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                objectSizes[depth] = members.count
                return .object(members)
            default: throw failure("expected ',' or '}' in an object, found \(describeCurrent())")
            }
        }
    }

    private mutating func string() throws -> String {
        index += 1
        let start = index
        var hasEscape = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                index += 2
                continue
            }
            guard byte >= 0x20 else { throw failure("a control character (byte \(byte)) inside a string") }
            index += 1
        }
        guard index < bytes.count else {
            index = start - 1
            throw failure("a string is not closed")
        }
        let end = index
        index += 1
        guard hasEscape else { return try utf8(bytes[start..<end], at: start) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(end - start)
        var position = start
        while position < end {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                decoded.append(byte)
                position += 1
                continue
            }
            guard position + 1 < end else { throw failure("a string ends in a lone backslash", at: position) }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexQuad(at: position, end: end)
                position += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard position + 6 <= end, bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u")
                    else { throw failure("a \\u escape is half of a surrogate pair", at: position - 6) }
                    let low = try hexQuad(at: position + 2, end: end)
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw failure("a \\u escape is half of a surrogate pair", at: position)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                }
                guard let character = Unicode.Scalar(scalar) else {
                    throw failure("a \\u escape is not a character", at: position - 6)
                }
                decoded.append(contentsOf: Array(String(Character(character)).utf8))
            default:
                throw failure("unknown escape '\\\(Character(Unicode.Scalar(escape)))' in a string", at: position - 2)
            }
        }
        return try utf8(decoded[...], at: start)
    }

    private func hexQuad(at position: Int, end: Int) throws -> UInt32 {
        guard position + 4 <= end else { throw failure("a \\u escape needs four hex digits", at: position - 2) }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape needs four hex digits", at: position - 2)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private func utf8(_ slice: ArraySlice<UInt8>, at position: Int) throws -> String {
        // ASCII is valid UTF-8 as it stands: most names and every hash and code are ASCII, and
        // `String(validating:)` took a thousand instructions per string on its generic path.
        if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw failure("a string is not valid UTF-8", at: position)
        }
        return text
    }

    private mutating func literal(_ word: StaticString) throws {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + expected.count <= bytes.count, bytes[index..<(index + expected.count)].elementsEqual(expected)
        else {
            throw failure("expected a value, found \(describeCurrent())")
        }
        index += expected.count
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowers: [Double] = (0...22).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    private mutating func number() throws -> Double {
        let start = index
        var isNegative = false
        if bytes[index] == UInt8(ascii: "-") {
            isNegative = true
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        func isDigit(_ position: Int) -> Bool {
            position < bytes.count && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
        }
        guard isDigit(index) else { throw failure("a number needs digits after '-'") }
        if bytes[index] == UInt8(ascii: "0") && isDigit(index + 1) {
            throw failure("a number may not start with 0 followed by more digits")
        }
        while isDigit(index) {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(bytes[index] - UInt8(ascii: "0")) }
            digits += 1
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw failure("a number needs digits after '.'") }
            while isDigit(index) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(bytes[index] - UInt8(ascii: "0")) }
                digits += 1
                fractionDigits += 1
                index += 1
            }
        }
        var hasExponent = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            hasExponent = true
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard isDigit(index) else { throw failure("a number needs digits in its exponent") }
            while isDigit(index) { index += 1 }
        }
        // Clinger's fast path: an exact integer of at most 15 digits divided by an exact power of
        // ten is correctly rounded, so it equals what strtod returns.
        if !hasExponent && digits <= 15 && fractionDigits <= 22 {
            let magnitude = Double(mantissa) / Self.exactPowers[fractionDigits]
            return isNegative ? -magnitude : magnitude
        }
        guard let text = String(validating: bytes[start..<index], as: UTF8.self), let parsed = Double(text) else {
            throw failure("a number cannot be read", at: start)
        }
        return parsed
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The byte at the cursor, as shown in messages: `']'`, `the end of the file`, `byte 0xFF`.
    private func describeCurrent() -> String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        return byte >= 0x21 && byte < 0x7F
            ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// A data error at the cursor (or `position`), with its line and column.
    private func failure(_ message: String, at position: Int? = nil) -> GeoError {
        let offset = min(position ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes[..<offset].enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return GeoError(
            .dataError, message, at: SourceLocation(path: file, line: line, column: column),
            hint: "Check that the file is complete JSON and saved as UTF-8.")
    }
}
