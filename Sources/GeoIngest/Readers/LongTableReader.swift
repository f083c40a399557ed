import GeoModel

/// Reads the canonical long layout: `country,period,metric,value[,low,high][,source][,note]`.
///
/// Optional columns: `iso3` (wins over the name, and must agree with it), `low`/`high` (a
/// published band), `class_label` (the source's label for the value; "insufficient data"
/// with no value marks the economy as such), `source`, `note`. `period` and `metric` may be
/// left out when the spec supplies them.
///
/// ```
/// country,period,metric,value,low,high
/// Eritrea,2025-H2,deepseek_share,,16,20
/// ```
enum LongTableReader {
    /// Files with at least this many rows are read in two halves side by side (a million rows
    /// took a second on one core); smaller ones are read in one pass.
    static let rowsForTwoParts = 100_000

    /// Reads the rows in parts side by side, each on its own core from the same starting
    /// context, then joins them in order (``RowContext/absorb(_:)``): the same observations,
    /// errors and audit as one pass.
    ///
    /// The parts are the ones the table was scanned in (``CSVTable/rowPartTables``), so that
    /// its records are never joined; a table scanned in one part is cut into `parts` parts by
    /// row count (`nil`: two from ``rowsForTwoParts`` rows, else one), and `parts` also cuts a
    /// table scanned in parts, joined first (for tests). `plainRows: false` reads every row the
    /// general way (for tests of ``PlainLongRows``).
    static func read(_ context: inout RowContext, parts: Int? = nil, plainRows: Bool = true) throws(GeoError) {
        let columns = try Columns(context)
        let table = context.table
        let scanned = table.rowPartTables
        let pieces: [(table: CSVTable, rows: Range<Int>)]
        if parts == nil, scanned.count > 1 {
            pieces = scanned.map { ($0, $0.rows.indices) }
        } else {
            let whole = table.joined()
            let rows = whole.rows
            let count = parts ?? (rows.count >= rowsForTwoParts ? 2 : 1)
            pieces = Parallel.ranges(of: rows.count, parts: count).map {
                (whole, (rows.startIndex + $0.lowerBound)..<(rows.startIndex + $0.upperBound))
            }
        }
        defer { context.table = table }
        guard pieces.count > 1 else {
            context.table = pieces[0].table
            context.reserveCapacity(pieces[0].rows.count)
            read(pieces[0].rows, columns: columns, plainRows: plainRows, into: &context)
            return
        }
        let start = context
        let total = pieces.reduce(0) { $0 + $1.rows.count }
        var read = Parallel.map(Array(pieces.enumerated())) { index, piece in
            var part = start
            part.table = piece.table
            // The first part's list takes in the others' afterwards: room for all of them, which
            // costs memory only once it is used.
            part.reserveCapacity(index == 0 ? total : piece.rows.count)
            Self.read(piece.rows, columns: columns, plainRows: plainRows, into: &part)
            return part
        }
        // Taken out of the array, so that each list is held once and grows without a copy.
        context = read.removeFirst()
        while !read.isEmpty { context.absorb(read.removeFirst()) }
    }

    /// How a large table's observations are handed on while the rest of it is read: for a
    /// caller storing them meanwhile.
    ///
    /// The table is scanned and its rows read one part after the other on the reading thread
    /// (``CSVTable/SequentialParts``), and `deliver` gets each part's observations, their own
    /// list, in file order, as long as no row so far was wrong: once one is, the file will be
    /// refused and nothing more is handed on.
    struct Delivery {
        /// Receives each part's observations, on the reading thread.
        let deliver: (ObservationList) -> Void
        /// Receives the SHA-256 of the file's bytes as soon as it is worked out, on the thread
        /// that hashes them (before most parts: a store that holds these bytes then stores none).
        var announceSHA256: (@Sendable (String) -> Void)?
        /// About how many bytes the first part has: small, so that the first observations are
        /// handed on soon.
        var firstPartBytes = 1 << 20
        /// About how many bytes each later part has.
        var laterPartBytes = 2 << 20
    }

    /// Reads a long table part by part as it is scanned: the context's table is the first part
    /// (``CSVTable/SequentialParts/next()``), `parts` gives the others. Each part is read from
    /// the starting context and its observations handed on while no part has had an error; then
    /// the parts are joined in order as the side-by-side read joins its parts
    /// (``RowContext/absorb(_:)``), into a context of their own, so that no list the receiver
    /// still holds is grown. The result is what reading the whole table at once gives.
    ///
    /// Each part's records go once its rows are read (the context keeps the header).
    static func read(
        _ context: inout RowContext, laterParts parts: inout CSVTable.SequentialParts, plainRows: Bool = true,
        delivery: Delivery
    ) throws(GeoError) {
        let columns = try Columns(context)
        let header = context.table.withoutRows()
        var next: CSVTable? = context.table
        context.table = header
        let start = context
        var read: [RowContext] = []
        var clean = true
        while let part = next {
            next = nil
            var piece = start
            piece.table = part
            let rows = part.rows
            piece.reserveCapacity(rows.count)
            Self.read(rows.indices, columns: columns, plainRows: plainRows, into: &piece)
            piece.table = header
            clean = clean && !piece.hasErrors
            if clean { delivery.deliver(piece.observations) }
            read.append(piece)
            next = try parts.next()
        }
        context.reserveCapacity(read.reduce(0) { $0 + $1.observations.count })
        // Each part let go once taken in (and once its receiver is done with it).
        read.reverse()
        while let piece = read.popLast() { context.absorb(piece) }
    }

    /// Where the layout's columns are.
    struct Columns: Sendable {
        let name: Int?
        let code: Int?
        let period: Int?
        let metric: Int?
        let value: Int?
        let low: Int?
        let high: Int?
        let source: Int?
        let note: Int?
        let label: Int?

        /// The columns of the context's table; throws when one the spec does not make up for is missing.
        init(_ context: RowContext) throws(GeoError) {
            let table = context.table
            name = table.column(named: ["country", "economy", "country_name", "name", "entity"])
            if let declared = context.spec.codeColumn {
                code = try table.requireColumn([declared], purpose: "area codes")
            } else {
                code = table.column(named: ["iso3", "iso_code", "iso3_code", "code", "fips"])
            }
            if name == nil, code == nil {
                _ = try table.requireColumn(
                    ["country", "economy", "iso3"], purpose: "economy",
                    hint: "Name the economy column 'country' (names) or 'iso3' (codes).")
            }
            period = table.column("period")
            if period == nil, context.spec.period == nil {
                _ = try table.requireColumn(
                    ["period"], purpose: "period", hint: "Add a period column, or pass --period.")
            }
            metric = table.column("metric", "indicator")
            if metric == nil, context.spec.metric == nil {
                _ = try table.requireColumn(
                    ["metric"], purpose: "metric id", hint: "Add a metric column, or pass --metric.")
            }
            value = table.column("value")
            low = table.column("low", "lower")
            high = table.column("high", "upper")
            if value == nil, low == nil || high == nil {
                _ = try table.requireColumn(
                    ["value"], purpose: "the number", hint: "Add a value column, or low and high columns.")
            }
            source = table.column("source")
            note = table.column("note", "notes")
            label = table.column("class_label", "label", "status")
        }
    }

    /// Reads the rows at `positions` of the context's table, in order: the usual ones through
    /// ``PlainLongRows`` when `plainRows` and the layout allows, the others the general way.
    private static func read(
        _ positions: Range<Int>, columns: Columns, plainRows: Bool, into context: inout RowContext
    ) {
        if plainRows, var plain = PlainLongRows(columns: columns, context: context) {
            plain.read(positions, into: &context) { position, context in
                readRow(position, columns: columns, into: &context)
            }
            return
        }
        for position in positions {
            if context.isFull { break }
            context.rowsRead += 1
            readRow(position, columns: columns, into: &context)
        }
    }

    /// Reads the row at `position` of the context's table.
    private static func readRow(_ position: Int, columns: Columns, into context: inout RowContext) {
        let table = context.table
        let row = table.rows[position]
        guard let iso3 = context.economy(row: row, nameColumn: columns.name, codeColumn: columns.code)
        else { return }
        let periodText = columns.period.map { table.value(row, $0) } ?? ""
        let resolvedPeriod: Period
        if periodText.isEmpty, let fallback = context.spec.period {
            resolvedPeriod = fallback
        } else if let parsed = context.parsePeriod(periodText) {
            resolvedPeriod = parsed
        } else {
            context.error(
                PeriodParser.explainFailure(periodText), at: table.location(row, columns.period ?? 0),
                hint: "Write periods as \(PeriodParser.examples).")
            return
        }
        let metricText = columns.metric.map { table.value(row, $0) } ?? ""
        let metricID = metricText.isEmpty ? (context.spec.metric ?? "") : metricText
        guard let declared = context.checkMetric(metricID, at: table.location(row, columns.metric ?? 0))
        else { return }
        let unit = declared?.unit
        guard let pointValue = context.number(row, columns.value, unit: unit, what: "value"),
            let lowValue = context.number(row, columns.low, unit: unit, what: "low"),
            let highValue = context.number(row, columns.high, unit: unit, what: "high")
        else { return }
        let labelText = table.value(row, columns.label)
        guard
            let observation = RowValues.observation(
                iso3: iso3, period: resolvedPeriod, metric: metricID, value: pointValue, low: lowValue,
                high: highValue, label: labelText, origin: row.location(ofField: 0, path: table.path),
                sourceID: table.value(row, columns.source), note: table.value(row, columns.note),
                context: &context, lowLocation: table.location(row, columns.low ?? columns.value ?? 0))
        else { return }
        context.add(observation, row: row)
    }
}

/// Checks the numbers of one row together and builds its observation.
enum RowValues {
    static func observation(
        iso3: AreaCode, period: Period, metric: String, value: Double?, low: Double?, high: Double?, label: String,
        origin: SourceLocation, sourceID: String, note: String, context: inout RowContext,
        lowLocation: @autoclosure () -> SourceLocation
    ) -> Observation? {
        if (low == nil) != (high == nil) {
            context.error(
                "a band needs both low and high", at: lowLocation(),
                hint: "Fill in both bounds (use 100 for an open band such as '>25 %'), or neither.")
            return nil
        }
        if let low, let high, low > high {
            context.error("low \(low) is greater than high \(high)", at: lowLocation(), hint: "Swap the two bounds.")
            return nil
        }
        if let value, let low, let high, value < low || value > high {
            context.error(
                "value \(value) lies outside its own band \(low)–\(high)", at: lowLocation(),
                hint: "Check the value and the band; one of them is wrong.")
            return nil
        }
        let status: Observation.Status
        if value == nil, low == nil {
            guard NameKey(label).rawValue == "insufficientdata" else { return nil }  // missing is missing
            status = .insufficientData
        } else {
            status = .reported
        }
        return Observation(
            iso3: iso3, period: period, metric: metric, value: value, low: low, high: high, status: status,
            label: label.isEmpty ? nil : label, origin: origin, sourceID: sourceID.isEmpty ? nil : sourceID,
            note: note.isEmpty ? nil : note)
    }
}
