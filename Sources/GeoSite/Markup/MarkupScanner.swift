import GeoModel

/// A lenient tokenizer for the HTML Ink writes and the SVG our maps contain.
///
/// It never fails: a `<` that does not start a well-formed tag is text. Comments, processing
/// instructions and doctypes are skipped; CDATA sections become text. Text and attribute
/// values come out decoded.
///
/// ```swift
/// MarkupScanner.tokens(#"<a href="x&amp;y">1 &lt; 2</a>"#)
/// // [.startTag("a", [href: "x&y"], selfClosing: false), .text("1 < 2"), .endTag("a")]
/// ```
struct MarkupScanner {
    /// One lexical unit of markup.
    enum Token: Hashable, Sendable {
        case startTag(name: String, attributes: [MarkupAttribute], isSelfClosing: Bool)
        case endTag(name: String)
        case text(String)
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var tokens: [Token] = []
    private var pendingText = String.UnicodeScalarView()
    /// The index of the last `>`: no markup can start after it, which keeps stray `<` linear.
    private let lastClosingBracket: Int

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        lastClosingBracket = scalars.lastIndex(of: ">") ?? -1
    }

    /// The tokens of `text`, in order; adjacent text is merged.
    static func tokens(_ text: String) -> [Token] {
        var scanner = MarkupScanner(text)
        scanner.run()
        return scanner.tokens
    }

    private mutating func run() {
        while index < scalars.count {
            if scalars[index] == "<", scanMarkup() { continue }
            pendingText.append(scalars[index])
            index += 1
        }
        flushText(decoding: true)
    }

    /// Scans the construct at a `<`; returns false when it is plain text.
    private mutating func scanMarkup() -> Bool {
        guard index < lastClosingBracket else { return false }
        if hasPrefix("<!--") {
            flushText(decoding: true)
            index = end(of: "-->", from: index + 4) ?? scalars.count
            return true
        }
        if hasPrefix("<![CDATA[") {
            flushText(decoding: true)
            let start = index + 9
            let close = find("]]>", from: start) ?? scalars.count
            pendingText.append(contentsOf: scalars[start..<close])
            flushText(decoding: false)
            index = min(close + 3, scalars.count)
            return true
        }
        if hasPrefix("<!") || hasPrefix("<?") {
            guard let close = end(of: ">", from: index + 2) else { return false }
            flushText(decoding: true)
            index = close
            return true
        }
        if hasPrefix("</") {
            var cursor = index + 2
            guard let name = scanName(&cursor), let close = end(of: ">", from: cursor) else { return false }
            flushText(decoding: true)
            tokens.append(.endTag(name: name))
            index = close
            return true
        }
        var cursor = index + 1
        guard let name = scanName(&cursor) else { return false }
        guard let (attributes, isSelfClosing, next) = scanAttributes(from: cursor) else { return false }
        flushText(decoding: true)
        tokens.append(.startTag(name: name, attributes: attributes, isSelfClosing: isSelfClosing))
        index = next
        return true
    }

    /// Reads a tag name (`a`, `h2`, `linearGradient`, `xlink:href`) at `cursor`.
    private func scanName(_ cursor: inout Int) -> String? {
        guard cursor < scalars.count, scalars[cursor].isASCII, scalars[cursor].properties.isAlphabetic else {
            return nil
        }
        var name = String.UnicodeScalarView()
        while cursor < scalars.count, Self.isNameCharacter(scalars[cursor]) {
            name.append(scalars[cursor])
            cursor += 1
        }
        return String(name)
    }

    /// Reads attributes up to `>` or `/>`; nil when the tag never closes.
    private func scanAttributes(from start: Int) -> ([MarkupAttribute], Bool, Int)? {
        var cursor = start
        var attributes: [MarkupAttribute] = []
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if scalar == ">" { return (attributes, false, cursor + 1) }
            if scalar == "/" {
                if cursor + 1 < scalars.count, scalars[cursor + 1] == ">" { return (attributes, true, cursor + 2) }
                cursor += 1
                continue
            }
            if scalar.properties.isWhitespace {
                cursor += 1
                continue
            }
            var name = String.UnicodeScalarView()
            while cursor < scalars.count, !Self.endsAttributeName(scalars[cursor]) {
                name.append(scalars[cursor])
                cursor += 1
            }
            if name.isEmpty {  // a stray `=`
                cursor += 1
                continue
            }
            while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
            var value = ""
            if cursor < scalars.count, scalars[cursor] == "=" {
                cursor += 1
                while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                guard cursor < scalars.count else { return nil }
                var raw = String.UnicodeScalarView()
                let quote = scalars[cursor]
                if quote == "\"" || quote == "'" {
                    cursor += 1
                    while cursor < scalars.count, scalars[cursor] != quote {
                        raw.append(scalars[cursor])
                        cursor += 1
                    }
                    guard cursor < scalars.count else { return nil }
                    cursor += 1
                } else {
                    while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, scalars[cursor] != ">" {
                        raw.append(scalars[cursor])
                        cursor += 1
                    }
                }
                value = CharacterReferences.decode(String(raw))
            }
            attributes.append(MarkupAttribute(String(name), value))
        }
        return nil
    }

    private mutating func flushText(decoding: Bool) {
        guard !pendingText.isEmpty else { return }
        let raw = String(pendingText)
        pendingText = String.UnicodeScalarView()
        let text = decoding ? CharacterReferences.decode(raw) : raw
        if case .text(let previous) = tokens.last {
            tokens[tokens.count - 1] = .text(previous + text)
        } else {
            tokens.append(.text(text))
        }
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        var cursor = index
        for scalar in prefix.unicodeScalars {
            guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// The index of the first occurrence of `needle` at or after `start`.
    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard start <= scalars.count - pattern.count else { return nil }
        var cursor = start
        while cursor <= scalars.count - pattern.count {
            if scalars[cursor..<cursor + pattern.count].elementsEqual(pattern) { return cursor }
            cursor += 1
        }
        return nil
    }

    /// The index just after the first `needle` at or after `start`.
    private func end(of needle: String, from start: Int) -> Int? {
        find(needle, from: start).map { $0 + needle.unicodeScalars.count }
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":"
                || scalar == "_" || scalar == ".")
    }

    private static func endsAttributeName(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "=" || scalar == ">" || scalar == "/"
    }
}
