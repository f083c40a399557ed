/// Text as UTF-8 bytes known to be valid: a `String`'s, or the part of a file's bytes that
/// ``TextDecoder/utf8Text(in:path:)`` has checked, read where it lies (``CSVTable/init(bytes:path:decoder:reader:)``).
///
/// A large file is scanned straight from the bytes it was read into: making a `String` of it
/// would check every byte again and copy the file (about 35 ms and 32 MB for the benchmark's
/// million rows, before the scan could start).
struct UTF8Text: Sendable {
    private let bytes: [UInt8]
    private let range: Range<Int>

    /// The UTF-8 of `text`.
    init(_ text: String) {
        bytes = Array(text.utf8)
        range = bytes.indices
    }

    /// `range` of `bytes`, which must be valid UTF-8 (``TextDecoder/utf8Text(in:path:)`` says so).
    init(validated bytes: [UInt8], range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "the range lies outside the bytes")
        self.bytes = bytes
        self.range = range
    }

    /// The number of bytes.
    var count: Int { range.count }

    /// Calls `body` with the bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text as a `String`.
    var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }
}
