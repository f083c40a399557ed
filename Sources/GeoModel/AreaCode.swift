/// An ISO 3166-1 alpha-3 economy code such as `KOR`, or `XKX` for Kosovo.
///
/// Codes are always three upper-case ASCII letters:
///
/// ```swift
/// AreaCode("kor")   // nil: lower case is not a code
/// AreaCode("KOR")   // KOR
/// ```
public struct AreaCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The three-letter code.
    public let rawValue: String

    /// Creates a code from exactly three upper-case ASCII letters, or returns `nil`.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 3, rawValue.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        self.rawValue = rawValue
    }

    /// Creates a code from exactly three upper-case ASCII letters, or returns `nil`.
    public init?(_ text: String) { self.init(rawValue: text) }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
