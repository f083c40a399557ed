import GeoModel

/// Decoding of the text files a site is built from.
enum SiteText {
    /// The bytes as UTF-8 text, without a leading byte-order mark.
    ///
    /// - Throws: `GeoError` with code `.dataError` naming the file when the bytes are not UTF-8.
    static func decodeUTF8(_ bytes: [UInt8], path: String, what: String) throws(GeoError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidOffset(body) + (body.count == bytes.count ? 0 : 3)
            throw GeoError(
                .dataError, "\(path) is not valid UTF-8 (byte \(offset + 1)); cannot read the \(what)",
                at: SourceLocation(path: path),
                hint: "Save the file as UTF-8, or run `geo-ai build` to regenerate Reports/.")
        }
        return text
    }

    /// The offset of the first byte that breaks UTF-8 decoding.
    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
