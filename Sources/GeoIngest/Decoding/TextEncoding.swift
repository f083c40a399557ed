/// A text encoding geo-ai can read input files in.
///
/// Spreadsheets exported on old Windows or Mac systems write names such as "Türkiye" or
/// "Côte d'Ivoire" in a single-byte legacy encoding; ``TextDecoder`` detects them.
public enum TextEncoding: String, Sendable, CaseIterable, Hashable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 with a byte-order mark (little or big endian).
    case utf16 = "utf-16"
    /// ISO 8859-1.
    case latin1 = "latin1"
    /// Windows code page 1252 (a superset of Latin-1's printable range).
    case windows1252 = "windows-1252"
    /// Mac OS Roman, as written by Excel for Mac before 2016.
    case macRoman = "macroman"

    /// Parses a user's spelling (`--encoding`): `utf8`, `UTF-8`, `latin-1`, `iso-8859-1`, `cp1252`, `mac-roman`, ...
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "utf16be": self = .utf16
        case "latin1", "iso88591", "l1": self = .latin1
        case "windows1252", "cp1252", "win1252", "ansi": self = .windows1252
        case "macroman", "macintosh", "mac", "xmacroman": self = .macRoman
        default: return nil
        }
    }

    /// The name shown in reports and the store ("UTF-8", "Mac OS Roman").
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16: "UTF-16"
        case .latin1: "ISO 8859-1"
        case .windows1252: "Windows-1252"
        case .macRoman: "Mac OS Roman"
        }
    }

    /// The accepted `--encoding` spellings, for help and error hints.
    public static var namesForHelp: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Maps a byte ≥ 0x80 of a single-byte encoding to its Unicode scalar, or `nil` when undefined.
    func scalar(forHighByte byte: UInt8) -> Unicode.Scalar? {
        let index = Int(byte) - 0x80
        switch self {
        case .latin1:
            return Unicode.Scalar(UInt32(byte))
        case .windows1252:
            if index < 32 {
                let value = Self.windows1252Low[index]
                return value == 0 ? nil : Unicode.Scalar(value)
            }
            return Unicode.Scalar(UInt32(byte))
        case .macRoman:
            return Unicode.Scalar(Self.macRomanHigh[index])
        case .utf8, .utf16:
            return nil
        }
    }

    /// Windows-1252 0x80–0x9F (0 = undefined).
    private static let windows1252Low: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    /// Mac OS Roman 0x80–0xFF.
    private static let macRomanHigh: [UInt32] = [
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7,
        0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5,
        0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9,
        0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
        0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248,
        0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
        0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7,
        0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
        0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD,
        0x02DB, 0x02C7,
    ]
}
