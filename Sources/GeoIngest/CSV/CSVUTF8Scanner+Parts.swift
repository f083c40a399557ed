import Foundation
import GeoModel

extension CSVUTF8Scanner {
    /// Files of at least this many bytes are scanned in two parts side by side (a million-row
    /// file took a quarter of its ingest scanning on one core while the other waited).
    static let bytesForTwoParts = 4 << 20

    /// Where a file can be cut into two parts that scan on their own: just after a line feed
    /// near the middle with an even number of quotes before it, so that it is outside every
    /// quoted field; with the line the second part starts on.
    ///
    /// A quote or line feed byte is never part of a longer UTF-8 sequence. Inside quotes a
    /// quote either closes the field or is doubled, and outside one either opens a field or is
    /// an error; so a first part that scans without error ends outside quotes exactly when it
    /// holds an even number of them. Returns `nil` when no such line feed follows the middle
    /// (a file of CR line ends, or one long quoted field).
    static func partBoundary(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, line: Int)? {
        partBoundary(in: bytes, after: bytes.count / 2)
    }

    /// ``partBoundary(in:)`` at the first such line feed from `target` bytes on, for a text cut
    /// into parts of about `target` bytes (`bytes` starting where a part starts).
    static func partBoundary(in bytes: UnsafeBufferPointer<UInt8>, after target: Int) -> (offset: Int, line: Int)? {
        guard let base = bytes.baseAddress, target < bytes.count else { return nil }
        var quotes = count(quote, in: UnsafeBufferPointer(rebasing: bytes[..<target]))
        var index = target
        var boundary: Int?
        // From line feed to line feed (memchr), counting the quotes in between.
        while index < bytes.count, let found = memchr(base + index, Int32(lineFeed), bytes.count - index) {
            let lineEnd = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            quotes += count(quote, in: UnsafeBufferPointer(rebasing: bytes[index..<lineEnd]))
            if quotes % 2 == 0 {
                boundary = lineEnd + 1
                break
            }
            index = lineEnd + 1
        }
        guard let boundary, boundary < bytes.count else { return nil }
        let first = UnsafeBufferPointer(rebasing: bytes[..<boundary])
        // The scanner counts a line per LF, per CR and once per CRLF pair.
        var lines = count(lineFeed, in: first)
        if count(carriageReturn, in: first) > 0 {
            for position in first.indices where first[position] == carriageReturn {
                if position + 1 == boundary || first[position + 1] != lineFeed { lines += 1 }
            }
        }
        return (boundary, 1 + lines)
    }

    /// How many of `bytes` are `target`, 32 bytes at a time.
    ///
    /// Each comparison's lanes are 0 or 0xFF; subtracting them counts one per match in byte
    /// lanes, which are added up before 255 blocks could overflow one. (A byte loop, even
    /// written without branches, stayed a byte loop: 40 ms of the 1 M-row file's ingest before
    /// either part could start.)
    static func count(_ target: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let needle = SIMD32<UInt8>(repeating: target)
        let vectorEnd = bytes.count - bytes.count % 32
        var total = 0
        var offset = 0
        while offset < vectorEnd {
            var lanes = SIMD32<UInt8>.zero
            let blockEnd = min(vectorEnd, offset + 255 * 32)
            while offset < blockEnd {
                let matches = raw.loadUnaligned(fromByteOffset: offset, as: SIMD32<UInt8>.self) .== needle
                lanes &-= unsafeBitCast(matches, to: SIMD32<UInt8>.self)
                offset += 32
            }
            for lane in lanes.indices { total += Int(lanes[lane]) }
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[offset...]) where byte == target { total += 1 }
        return total
    }

    /// The records of `text`, which holds UTF-8 `separator`-separated values: scanned in two
    /// parts side by side from ``bytesForTwoParts`` bytes (`minimumBytes` lets tests split
    /// small inputs), else in one pass. Either way the records, positions and first error are
    /// those of one pass.
    static func records(
        in text: UTF8Text, separator: UInt8, path: String, minimumBytes: Int = bytesForTwoParts
    ) throws(GeoError) -> CSVRecords {
        var parts = try recordParts(
            in: text, separator: separator, path: path, minimumBytes: minimumBytes, reservingWhole: true)
        // Moved out of the array, so that the first part's arrays are not shared and grow in place.
        var records = parts.removeFirst()
        for part in parts { records.append(part) }
        return records
    }

    /// ``records(in:separator:path:minimumBytes:)`` as scanned: one part, or two consecutive
    /// ones whose records, joined in order, are those of one pass (a reader can take each part's
    /// rows on its own core without joining them first). `reservingWhole` reserves the first
    /// part's arrays for the whole file, so that joining does not grow them.
    ///
    /// The second part does not know the header's width, which sets how many trailing empty
    /// fields a record keeps; it keeps them all, and in the rare file where that differs from
    /// one pass (a row with empty fields past the header's last column) it is scanned again
    /// knowing the width.
    static func recordParts(
        in text: UTF8Text, separator: UInt8, path: String, minimumBytes: Int = bytesForTwoParts,
        reservingWhole: Bool = false
    ) throws(GeoError) -> [CSVRecords] {
        let whole = text.count
        let boundary = whole >= max(minimumBytes, 2) ? text.withBytes { partBoundary(in: $0) } : nil
        guard let boundary, whole <= CSVRecords.maximumBytes else {
            return [try scan(text, 0..<whole, separator: separator, path: path)]
        }
        let (first, second) = try Parallel.both(
            { () throws(GeoError) in
                try scan(
                    text, 0..<boundary.offset, separator: separator, path: path,
                    reservingFor: reservingWhole ? whole : nil)
            },
            { () throws(GeoError) in
                try scan(
                    text, boundary.offset..<whole, separator: separator, path: path, firstLine: boundary.line,
                    keptFields: Int.max)
            })
        guard let header = first.firstRecordFieldCount else {
            // Nothing but blank lines before the boundary: the header is in the second part.
            return [try scan(text, 0..<whole, separator: separator, path: path)]
        }
        guard second.trimsTrailingFields(keeping: header) else { return [first, second] }
        return [
            first,
            try scan(
                text, boundary.offset..<whole, separator: separator, path: path, firstLine: boundary.line,
                keptFields: header),
        ]
    }

    /// The records of a text scanned one part after another, for a reader that takes each part's
    /// records before the next is scanned (a large file stored while it is read).
    ///
    /// Each part ends at a line feed outside quotes (``partBoundary(in:after:)``) and is scanned
    /// from the line it starts on, knowing the header's width once a part has held the header:
    /// joined in order, the parts' records, and the first error, are those of one pass.
    struct SequentialParts {
        private let text: UTF8Text
        private let separator: UInt8
        private let path: String
        /// About how many bytes the first part, and each later one, has.
        private let firstBytes: Int
        private let laterBytes: Int
        private var offset = 0
        private var line = 1
        /// The header's field count, once a part held it.
        private var header: Int?

        init(text: UTF8Text, separator: UInt8, path: String, firstBytes: Int, laterBytes: Int) {
            self.text = text
            self.separator = separator
            self.path = path
            self.firstBytes = max(firstBytes, 1)
            self.laterBytes = max(laterBytes, 1)
        }

        /// The next part's records; `nil` once the text is scanned.
        mutating func next() throws(GeoError) -> CSVRecords? {
            guard offset < text.count else { return nil }
            let (start, target) = (offset, offset == 0 ? firstBytes : laterBytes)
            let boundary = text.withBytes { bytes in
                CSVUTF8Scanner.partBoundary(in: UnsafeBufferPointer(rebasing: bytes[start...]), after: target)
            }
            let end = boundary.map { start + $0.offset } ?? text.count
            let records = try CSVUTF8Scanner.scan(
                text, start..<end, separator: separator, path: path, firstLine: line, keptFields: header)
            if header == nil { header = records.firstRecordFieldCount }
            offset = end
            line += (boundary?.line ?? 1) - 1
            return records
        }
    }

    /// The records of `range` of `text`'s bytes.
    fileprivate static func scan(
        _ text: UTF8Text, _ range: Range<Int>, separator: UInt8, path: String, firstLine: Int = 1,
        keptFields: Int? = nil, reservingFor: Int? = nil
    ) throws(GeoError) -> CSVRecords {
        let result = text.withBytes { bytes in
            Result { () throws(GeoError) -> CSVRecords in
                var scanner = CSVUTF8Scanner(
                    bytes: UnsafeBufferPointer(rebasing: bytes[range]), separator: separator, path: path)
                scanner.firstLine = firstLine
                scanner.keptFields = keptFields
                scanner.reservingFor = reservingFor
                return try scanner.records()
            }
        }
        return try result.get()
    }
}
