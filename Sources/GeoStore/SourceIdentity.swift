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
    /// - Complexity: O(n) in the number of observations, plus sorting the lines of a key given more than once.
    static func observationsHash(of observations: ObservationList) -> String {
        // A line starts with its area code, period and metric, each written `+text` and followed
        // by a tab, and no written field holds a tab: so two lines compare as their first three
        // fields do, field by field, and only lines equal in all three (a key given twice) need
        // their full bytes compared. The lines are put in order by ranking the list's few
        // distinct fields and sorting integers (the list's own numbers, so no text is looked
        // at per observation), then written straight into the hasher, 64 KB at a time: the
        // same bytes in the same order as sorting `canonicalLine` strings and joining them,
        // without holding the lines or building an ``Observation`` for a plain reported value.
        let codes = FieldRanking(observations.codesByNumber.map(\.rawValue))
        let periods = FieldRanking(observations.periodsByNumber.map(\.description))
        let metrics = FieldRanking(observations.metricsByNumber)
        var keys: [LineKey] = []
        keys.reserveCapacity(observations.count)
        for index in observations.indices {
            let key = observations.key(at: index)
            keys.append(
                LineKey(
                    code: codes.ranks[Int(key.code)], period: periods.ranks[Int(key.period)],
                    metric: metrics.ranks[Int(key.metric)], index: UInt32(index)))
        }
        keys = LineKey.sorted(
            keys, codes: codes.written.count, periods: periods.written.count, metrics: metrics.written.count)

        var writer = LineWriter()
        var runStart = keys.startIndex
        while runStart < keys.endIndex {
            var runEnd = runStart + 1
            while runEnd < keys.endIndex, keys[runEnd].sameFields(as: keys[runStart]) { runEnd += 1 }
            if runEnd - runStart == 1 {
                let key = keys[runStart]
                writer.writeLine { line in
                    line.append(contentsOf: codes.written[Int(key.code)])
                    line.append(contentsOf: periods.written[Int(key.period)])
                    line.append(contentsOf: metrics.written[Int(key.metric)])
                    if let plain = observations.plainValue(at: Int(key.index)) {
                        appendTrailingFields(plain, to: &line)
                    } else {
                        appendTrailingFields(observations[Int(key.index)], to: &line)
                    }
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
    private struct LineKey {
        let code: UInt32
        let period: UInt32
        let metric: UInt32
        let index: UInt32

        /// `keys` in order (their ranks, then their index): stably by metric, then by period,
        /// then by code, each pass a counting sort over the field's ranks
        /// (``Swift/Array/stablySorted(ranks:by:)``). The keys come in index order, so equal
        /// fields keep it.
        static func sorted(_ keys: [LineKey], codes: Int, periods: Int, metrics: Int) -> [LineKey] {
            keys.stablySorted(ranks: metrics) { $0.metric }
                .stablySorted(ranks: periods) { $0.period }
                .stablySorted(ranks: codes) { $0.code }
        }

        func sameFields(as other: LineKey) -> Bool {
            code == other.code && period == other.period && metric == other.metric
        }
    }

    /// The distinct values of one leading field, by their number in the list, with the rank
    /// of each in the order its written form (`+text` and the tab after it) sorts in a line.
    private struct FieldRanking {
        /// Each number's rank.
        let ranks: [UInt32]
        /// The written forms by rank.
        let written: [[UInt8]]

        init(_ texts: [String]) {
            let forms = texts.map { text in
                var bytes: [UInt8] = []
                SourceIdentity.append(text, to: &bytes)
                bytes.append(UInt8(ascii: "\t"))
                return bytes
            }
            let order = forms.indices.sorted { forms[$0].lexicographicallyPrecedes(forms[$1]) }
            var ranks = [UInt32](repeating: 0, count: forms.count)
            for (rank, number) in order.enumerated() { ranks[number] = UInt32(rank) }
            self.ranks = ranks
            written = order.map { forms[$0] }
        }
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

    /// ``appendTrailingFields(_:to:)`` for a plain reported value: the same bytes, read from the
    /// list's row without building the ``Observation``.
    private static func appendTrailingFields(_ plain: ObservationList.PlainValue, to buffer: inout [UInt8]) {
        let tab = UInt8(ascii: "\t")
        append(plain.value, to: &buffer)
        buffer.append(contentsOf: plainMiddle)
        append(plain.line, to: &buffer)
        buffer.append(tab)
        append(plain.column, to: &buffer)
        buffer.append(contentsOf: plainEnd)
    }

    /// The fields of a plain value between its value and its line: no low, no high, status
    /// `reported`, no label.
    private static let plainMiddle = Array("\t-\t-\t+\(Observation.Status.reported.rawValue)\t-\t".utf8)
    /// The fields of a plain value after its column: no source id, no note.
    private static let plainEnd = Array("\t-\t-".utf8)

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
        appendDigits(of: number.bitPattern, radix: 16, to: &buffer)
    }

    private static func append(_ integer: Int?, to buffer: inout [UInt8]) {
        guard let integer else { return buffer.append(UInt8(ascii: "-")) }
        buffer.append(UInt8(ascii: "+"))
        if integer < 0 { buffer.append(UInt8(ascii: "-")) }
        appendDigits(of: UInt64(integer.magnitude), radix: 10, to: &buffer)
    }

    /// `String(value, radix: radix)`'s bytes (lower-case digits, no leading zeros) appended at
    /// once, without making the string. Inlined, so each caller divides by a constant.
    @inline(__always)
    private static func appendDigits(of value: UInt64, radix: UInt64, to buffer: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: UInt64.bitWidth) { digits in
            var start = digits.count
            var rest = value
            repeat {
                let digit = UInt8(truncatingIfNeeded: rest % radix)
                start -= 1
                digits[start] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                rest /= radix
            } while rest > 0
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
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
