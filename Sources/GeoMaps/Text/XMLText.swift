/// Escaping for text placed in XML content and attribute values.
///
/// Escapes `& < > " '` and removes characters XML 1.0 does not allow (C0 controls other than
/// tab, line feed and carriage return, which become spaces; DEL and C1 controls; U+FFFE/U+FFFF).
///
/// ```swift
/// XMLText.escaped("Côte d'Ivoire & <b>")  // "Côte d&#39;Ivoire &amp; &lt;b&gt;"
/// ```
package enum XMLText {
    /// The text, safe to put between tags or inside a double- or single-quoted attribute.
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result += " "
            default:
                let value = scalar.value
                let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
                let isNonCharacter = value == 0xFFFE || value == 0xFFFF
                if !isControl && !isNonCharacter { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A string safe to use in an `id` attribute and a URL fragment: ASCII letters, digits, `-`
    /// and `_`; anything else becomes `-`. An empty result becomes `x`.
    package static func identifier(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let isAllowed =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(isAllowed ? scalar : "-")
        }
        if result.isEmpty { return "x" }
        if let first = result.unicodeScalars.first, !first.properties.isAlphabetic { result = "x" + result }
        return result
    }
}
