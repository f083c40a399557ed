/// A file's observations in compact form: each area code, period, metric, path and text once,
/// and one fixed-size row per observation; an ``Observation`` is built when it is read.
///
/// A million observations as `[Observation]` take about 200 MB (each carries its strings and
/// optionals); here they take about 64 MB, which is what lets a million-row file be read and
/// stored in a few hundred megabytes. Reading one back gives exactly the value appended.
///
/// ```swift
/// var list = ObservationList()
/// list.append(observation)
/// list[0] == observation   // true
/// ```
public struct ObservationList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    /// One observation: numbers into the tables below, the numbers, and which are present.
    private struct Row: Sendable {
        var value: Double
        var low: Double
        var high: Double
        var code: UInt32
        var period: UInt32
        var metric: UInt32
        var path: UInt32
        /// 0 for `nil`, else 1 + the index in ``texts``.
        var label: UInt32
        var sourceID: UInt32
        var note: UInt32
        var line: UInt32
        var column: UInt32
        /// Which optionals are present (``Presence``) and the status.
        var flags: UInt8
    }

    /// Bits of ``Row/flags``.
    private enum Presence {
        static let value: UInt8 = 1
        static let low: UInt8 = 2
        static let high: UInt8 = 4
        static let line: UInt8 = 8
        static let column: UInt8 = 16
        static let insufficientData: UInt8 = 32
    }

    private var rows: [Row] = []
    private var codes = Numbering<AreaCode>()
    private var periods = Numbering<Period>()
    private var metrics = Numbering<String>()
    private var paths = Numbering<String>()
    private var texts = Numbering<String>()
    /// Observations whose line or column does not fit 32 bits, by index (never in a real file).
    private var largePositions: [Int: SourceLocation] = [:]

    /// An empty list.
    public init() {}

    /// The observations of `array`, in order.
    public init(_ array: [Observation]) {
        rows.reserveCapacity(array.count)
        for observation in array { append(observation) }
    }

    /// The observations of the literal, in order.
    public init(arrayLiteral elements: Observation...) { self.init(elements) }

    /// The first position (0).
    public var startIndex: Int { 0 }

    /// One past the last observation.
    public var endIndex: Int { rows.count }

    /// The observation at `position`, built from its row.
    public subscript(position: Int) -> Observation {
        let row = rows[position]
        let origin =
            largePositions[position]
            ?? SourceLocation(
                path: paths.values[Int(row.path)],
                line: row.flags & Presence.line != 0 ? Int(row.line) : nil,
                column: row.flags & Presence.column != 0 ? Int(row.column) : nil)
        return Observation(
            iso3: codes.values[Int(row.code)], period: periods.values[Int(row.period)],
            metric: metrics.values[Int(row.metric)], value: row.flags & Presence.value != 0 ? row.value : nil,
            low: row.flags & Presence.low != 0 ? row.low : nil, high: row.flags & Presence.high != 0 ? row.high : nil,
            status: row.flags & Presence.insufficientData != 0 ? .insufficientData : .reported,
            label: text(row.label), origin: origin, sourceID: text(row.sourceID), note: text(row.note))
    }

    /// An observation's period, metric and area code as their numbers in this list.
    public struct Key: Hashable, Comparable, Sendable {
        /// The period's number.
        public let period: UInt32
        /// The metric's number.
        public let metric: UInt32
        /// The area code's number.
        public let code: UInt32

        /// A key of these numbers.
        @inlinable public init(period: UInt32, metric: UInt32, code: UInt32) {
            self.period = period
            self.metric = metric
            self.code = code
        }

        /// Orders by period, metric, then area code number.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.period, lhs.metric, lhs.code) < (rhs.period, rhs.metric, rhs.code)
        }
    }

    /// The key of the observation at `position`, read from its row (no string is touched).
    public func key(at position: Int) -> Key {
        let row = rows[position]
        return Key(period: row.period, metric: row.metric, code: row.code)
    }

    /// A reported value on its own: no band, label, source id or note.
    public struct PlainValue: Equatable, Sendable {
        /// The value.
        public let value: Double
        /// The line it was read from, if known.
        public let line: Int?
        /// The column it was read from, if known.
        public let column: Int?
    }

    /// The observation at `position` when it is a plain reported value (most rows of a large
    /// file), read from its row without building the ``Observation``; `nil` for any other.
    public func plainValue(at position: Int) -> PlainValue? {
        let row = rows[position]
        let plain = Presence.value
        guard row.flags & (plain | Presence.low | Presence.high | Presence.insufficientData) == plain,
            row.label == 0, row.sourceID == 0, row.note == 0, largePositions.isEmpty || largePositions[position] == nil
        else { return nil }
        return PlainValue(
            value: row.value, line: row.flags & Presence.line != 0 ? Int(row.line) : nil,
            column: row.flags & Presence.column != 0 ? Int(row.column) : nil)
    }

    /// The distinct periods, by the numbers ``key(at:)`` gives them.
    public var periodsByNumber: [Period] { periods.values }
    /// The distinct metrics, by the numbers ``key(at:)`` gives them.
    public var metricsByNumber: [String] { metrics.values }
    /// The distinct area codes, by the numbers ``key(at:)`` gives them.
    public var codesByNumber: [AreaCode] { codes.values }

    /// The positions sorted by key, then by position (``KeyOrder``): observations with the same
    /// area code, period and metric are neighbours, the first of them in the list first.
    public func positionsByKey() -> [Int32] {
        KeyOrder.positions(
            count: rows.count, periods: periods.values.count, metrics: metrics.values.count, codes: codes.values.count
        ) { key(at: $0) }
    }

    /// Whether two observations share a key (area code, period and metric), answered in one
    /// pass with a bit per possible key when the list's codes × periods × metrics are at most
    /// ``bitsPerObservationForRepeats`` per observation; `nil` when there are more, for the
    /// caller to sort (``positionsByKey()``). A million-row file has no repeat, almost always:
    /// its check then costs no sort.
    public func repeatsAKey() -> Bool? {
        let (codeCount, periodCount, metricCount) = (codes.values.count, periods.values.count, metrics.values.count)
        let (pairs, pairsOverflow) = periodCount.multipliedReportingOverflow(by: metricCount)
        let (space, spaceOverflow) = pairs.multipliedReportingOverflow(by: codeCount)
        guard !pairsOverflow, !spaceOverflow, space <= Swift.max(rows.count, 1) * Self.bitsPerObservationForRepeats
        else {
            return nil
        }
        var seen = [UInt64](repeating: 0, count: (space + 63) / 64)
        for row in rows {
            let key = (Int(row.period) * metricCount + Int(row.metric)) * codeCount + Int(row.code)
            let bit: UInt64 = 1 << UInt64(key % 64)
            if seen[key / 64] & bit != 0 { return true }
            seen[key / 64] |= bit
        }
        return false
    }

    /// The most possible keys per observation for which ``repeatsAKey()`` keeps a bit each
    /// (8 bytes an observation at most).
    static let bitsPerObservationForRepeats = 64

    /// Reserves room for `count` observations in all.
    public mutating func reserveCapacity(_ count: Int) { rows.reserveCapacity(count) }

    /// Adds `observation` at the end.
    public mutating func append(_ observation: Observation) {
        var flags: UInt8 = observation.status == .insufficientData ? Presence.insufficientData : 0
        if observation.value != nil { flags |= Presence.value }
        if observation.low != nil { flags |= Presence.low }
        if observation.high != nil { flags |= Presence.high }
        let line = observation.origin.line.flatMap(UInt32.init(exactly:))
        let column = observation.origin.column.flatMap(UInt32.init(exactly:))
        if line != nil { flags |= Presence.line }
        if column != nil { flags |= Presence.column }
        if (line == nil) != (observation.origin.line == nil) || (column == nil) != (observation.origin.column == nil) {
            largePositions[rows.count] = observation.origin
        }
        rows.append(
            Row(
                value: observation.value ?? 0, low: observation.low ?? 0, high: observation.high ?? 0,
                code: codes.number(of: observation.iso3), period: periods.number(of: observation.period),
                metric: metrics.number(of: observation.metric), path: paths.number(of: observation.origin.path),
                label: textNumber(observation.label), sourceID: textNumber(observation.sourceID),
                note: textNumber(observation.note), line: line ?? 0, column: column ?? 0, flags: flags))
    }

    /// An area code as this list numbers it: taken once per distinct code by a reader that
    /// appends many rows (``appendReported(code:period:metric:value:path:line:column:)``), so that
    /// a row costs no lookup of its code. Meaningful only for the list that gave it.
    public struct CodeNumber: Sendable {
        fileprivate let value: UInt32
    }

    /// The number of `iso3` in this list, numbering it if it is new.
    public mutating func codeNumber(of iso3: AreaCode) -> CodeNumber {
        CodeNumber(value: codes.number(of: iso3))
    }

    /// Adds a plain reported value read from `line` and `column` of `path`: what appending the
    /// ``Observation`` with these fields and no band, label, source id or note adds, without
    /// building it (the usual row of a large file). `code` is from this list's ``codeNumber(of:)``.
    public mutating func appendReported(
        code: CodeNumber, period: Period, metric: String, value: Double, path: String, line: UInt32, column: UInt32
    ) {
        rows.append(
            Row(
                value: value, low: 0, high: 0, code: code.value, period: periods.number(of: period),
                metric: metrics.number(of: metric), path: paths.number(of: path), label: 0, sourceID: 0, note: 0,
                line: line, column: column, flags: Presence.value | Presence.line | Presence.column))
    }

    /// Adds the observations of `slice` at the end, in order: the same list as appending them
    /// one by one, without building a single ``Observation``.
    ///
    /// Each of the slice's texts is renumbered here the first time one of its rows uses it, so
    /// the numbers come out in order of first appearance, as one list reading all the rows
    /// would give them (``key(at:)`` and ``positionsByKey()`` depend on that order).
    public mutating func append(contentsOf slice: Slice<ObservationList>) {
        let other = slice.base
        var codeNumbers = [UInt32?](repeating: nil, count: other.codes.values.count)
        var periodNumbers = [UInt32?](repeating: nil, count: other.periods.values.count)
        var metricNumbers = [UInt32?](repeating: nil, count: other.metrics.values.count)
        var pathNumbers = [UInt32?](repeating: nil, count: other.paths.values.count)
        var textNumbers = [UInt32?](repeating: nil, count: other.texts.values.count)
        func renumber<Value>(
            _ number: UInt32, _ numbers: inout [UInt32?], _ from: Numbering<Value>, _ into: inout Numbering<Value>
        ) -> UInt32 {
            if let known = numbers[Int(number)] { return known }
            let renumbered = into.number(of: from.values[Int(number)])
            numbers[Int(number)] = renumbered
            return renumbered
        }
        func renumberText(_ number: UInt32) -> UInt32 {
            number == 0 ? 0 : renumber(number - 1, &textNumbers, other.texts, &texts) + 1
        }
        rows.reserveCapacity(rows.count + slice.count)
        // Most lists have no large positions: no dictionary lookup per row for them.
        let hasLargePositions = !other.largePositions.isEmpty
        for position in slice.indices {
            var row = other.rows[position]
            row.code = renumber(row.code, &codeNumbers, other.codes, &codes)
            row.period = renumber(row.period, &periodNumbers, other.periods, &periods)
            row.metric = renumber(row.metric, &metricNumbers, other.metrics, &metrics)
            row.path = renumber(row.path, &pathNumbers, other.paths, &paths)
            row.label = renumberText(row.label)
            row.sourceID = renumberText(row.sourceID)
            row.note = renumberText(row.note)
            if hasLargePositions, let origin = other.largePositions[position] { largePositions[rows.count] = origin }
            rows.append(row)
        }
    }

    private mutating func textNumber(_ text: String?) -> UInt32 {
        guard let text else { return 0 }
        return texts.number(of: text) + 1
    }

    private func text(_ number: UInt32) -> String? {
        number == 0 ? nil : texts.values[Int(number) - 1]
    }
}
