import GeoModel

/// Decoding of character references (`&amp;`, `&#38;`, `&#x26;`) and escaping for HTML and XML.
///
/// ```swift
/// CharacterReferences.decode("Ties &amp; trade &ndash; &#x41;") // "Ties & trade – A"
/// CharacterReferences.escapeText("<b> & ]]>")                   // "&lt;b&gt; &amp; ]]&gt;"
/// ```
enum CharacterReferences {
    /// The named references decoded; anything else stays literal text.
    ///
    /// The XML five plus the typographic names Markdown authors write by hand.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}",
        "times": "\u{D7}", "divide": "\u{F7}", "middot": "\u{B7}", "bull": "\u{2022}",
        "plusmn": "\u{B1}", "minus": "\u{2212}", "euro": "\u{20AC}", "pound": "\u{A3}",
        "yen": "\u{A5}", "sect": "\u{A7}", "para": "\u{B6}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "shy": "\u{AD}", "le": "\u{2264}", "ge": "\u{2265}",
        "rarr": "\u{2192}", "larr": "\u{2190}", "uarr": "\u{2191}", "darr": "\u{2193}",
    ]

    /// Replaces character references with the characters they stand for.
    ///
    /// A reference must end with `;`. Unknown names and malformed references stay as typed;
    /// numeric references to NUL, surrogates or beyond U+10FFFF become U+FFFD.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, end) = reference(in: scalars, at: index) {
                result.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The reference starting at `start` (an `&`) and the index after its `;`, if well formed.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        var body = ""
        while index < scalars.count, scalars[index] != ";", body.count <= 32 {
            let scalar = scalars[index]
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#"
            else { return nil }
            body.unicodeScalars.append(scalar)
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";", !body.isEmpty else { return nil }
        let end = index + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return nil }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", end) }
            return (String(Character(scalar)), end)
        }
        guard let decoded = named[body] else { return nil }
        return (decoded, end)
    }

    /// Escapes text content: `&`, `<` and `>` (so `]]>` never appears), dropping characters
    /// XML forbids.
    static func escapeText(_ text: String) -> String { XMLText.escaped(text, for: .content) }

    /// Escapes an attribute value for double quotes: `&`, `<`, `>` and `"`.
    static func escapeAttribute(_ text: String) -> String { XMLText.escaped(text, for: .attribute) }
}
