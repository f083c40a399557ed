import Foundation
import GeoModel

/// The folded form of an economy name used for matching: case, accents, punctuation and
/// spacing removed, `&` read as "and".
///
/// ```swift
/// NameKey("Côte d’Ivoire").rawValue  // "cotedivoire"
/// NameKey("Korea, Rep.").rawValue    // "korearep"
/// ```
struct NameKey: Hashable, Sendable, Comparable {
    let rawValue: String

    init(_ name: String) {
        if let ascii = Self.asciiKey(name) {
            rawValue = ascii
            return
        }
        let decomposed = name.replacingOccurrences(of: "&", with: " and ").lowercased()
            .decomposedStringWithCanonicalMapping
        var folded = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            if let replacement = Self.letterReplacements[scalar] {
                folded.append(contentsOf: replacement.unicodeScalars)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.generalCategory != .nonspacingMark { folded.append(scalar) }
            }
        }
        rawValue = String(folded)
    }

    /// The key of an all-ASCII name, computed byte by byte; `nil` when the name has other characters.
    ///
    /// For ASCII the general path reduces to: `&` becomes "and", letters are lower-cased, digits
    /// are kept, everything else is dropped.
    private static func asciiKey(_ name: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count + 8)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                key.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                key.append(byte + 0x20)
            case UInt8(ascii: "&"):
                key.append(contentsOf: [UInt8(ascii: "a"), UInt8(ascii: "n"), UInt8(ascii: "d")])
            case 0x80...:
                return nil
            default:
                continue
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Letters with no canonical decomposition into a base letter plus accent.
    private static let letterReplacements: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ħ": "h",
    ]

    /// Levenshtein distance between two keys, capped at `limit + 1`.
    func distance(to other: NameKey, limit: Int) -> Int {
        EditDistance.between(rawValue, other.rawValue, limit: limit)
    }
}
