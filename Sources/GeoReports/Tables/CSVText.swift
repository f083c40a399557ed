import GeoModel

/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; LF line ends.
///
/// ```swift
/// CSVText.row(["Korea, Rep.", "25.9"])   // "\"Korea, Rep.\",25.9"
/// ```
public enum CSVText {
    /// One row, without the line end.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// A whole table: header, rows, each ending in LF.
    public static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { row($0) + "\n" }.joined()
    }

    /// One field, quoted if needed. Leading `=`, `+`, `-`, `@` in text are kept: the files are
    /// data, not spreadsheets, and numbers may be negative.
    public static func field(_ text: String) -> String {
        // By bytes, not characters: faster, and "\r\n" (one Character) is a line break too.
        let needsQuotes = text.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }

    /// A number with up to six decimals, trailing zeros removed; empty for `nil`.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return NumberText.trimmed(value, maxDecimals: 6)
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
