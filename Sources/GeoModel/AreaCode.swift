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
    /// The code's characters.
    public let rawValue: String

    /// Creates a code from one to eight upper-case ASCII letters or digits, or returns `nil`.
    public init?(rawValue: String) {
        let bytes = rawValue.utf8
        guard (1...8).contains(bytes.count),
            bytes.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) })
        else { return nil }
        self.rawValue = rawValue
    }

    /// Creates a code from one to eight upper-case ASCII letters or digits, or returns `nil`.
    public init?(_ text: String) { self.init(rawValue: text) }

    /// Creates an economy code from exactly three upper-case ASCII letters, or returns `nil`.
    public init?(iso3 text: String) {
        guard text.utf8.count == 3, text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        self.rawValue = text
    }

    /// Whether the code has the shape of an ISO 3166-1 alpha-3 code (three letters).
    public var isISO3: Bool { AreaCode(iso3: rawValue) != nil }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes by their characters (numeric codes of one length sort numerically).
    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
