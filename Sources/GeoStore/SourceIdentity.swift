import Foundation
import GeoModel

/// A source file's identity in the store: its path, its bytes' SHA-256 and the SHA-256 of the
/// observations read from it (`sources.path`, `sources.sha256`, `sources.observations_hash`).
///
/// The same file read the same way by two pipelines has one identity, so its observations
/// are stored once. The same bytes read differently (another pipeline's aliases map a name to
/// another economy) give other observations, so another identity: never silently merged.
struct SourceIdentity: Hashable, Sendable {
    /// The path as ingested.
    let path: String
    /// The SHA-256 of the file's bytes.
    let sha256: String
    /// ``observationsHash(of:)`` of the file's observations.
    let observationsHash: String

    /// The identity of an ingested file.
    init(_ file: IngestedFile) {
        path = file.source.path
        sha256 = file.source.sha256
        observationsHash = Self.observationsHash(of: file.observations)
    }

    /// The identity's line in a source set hash: `path<TAB>sha256<TAB>observations_hash`.
    var sourceSetLine: String { "\(path)\t\(sha256)\t\(observationsHash)" }

    /// The SHA-256 of a canonical serialisation of `observations`, independent of their order.
    ///
    /// Each observation becomes one line of every stored field (see ``canonicalLine(_:)``);
    /// the lines are sorted by their UTF-8 bytes and joined by newlines.
    ///
    /// - Complexity: O(n log n) in the number of observations.
    static func observationsHash(of observations: some Sequence<Observation>) -> String {
        // The lines are written as UTF-8 into one buffer and sorted as byte ranges: the same
        // bytes in the same order as sorting `canonicalLine` strings by their UTF-8 and joining
        // them, without a string per line. Each range carries its first 16 bytes as two
        // big-endian integers, so most comparisons are two integer compares, not a memcmp.
        var buffer: [UInt8] = []
        // About 60 bytes a line without notes or labels: room reserved once, not doubled into.
        buffer.reserveCapacity(observations.underestimatedCount * 64)
        var lines: [SortedLine] = []
        lines.reserveCapacity(observations.underestimatedCount)
        var periods = PeriodText()
        for observation in observations {
            let start = buffer.count
            appendCanonicalLine(observation, to: &buffer, periods: &periods)
            lines.append(SortedLine(range: start..<buffer.count))
        }
        var hasher = SHA256.Hasher()
        buffer.withUnsafeBytes { bytes in
            // An empty buffer has no address and no lines: the digest is that of no text.
            guard let base = bytes.baseAddress else { return }
            for index in lines.indices { lines[index].loadPrefix(from: base) }
            lines.sort { left, right in
                if left.prefix0 != right.prefix0 { return left.prefix0 < right.prefix0 }
                if left.prefix1 != right.prefix1 { return left.prefix1 < right.prefix1 }
                let common = min(left.range.count, right.range.count)
                let order = memcmp(base + left.range.lowerBound, base + right.range.lowerBound, common)
                return order != 0 ? order < 0 : left.range.count < right.range.count
            }
            // The sorted lines and their newlines are gathered into 64 KB blocks, so the hasher
            // is called once per block rather than twice per line.
            var block: [UInt8] = []
            block.reserveCapacity(1 << 16)
            for (index, line) in lines.enumerated() {
                if index > 0 { block.append(0x0A) }
                block.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[line.range]))
                if block.count >= 1 << 16 {
                    block.withUnsafeBytes { hasher.update($0) }
                    block.removeAll(keepingCapacity: true)
                }
            }
            block.withUnsafeBytes { hasher.update($0) }
        }
        return hasher.hexDigest()
    }

    /// One line of the buffer and its first 16 bytes, zero-padded, as big-endian integers.
    ///
    /// Zero padding keeps the order: a line that is a proper prefix of another within the
    /// first 16 bytes pads with 0, and no line contains a 0 byte... except text holding NUL,
    /// which the full comparison after equal prefixes still orders correctly, because equal
    /// padded prefixes fall through to memcmp and length.
    private struct SortedLine {
        let range: Range<Int>
        var prefix0: UInt64 = 0
        var prefix1: UInt64 = 0

        init(range: Range<Int>) { self.range = range }

        mutating func loadPrefix(from base: UnsafeRawPointer) {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { raw in
                raw.copyMemory(
                    from: UnsafeRawBufferPointer(start: base + range.lowerBound, count: min(16, range.count)))
            }
            prefix0 = UInt64(bigEndian: words.0)
            prefix1 = UInt64(bigEndian: words.1)
        }
    }

    /// The text of the last period seen (observations come grouped by period).
    private struct PeriodText {
        var period: Period?
        var bytes: [UInt8] = []

        mutating func bytes(of period: Period) -> [UInt8] {
            if period != self.period {
                self.period = period
                bytes = Array(period.description.utf8)
            }
            return bytes
        }
    }

    /// ``canonicalLine(_:)``'s UTF-8 bytes, appended to `buffer`.
    private static func appendCanonicalLine(
        _ observation: Observation, to buffer: inout [UInt8], periods: inout PeriodText
    ) {
        let tab = UInt8(ascii: "\t")
        append(observation.iso3.rawValue, to: &buffer)
        buffer.append(tab)
        buffer.append(UInt8(ascii: "+"))
        buffer.append(contentsOf: periods.bytes(of: observation.period))  // a period has no character to escape
        buffer.append(tab)
        append(observation.metric, to: &buffer)
        buffer.append(tab)
        append(observation.value, to: &buffer)
        buffer.append(tab)
        append(observation.low, to: &buffer)
        buffer.append(tab)
        append(observation.high, to: &buffer)
        buffer.append(tab)
        append(observation.status.rawValue, to: &buffer)
        buffer.append(tab)
        append(observation.label, to: &buffer)
        buffer.append(tab)
        append(observation.origin.line, to: &buffer)
        buffer.append(tab)
        append(observation.origin.column, to: &buffer)
        buffer.append(tab)
        append(observation.sourceID, to: &buffer)
        buffer.append(tab)
        append(observation.note, to: &buffer)
    }

    private static func append(_ text: String?, to buffer: inout [UInt8]) {
        guard let text else { return buffer.append(UInt8(ascii: "-")) }
        buffer.append(UInt8(ascii: "+"))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: buffer.append(byte)
            }
        }
    }

    private static func append(_ number: Double?, to buffer: inout [UInt8]) {
        guard let number else { return buffer.append(UInt8(ascii: "-")) }
        buffer.append(UInt8(ascii: "+"))
        // String(bitPattern, radix: 16): lower-case hex digits without leading zeros.
        let bits = number.bitPattern
        let digits = bits == 0 ? 1 : (64 - bits.leadingZeroBitCount + 3) / 4
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let nibble = UInt8(truncatingIfNeeded: bits >> UInt64(shift)) & 0x0F
            buffer.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
        }
    }

    private static func append(_ integer: Int?, to buffer: inout [UInt8]) {
        guard let integer else { return buffer.append(UInt8(ascii: "-")) }
        buffer.append(UInt8(ascii: "+"))
        buffer.append(contentsOf: String(integer).utf8)
    }

    /// One observation's stored fields, tab-separated, in the order iso3, period, metric,
    /// value, low, high, status, label, line, column, source_ref, note.
    ///
    /// A missing field is `-`; a present one is `+` and its text, with backslash, tab, newline
    /// and carriage return escaped, so `nil` differs from empty and no field can forge another.
    /// Doubles are their IEEE 754 bit pattern in hex, so equal lines mean bit-identical values.
    static func canonicalLine(_ observation: Observation) -> String {
        [
            field(observation.iso3.rawValue), field(observation.period.description), field(observation.metric),
            field(observation.value), field(observation.low), field(observation.high),
            field(observation.status.rawValue), field(observation.label), field(observation.origin.line),
            field(observation.origin.column), field(observation.sourceID), field(observation.note),
        ].joined(separator: "\t")
    }

    private static func field(_ text: String?) -> String {
        guard let text else { return "-" }
        var escaped = "+"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func field(_ number: Double?) -> String {
        number.map { "+" + String($0.bitPattern, radix: 16) } ?? "-"
    }

    private static func field(_ integer: Int?) -> String {
        integer.map { "+" + String($0) } ?? "-"
    }
}
