/// The code of an area in a geography layer: an economy's ISO 3166-1 alpha-3 code (`KOR`,
/// `XKX` for Kosovo), a US state's two-digit FIPS code (`06`) or a county's five-digit FIPS
/// code (`01001`).
///
/// A code is one to eight upper-case ASCII letters or digits; which codes exist is the
/// layer's business (see ``Geography`` and the resolver in GeoIngest):
///
/// ```swift
/// AreaCode("kor")         // nil: lower case is not a code
/// AreaCode("KOR")         // KOR
/// AreaCode("01001")       // 01001
/// AreaCode(iso3: "01001") // nil: not three letters
/// ```
public struct AreaCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The code's characters, one byte each, the first in the most significant byte and zeros
    /// after the last. Codes are equal when their words are, and order as their words do (a
    /// code that begins another comes first, as in string order); hashing, comparing and
    /// copying a code is one machine word, with no string to retain or walk.
    private let word: UInt64

    /// The code's characters.
    public var rawValue: String {
        withUnsafeBytes(of: word.bigEndian) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Creates a code from one to eight upper-case ASCII letters or digits, or returns `nil`.
    public init?(rawValue: String) {
        var word: UInt64 = 0
        var count = 0
        for byte in rawValue.utf8 {
            guard count < 8, (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) else { return nil }
            word |= UInt64(byte) << (56 - 8 * count)
            count += 1
        }
        guard count > 0 else { return nil }
        self.word = word
    }

    /// Creates a code from one to eight upper-case ASCII letters or digits, or returns `nil`.
    public init?(_ text: String) { self.init(rawValue: text) }

    /// Creates an economy code from exactly three upper-case ASCII letters, or returns `nil`.
    public init?(iso3 text: String) {
        guard text.utf8.count == 3, text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        self.init(rawValue: text)
    }

    /// Decodes a code from its characters, as a string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = AreaCode(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "Cannot initialize AreaCode from invalid String value \(text)"))
        }
        self = code
    }

    /// Encodes the code as its characters, a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The code itself.
    public var description: String { rawValue }

    // Written out: `RawRepresentable`'s defaults would compare and hash `rawValue`, a new string
    // each time.

    /// Whether two codes have the same characters.
    public static func == (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.word == rhs.word }

    /// Hashes the code's word.
    public func hash(into hasher: inout Hasher) { hasher.combine(word) }

    /// Orders codes by their characters (numeric codes of one length sort numerically).
    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.word < rhs.word }
}
