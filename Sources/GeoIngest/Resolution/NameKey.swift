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
        let decomposed = name.replacingOccurrences(of: "&", with: " and ").lowercased().decomposedStringWithCanonicalMapping
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
