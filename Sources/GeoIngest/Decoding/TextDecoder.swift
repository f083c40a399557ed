import Foundation
public import GeoModel

/// Turns a file's bytes into text, detecting the encoding when the user did not choose one.
///
/// - UTF-8 (a leading BOM is dropped) is taken when the bytes are valid UTF-8.
/// - UTF-16 is read only with a byte-order mark.
/// - Otherwise the bytes are a legacy single-byte file: Windows-1252 and Mac OS Roman are
///   both tried, and the one whose non-ASCII bytes decode to letters inside words wins
///   ("T\u{9F}rkiye" is "Türkiye" in Mac OS Roman). If neither wins, the file is refused
///   with a hint to pass `--encoding`.
///
/// NUL bytes outside UTF-16 mean the file is not text and are refused with their position.
public struct TextDecoder: Sendable {
    /// The decoded text and the encoding it was read in.
    public struct Decoded: Sendable, Hashable {
        /// The text, without a byte-order mark.
        public let text: String
        /// The encoding used.
        public let encoding: TextEncoding
    }

    /// The encoding the user forced, or `nil` to detect.
    public let forced: TextEncoding?

    /// Creates a decoder; `forced` skips detection.
    public init(forced: TextEncoding? = nil) { self.forced = forced }

    /// Decodes `bytes` read from `path`.
    ///
    /// - Throws: ``GeoError`` with code `.dataError` when the bytes are not text in any supported encoding.
    public func decode(_ bytes: [UInt8], path: String) throws(GeoError) -> Decoded {
        if let range = try utf8Text(in: bytes, path: path) {
            return Decoded(text: String(decoding: bytes[range], as: UTF8.self), encoding: .utf8)
        }
        return try decodeOtherThanUTF8(bytes, path: path)
    }

    /// ``decode(_:path:)`` of bytes that ``utf8Text(in:path:)`` did not take (it returned `nil`):
    /// in the encoding forced, as UTF-16 after its byte-order mark, or in the legacy encoding
    /// detected. NUL bytes have already been looked for unless an encoding is forced.
    func decodeOtherThanUTF8(_ bytes: [UInt8], path: String) throws(GeoError) -> Decoded {
        switch forced {
        case .utf16?: return try decodeUTF16(bytes, path: path)
        case let single? where single != .utf8:
            try rejectBinary(bytes, path: path)
            return Decoded(text: Self.decodeSingleByte(bytes, as: single), encoding: single)
        default:
            if Self.startsWithUTF16Mark(bytes) { return try decodeUTF16(bytes, path: path) }
            return try detectLegacy(bytes, path: path)
        }
    }

    /// Where the text of `bytes` lies when they are read as UTF-8 (after a byte-order mark, to
    /// the end), or `nil` when they are read in another encoding: the one forced, UTF-16 for
    /// a UTF-16 byte-order mark, a legacy one when the bytes are not valid UTF-8. What
    /// ``decode(_:path:)`` would read as UTF-8, without making the `String`.
    ///
    /// - Throws: ``GeoError`` with code `.dataError` for a NUL byte, or bytes that are not valid
    ///   UTF-8 when UTF-8 is forced.
    func utf8Text(in bytes: [UInt8], path: String) throws(GeoError) -> Range<Int>? {
        if let forced, forced != .utf8 { return nil }
        if forced == nil, Self.startsWithUTF16Mark(bytes) { return nil }
        try rejectBinary(bytes, path: path)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes.withUnsafeBufferPointer({ Self.isValidUTF8(UnsafeBufferPointer(rebasing: $0[start...])) }) {
            return start..<bytes.count
        }
        guard forced == .utf8 else { return nil }
        let (line, column) = Self.position(ofByte: Self.firstInvalidUTF8(bytes), in: bytes)
        throw GeoError(
            .dataError, "the file is not valid UTF-8",
            at: SourceLocation(path: path, line: line, column: column),
            hint: "Re-save it as UTF-8, or name its encoding with --encoding (\(TextEncoding.namesForHelp)).")
    }

    private static func startsWithUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Whether `bytes` are valid UTF-8, as `String(validating:as:)` decides, without making
    /// the string. ASCII is skipped eight bytes at a time; each run of other bytes ends at
    /// the next ASCII byte (which is never part of a longer sequence), so it is decoded on
    /// its own, strictly (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            while index < count, bytes[index] < 0x80 { index += 1 }
            guard index < count else { break }
            var end = index + 1
            while end < count, bytes[end] >= 0x80 { end += 1 }
            var iterator = UnsafeBufferPointer(rebasing: bytes[index..<end]).makeIterator()
            var decoder = UTF8()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: break decoding
                case .error: return false
                }
            }
            index = end
        }
        return true
    }

    private func decodeUTF16(_ bytes: [UInt8], path: String) throws(GeoError) -> Decoded {
        var littleEndian = true
        var start = 0
        if bytes.starts(with: [0xFF, 0xFE]) {
            start = 2
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
            start = 2
        }
        guard (bytes.count - start) % 2 == 0 else {
            throw GeoError(
                .dataError, "the UTF-16 file has an odd number of bytes", at: SourceLocation(path: path),
                hint: "The file is truncated or not UTF-16; re-export it as UTF-8.")
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    throw GeoError(
                        .dataError, "the file contains a NUL character", at: SourceLocation(path: path),
                        hint: "It is probably not a CSV file; check that you passed the right file.")
                }
                text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                throw GeoError(
                    .dataError, "the file is not valid UTF-16", at: SourceLocation(path: path),
                    hint: "Re-export it as UTF-8, or name its encoding with --encoding.")
            }
        }
        return Decoded(text: text, encoding: .utf16)
    }

    private func rejectBinary(_ bytes: [UInt8], path: String) throws(GeoError) {
        // memchr looks at many bytes at a time; a byte loop took 2 % of a 30 MB ingest.
        let found = bytes.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress, let nul = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(nul))
        }
        guard let nul = found else { return }
        let (line, column) = Self.position(ofByte: nul, in: bytes)
        let looksUTF16 = bytes.count > 1 && (bytes[1] == 0 || bytes[0] == 0)
        throw GeoError(
            .dataError, "the file contains a NUL byte; it is not a text file",
            at: SourceLocation(path: path, line: line, column: column),
            hint: looksUTF16
                ? "It looks like UTF-16 without a byte-order mark; re-save it as UTF-8 or pass --encoding utf-16 after adding a BOM."
                : "Check that you passed the right file; binary files (xlsx, zip) must be exported to CSV first.")
    }

    private func detectLegacy(_ bytes: [UInt8], path: String) throws(GeoError) -> Decoded {
        let candidates: [TextEncoding] = [.windows1252, .macRoman]
        let scored = candidates.map { ($0, Self.plausibility(bytes, as: $0)) }
        let best = scored.max { $0.1 < $1.1 }
        let ties = scored.filter { $0.1 == best?.1 }
        if let best, ties.count == 1, best.1 > 0 {
            return Decoded(text: Self.decodeSingleByte(bytes, as: best.0), encoding: best.0)
        }
        let (line, column) = Self.position(ofByte: Self.firstInvalidUTF8(bytes), in: bytes)
        throw GeoError(
            .dataError, "the file is not UTF-8 and its legacy encoding cannot be told apart",
            at: SourceLocation(path: path, line: line, column: column),
            hint: "Name the encoding with --encoding (\(TextEncoding.namesForHelp)) or re-save the file as UTF-8.")
    }

    /// Scores how plausible a single-byte decoding is: +2 for a letter inside a word, −3 for
    /// an undefined or control character, −1 for a symbol inside a word or an upper-case
    /// letter before a lower-case one.
    static func plausibility(_ bytes: [UInt8], as encoding: TextEncoding) -> Int {
        var score = 0
        for (index, byte) in bytes.enumerated() where byte >= 0x80 {
            guard let scalar = encoding.scalar(forHighByte: byte), !(0x80...0x9F).contains(scalar.value) else {
                score -= 3
                continue
            }
            let previous = index > 0 ? bytes[index - 1] : 0x20
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            let insideWord = isLetterByte(previous) || isLetterByte(next)
            if scalar.properties.isAlphabetic {
                // Inside a word, a letter followed by a lower-case letter is itself lower case:
                // "T\u{9F}rkiye" is "Türkiye" (Mac OS Roman), not "TŸrkiye" (Windows-1252).
                if scalar.properties.isUppercase, (0x61...0x7A).contains(next) {
                    score -= 1
                } else {
                    score += insideWord ? 2 : 1
                }
            } else if insideWord {
                score -= 1
            }
        }
        return score
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    static func decodeSingleByte(_ bytes: [UInt8], as encoding: TextEncoding) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                text.append(Unicode.Scalar(byte))
            } else {
                text.append(encoding.scalar(forHighByte: byte) ?? "\u{FFFD}")
            }
        }
        return String(text)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var lastGood = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                lastGood = consumed
            case .emptyInput: return bytes.count
            case .error: return lastGood
            }
        }
    }

    /// 1-based line and column (in bytes) of byte `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
