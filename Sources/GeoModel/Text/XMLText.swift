/// The one XML escaper: for the SVG geo-ai draws and for the site's pages, each context with its
/// own rules (see ``XMLText/Context``), all removing the characters XML 1.0 does not allow.
///
/// ```swift
/// XMLText.escaped("Côte d'Ivoire & <b>")  // "Côte d&#39;Ivoire &amp; &lt;b&gt;"
/// ```
public enum XMLText {
    /// How much a piece of text is escaped.
    public enum Context: Sendable {
        /// Generated SVG: `& < > " '` escaped, tab and line breaks become spaces, and DEL and C1
        /// controls are removed too, so a label is one clean line in any attribute or element.
        case generated
        /// Element content of a page: `& < >` escaped (so `]]>` never appears), line breaks kept.
        case content
        /// A double-quoted attribute of a page: `& < > "` escaped, line breaks kept.
        case attribute
    }

    /// The text, safe to put between tags or inside a double- or single-quoted attribute, as
    /// geo-ai writes its own SVG (``Context/generated``).
    public static func escaped(_ text: String) -> String { escaped(text, for: .generated) }

    /// The text escaped for `context`, without the characters XML 1.0 forbids.
    public static func escaped(_ text: String, for context: Context) -> String {
        // Most text (path data, codes, numbers) is printable ASCII with nothing to escape: as is.
        // (Path data runs to thousands of bytes: the check reads them in place when it can.)
        let isPlain =
            text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlainByte) }
            ?? text.utf8.allSatisfy(isPlainByte)
        if isPlain { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch (scalar, context) {
            case ("&", _): result += "&amp;"
            case ("<", _): result += "&lt;"
            case (">", _): result += "&gt;"
            case ("\"", .generated), ("\"", .attribute): result += "&quot;"
            case ("'", .generated): result += "&#39;"
            case ("\t", .generated), ("\n", .generated), ("\r", .generated): result += " "
            default:
                // Generated text drops every control character (the C0 ones XML allows were
                // spaced above); other contexts keep what XML 1.0 allows.
                if isAllowedInXML(scalar) && !(context == .generated && scalar.isControl) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Printable ASCII other than `& < > " '`: a byte that is written as it is in every context.
    @inline(__always)
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        (0x20...0x7E).contains(byte) && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27
    }

    /// Whether XML 1.0 allows the character in a document (tab, newlines and from U+0020 up,
    /// except surrogates, U+FFFE and U+FFFF).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A string safe to use in an `id` attribute and a URL fragment: ASCII letters, digits, `-`
    /// and `_`; anything else becomes `-`. An empty result becomes `x`.
    public static func identifier(_ text: String) -> String {
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
