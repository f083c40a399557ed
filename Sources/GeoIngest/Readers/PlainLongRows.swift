import Foundation
import GeoModel

/// The usual row of a long table whose only columns geo-ai reads are country, period, metric
/// and value, read straight from the CSV bytes: no ``CSVRecord``, trimmed copies or
/// ``Observation`` per row.
///
/// A row is usual when its name, period and metric cells need no trimming, its name resolves,
/// its period parses, its metric passes the checks and its value is a plain finite number
/// within the unit's range. Such a row gives the observation the general reading gives; for
/// any other row ``readUsual(_:of:_:into:)`` returns `false` having changed nothing the
/// general reading would not change the same way (resolving a name and parsing a period only
/// fill caches), and the general reading takes the row, with its messages. A metric that fails
/// its checks is reported here, at the point of the row where the general reading reports it.
struct PlainLongRows {
    private let name: Int
    private let period: Int
    private let metric: Int
    private let value: Int
    /// The largest of the four columns: a row must have kept at least one more field.
    private let lastColumn: Int
    /// A longer name cell names no area of the reference (the longest are under 100 bytes) and
    /// goes straight to the general reading, which reports it: trying it here first would only
    /// hash it twice more (a 10 MB cell took 15 % longer to refuse).
    static let longestName = 256
    /// The table's records and path, held here so that a row costs no copy of the table.
    private let rows: CSVRecords
    private let path: String
    /// The names resolved so far, by their cells' bytes (``RowContext/resolve(_:)`` has recorded
    /// them): where their code is in `areas`.
    private var names = CellTable<Int>()
    /// Each code a name resolved to, and its number in the context's observations once a row of
    /// it was added (numbered then, so that the numbers follow the rows, as for any other row).
    private var areas: [(code: AreaCode, number: ObservationList.CodeNumber?)] = []
    /// The last period cell and what it parsed to.
    private var lastPeriod: (text: [UInt8], period: Period)?
    /// The last metric cell that passed its checks, as text and bytes, and its unit's range.
    private var lastMetric: (id: String, bytes: [UInt8])?
    private var lastRange: ClosedRange<Double>?

    /// The reader for `context`'s table, or `nil` when the layout has more than the four
    /// columns, names parent areas or ignores names.
    init?(columns: LongTableReader.Columns, context: RowContext) {
        guard let name = columns.name, let period = columns.period, let metric = columns.metric,
            let value = columns.value, columns.code == nil, columns.low == nil, columns.high == nil,
            columns.source == nil, columns.note == nil, columns.label == nil, context.parentColumn == nil,
            context.spec.ignore.isEmpty
        else { return nil }
        self.name = name
        self.period = period
        self.metric = metric
        self.value = value
        lastColumn = max(name, period, metric, value)
        rows = context.table.rows
        path = context.table.path
    }

    /// Reads the rows at `positions` in order, as ``LongTableReader`` does: up to the error
    /// limit, counting each row read, the usual ones here and each other one through `general`.
    mutating func read(
        _ positions: Range<Int>, into context: inout RowContext,
        otherwise general: (Int, inout RowContext) -> Void
    ) {
        let rows = self.rows
        rows.withTextBytes { bytes in
            for position in positions {
                if context.isFull { break }
                context.rowsRead += 1
                if !readUsual(position, of: rows, bytes, into: &context) { general(position, &context) }
            }
        }
    }

    /// Reads the row at `position` when it is usual, or reports its metric when that fails its
    /// checks; `false` for the general reading to take the row.
    private mutating func readUsual(
        _ position: Int, of rows: CSVRecords, _ bytes: UnsafeBufferPointer<UInt8>, into context: inout RowContext
    ) -> Bool {
        let fields = rows.fieldRange(of: position)
        guard fields.count > lastColumn else { return false }
        func cell(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[rows.byteRange(ofField: fields.lowerBound + column)])
        }
        let nameCell = cell(name)
        guard nameCell.count <= Self.longestName, Self.needsNoTrimming(nameCell),
            let area = area(of: nameCell, context: &context)
        else { return false }
        let periodCell = cell(period)
        guard Self.needsNoTrimming(periodCell), let parsedPeriod = parsedPeriod(periodCell, context: &context)
        else { return false }
        let metricCell = cell(metric)
        guard Self.needsNoTrimming(metricCell) else { return false }
        if lastMetric.map({ !Self.same($0.bytes, metricCell) }) ?? true {
            let id = String(decoding: metricCell, as: UTF8.self)
            let start = rows.start(ofField: fields.lowerBound + metric)
            let location = SourceLocation(path: path, line: start.line, column: start.column)
            // The general reading would report a failing metric here too, and skip the row.
            guard let declared = context.checkMetric(id, at: location) else { return true }
            lastMetric = (id, Array(metricCell))
            lastRange = declared?.unit.validRange
        }
        guard let metricID = lastMetric?.id else { return false }
        let valueCell = cell(value)
        guard !valueCell.isEmpty, valueCell.allSatisfy(ValueParser.isPlainNumberByte),
            let number = ValueParser.shortDecimal(valueCell) ?? Double(String(decoding: valueCell, as: UTF8.self)),
            number.isFinite, lastRange?.contains(number) ?? true
        else { return false }
        let origin = rows.start(ofField: fields.lowerBound)
        let code = areas[area].number ?? context.codeNumber(of: areas[area].code)
        areas[area].number = code
        context.addReported(
            code: code, period: parsedPeriod, metric: metricID, value: number, line: origin.line,
            column: origin.column, recordLine: rows.line(ofRecord: position))
        return true
    }

    /// Where the code of the name in `cell` is in `areas`, resolving it once per distinct name;
    /// `nil` when it does not resolve.
    private mutating func area(of cell: UnsafeBufferPointer<UInt8>, context: inout RowContext) -> Int? {
        if let known = names.value(of: cell) { return known }
        guard case .resolved(let resolution) = context.resolve(String(decoding: cell, as: UTF8.self)) else {
            return nil
        }
        areas.append((resolution.iso3, nil))
        names.insert(cell, areas.count - 1)
        return areas.count - 1
    }

    /// The period in `cell`, compared byte for byte with the last one first; `nil` when it does not parse.
    private mutating func parsedPeriod(_ cell: UnsafeBufferPointer<UInt8>, context: inout RowContext) -> Period? {
        if let lastPeriod, Self.same(lastPeriod.text, cell) { return lastPeriod.period }
        guard let parsed = context.parsePeriod(String(decoding: cell, as: UTF8.self)) else { return nil }
        lastPeriod = (Array(cell), parsed)
        return parsed
    }

    /// Whether `cell` holds exactly `bytes` (`memcmp`: the generic comparison was 2 % of an ingest).
    private static func same(_ bytes: [UInt8], _ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == cell.count, let other = cell.baseAddress else { return bytes.count == cell.count }
        return bytes.withUnsafeBufferPointer { own in
            own.baseAddress.map { memcmp($0, other, cell.count) == 0 } ?? false
        }
    }

    /// A cell that starts and ends with an ASCII byte other than whitespace: trimming keeps it as it is.
    private static func needsNoTrimming(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = cell.first, let last = cell.last else { return false }
        return String.isPlainASCII(first) && String.isPlainASCII(last)
    }
}
