extension Unicode.Scalar {
    /// Whether this is a control character, Unicode's general category Cc: exactly U+0000–U+001F
    /// and U+007F–U+009F (C0, DEL and C1). A range test, where `properties.generalCategory` is a
    /// lookup in Unicode's tables for every character of a report, map or message.
    public var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
