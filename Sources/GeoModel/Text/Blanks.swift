extension StringProtocol {
    /// The text without blanks at either end: tabs and spaces of every kind, the characters
    /// Foundation's `trimmingCharacters(in: .whitespaces)` removes (Unicode's space separators
    /// and the zero-width space), scalar by scalar; line breaks stay.
    ///
    /// Most fields start and end with a printable ASCII character and are returned at once,
    /// without Foundation's character-set machinery.
    public func trimmingBlanks() -> String {
        let text = Substring(self)
        if let first = text.utf8.first, let last = text.utf8.last, Self.isNonBlankASCII(first),
            Self.isNonBlankASCII(last)
        {
            return String(text)
        }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isBlank(scalars[start]) { start = scalars.index(after: start) }
        while start < end, Self.isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private static func isNonBlankASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
    }

    /// Foundation's whitespace set: tab, space, no-break space, Ogham space mark, the spaces
    /// U+2000 to U+200B, narrow no-break space, medium mathematical space, ideographic space.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
