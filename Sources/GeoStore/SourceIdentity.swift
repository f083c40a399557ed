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
    static func observationsHash<Observations: RandomAccessCollection<Observation>>(
        of observations: Observations
    ) -> String where Observations.Index == Int {
        // A line starts with its area code, period and metric, each written `+text` and followed
        // by a tab, and no written field holds a tab: so two lines compare as their first three
        // fields do, field by field, and only lines equal in all three (a key given twice) need
        // their full bytes compared. The lines are put in order by ranking the few distinct
        // fields and sorting integers, then written straight into the hasher, 64 KB at a time:
        // the same bytes in the same order as sorting `canonicalLine` strings and joining them,
        // without holding the lines.
        var codes = FieldRanking<String>()
        var periods = FieldRanking<Period>()
        var metrics = FieldRanking<String>()
        var keys: [LineKey] = []
        keys.reserveCapacity(observations.count)
        for index in observations.indices {
            let observation = observations[index]
            keys.append(
                LineKey(
                    code: codes.number(of: observation.iso3.rawValue, text: \.self),
                    period: periods.number(of: observation.period, text: \.description),
                    metric: metrics.number(of: observation.metric, text: \.self), index: UInt32(index)))
        }
        let (codeRanks, periodRanks, metricRanks) = (codes.rank(), periods.rank(), metrics.rank())
        for position in keys.indices {
            let key = keys[position]
            keys[position] = LineKey(
                code: codeRanks[Int(key.code)], period: periodRanks[Int(key.period)],
                metric: metricRanks[Int(key.metric)], index: key.index)
        }
        keys.sort()

        var writer = LineWriter()
        var runStart = keys.startIndex
        while runStart < keys.endIndex {
            var runEnd = runStart + 1
            while runEnd < keys.endIndex, keys[runEnd].sameFields(as: keys[runStart]) { runEnd += 1 }
            if runEnd - runStart == 1 {
                let key = keys[runStart]
                writer.writeLine { line in
                    line.append(contentsOf: codes.written(rank: key.code))
                    line.append(contentsOf: periods.written(rank: key.period))
                    line.append(contentsOf: metrics.written(rank: key.metric))
                    appendTrailingFields(observations[Int(key.index)], to: &line)
                }
            } else {
                // A key given more than once: these lines differ only after the third field.
                let lines = keys[runStart..<runEnd].map { key in
                    var line: [UInt8] = []
                    appendCanonicalLine(observations[Int(key.index)], to: &line)
                    return line
                }
                for line in lines.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                    writer.writeLine { $0.append(contentsOf: line) }
                }
            }
            runStart = runEnd
        }
        return writer.hexDigest()
    }

    /// A line's first three fields as ranks, and which observation it is.
    private struct LineKey: Comparable {
        let code: UInt32
        let period: UInt32
        let metric: UInt32
        let index: UInt32

        func sameFields(as other: LineKey) -> Bool {
            code == other.code && period == other.period && metric == other.metric
        }

        static func < (lhs: LineKey, rhs: LineKey) -> Bool {
            (lhs.code, lhs.period, lhs.metric, lhs.index) < (rhs.code, rhs.period, rhs.metric, rhs.index)
        }
    }

    /// The distinct values of one leading field, numbered as they come, and their ranks in the
    /// order their written form (`+text` and the tab after it) sorts in a line.
    private struct FieldRanking<Value: Hashable & Sendable> {
        private var numbering = Numbering<Value>()
        /// Each value's written form, by number until ``rank()``, then by rank.
        private var written: [[UInt8]] = []

        mutating func number(of value: Value, text: (Value) -> String) -> UInt32 {
            let number = numbering.number(of: value)
            if Int(number) == written.count {
                var bytes: [UInt8] = []
                append(text(value), to: &bytes)
                bytes.append(UInt8(ascii: "\t"))
                written.append(bytes)
            }
            return number
        }

        /// Puts the written forms in their sorted order and returns each number's rank there.
        mutating func rank() -> [UInt32] {
            let order = written.indices.sorted { written[$0].lexicographicallyPrecedes(written[$1]) }
            var ranks = [UInt32](repeating: 0, count: written.count)
            for (rank, number) in order.enumerated() { ranks[number] = UInt32(rank) }
            written = order.map { written[$0] }
            return ranks
        }

        /// The written form (`+text` and a tab) of the value of rank `rank`, after ``rank()``.
        func written(rank: UInt32) -> [UInt8] { written[Int(rank)] }
    }

    /// Lines joined by newlines, fed to SHA-256 in 64 KB blocks.
    private struct LineWriter {
        private var hasher = SHA256.Hasher()
        private var block: [UInt8] = []
        private var isFirst = true

        init() { block.reserveCapacity(1 << 16 + 1 << 12) }

        mutating func writeLine(_ write: (inout [UInt8]) -> Void) {
            if !isFirst { block.append(0x0A) }
            isFirst = false
            write(&block)
            if block.count >= 1 << 16 {
                block.withUnsafeBytes { hasher.update($0) }
                block.removeAll(keepingCapacity: true)
            }
        }

        mutating func hexDigest() -> String {
            block.withUnsafeBytes { hasher.update($0) }
            return hasher.hexDigest()
        }
    }

    /// ``canonicalLine(_:)``'s UTF-8 bytes, appended to `buffer`.
    private static func appendCanonicalLine(_ observation: Observation, to buffer: inout [UInt8]) {
        let tab = UInt8(ascii: "\t")
        append(observation.iso3.rawValue, to: &buffer)
        buffer.append(tab)
        append(observation.period.description, to: &buffer)
        buffer.append(tab)
        append(observation.metric, to: &buffer)
        buffer.append(tab)
        appendTrailingFields(observation, to: &buffer)
    }

    /// The fields of ``canonicalLine(_:)`` after the metric's tab, from the value on.
    private static func appendTrailingFields(_ observation: Observation, to buffer: inout [UInt8]) {
        let tab = UInt8(ascii: "\t")
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
