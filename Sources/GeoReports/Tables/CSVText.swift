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
        var text = ""
        append(header, to: &text)
        for fields in rows { append(fields, to: &text) }
        return text
    }

    /// Writes one row and its LF straight into `text` (no array of fields and no joined row per line).
    private static func append(_ fields: [String], to text: inout String) {
        for (index, value) in fields.enumerated() {
            if index > 0 { text += "," }
            text += field(value)
        }
        text += "\n"
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
        // Every quote byte doubled, also one a combining mark follows (one Swift `Character`,
        // but a quote to every CSV reader).
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        quoted.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }

    /// A number with up to six decimals, trailing zeros removed; empty for `nil`.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return NumberText.trimmed(value, maxDecimals: 6)
    }
}
