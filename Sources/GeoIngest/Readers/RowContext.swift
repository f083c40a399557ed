import GeoModel

/// Shared per-file state of the readers: resolution, validation and the findings so far.
///
/// Readers report every bad row (up to ``maximumErrors``) rather than stopping at the first,
/// so a user fixes a file in one pass.
struct RowContext: Sendable {
    static let maximumErrors = 50

    let spec: SourceSpec
    /// The table read; while a part of a large one is read on its own core, that part (see
    /// ``LongTableReader``).
    var table: CSVTable
    let resolver: AreaResolver
    let metrics: [String: Metric]?
    let aliasHint: @Sendable (String) -> String
    /// The column naming each row's parent area (``SourceSpec/parentColumn``), if declared.
    let parentColumn: Int?

    var diagnostics: [Diagnostic] = []
    var observations = ObservationList()
    var resolutions: [String: Resolution] = [:]
    var ignored: [SourceLocation: String] = [:]
    /// Each observation's line for "first on line" messages, index for index with ``observations``.
    private var lines: [UInt32] = []
    var rowsRead = 0
    var keptRows = LineSet()
    private var errorCount = 0
    /// How far reading had got when each shown error was reported: what ``absorb(_:)`` keeps
    /// of a later part of the file when the two parts together pass ``maximumErrors``.
    private var progressAtError: [(rowsRead: Int, observations: Int)] = []
    /// What each distinct name resolved to (resolving is pure; a file repeats its names on every row).
    private var outcomes: [String: AreaResolver.Outcome] = [:]
    /// What each distinct period cell parsed to, and the last one (rows mostly repeat it).
    private var parsedPeriods: [String: Period?] = [:]
    private var lastPeriod: (text: String, period: Period?)?
    /// The last metric id found valid (rows mostly repeat it).
    private var lastValidMetric: String?

    init(
        spec: SourceSpec, table: CSVTable, resolver: AreaResolver, metrics: [String: Metric]?,
        aliasHint: @escaping @Sendable (String) -> String
    ) throws(GeoError) {
        if let declared = spec.parentColumn {
            self.parentColumn = try table.requireColumn([declared], purpose: "parent area names")
        } else {
            // A county file names the state beside the county ("Autauga County" in Alabama).
            self.parentColumn = spec.geography == .usCounties ? table.column(named: ["state", "state name"]) : nil
        }
        self.spec = spec
        self.table = table
        self.resolver = resolver
        self.metrics = metrics
        self.aliasHint = aliasHint
    }

    /// Reserves room for `count` observations (a reader expecting about one per row).
    mutating func reserveCapacity(_ count: Int) {
        observations.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    /// ``AreaResolver/resolve(_:)``, once per distinct name.
    ///
    /// A name's successful resolution is recorded in ``resolutions`` the first time, for the audit.
    mutating func resolve(_ name: String) -> AreaResolver.Outcome {
        if let known = outcomes[name] { return known }
        let outcome = resolver.resolve(name)
        outcomes[name] = outcome
        if case .resolved(let resolution) = outcome { resolutions[name] = resolution }
        return outcome
    }

    /// ``PeriodParser/parse(_:)``, once per distinct cell.
    mutating func parsePeriod(_ text: String) -> Period? {
        if let lastPeriod, lastPeriod.text == text { return lastPeriod.period }
        let period: Period?
        if let known = parsedPeriods[text] {
            period = known
        } else {
            period = PeriodParser.parse(text)
            parsedPeriods[text] = period
        }
        lastPeriod = (text, period)
        return period
    }

    var isFull: Bool { errorCount >= Self.maximumErrors }

    /// Whether any row so far was wrong.
    var hasErrors: Bool { errorCount > 0 }

    mutating func error(_ message: String, at location: SourceLocation, hint: String?) {
        errorCount += 1
        if errorCount <= Self.maximumErrors {
            diagnostics.append(Diagnostic(.error, message, at: location, hint: hint))
            progressAtError.append((rowsRead, observations.count))
        }
    }

    /// Takes in what `later` found reading the rows that follow this context's, from the state
    /// both started with: the result is the context one reader would have had after reading
    /// all of them in order (the file's rows split in parts read side by side).
    ///
    /// Reading stops at ``maximumErrors``, so when this part's errors and `later`'s pass it,
    /// only the rows `later` had read up to the error that reaches it are kept, as one reader
    /// would have stopped there; that needs each row to report at most one error, as the
    /// readers do (a row is skipped at its first problem).
    mutating func absorb(_ later: RowContext) {
        guard !isFull else { return }
        let room = Self.maximumErrors - errorCount
        var rowsRead = later.rowsRead
        var observationCount = later.observations.count
        var errors = later.errorCount
        if later.errorCount >= room {
            (rowsRead, observationCount) = later.progressAtError[room - 1]
            errors = room
        }
        for index in later.diagnostics.indices.prefix(errors) {
            diagnostics.append(later.diagnostics[index])
            progressAtError.append(
                (
                    self.rowsRead + later.progressAtError[index].rowsRead,
                    observations.count + later.progressAtError[index].observations
                ))
        }
        errorCount += errors
        self.rowsRead += rowsRead
        observations.append(contentsOf: later.observations.prefix(observationCount))
        lines += later.lines.prefix(observationCount)
        keptRows.formUnion(later.keptRows)
        // A name given with a code records its resolution on every row: the later one stands.
        resolutions.merge(later.resolutions) { _, later in later }
        ignored.merge(later.ignored) { earlier, _ in earlier }
    }

    /// Resolves the economy of a row from its name and/or code column; `nil` when skipped or invalid.
    mutating func economy(row: CSVRecord, nameColumn: Int?, codeColumn: Int?) -> AreaCode? {
        var name = table.value(row, nameColumn)
        if let parent = parentColumn, !name.isEmpty, !table.value(row, parent).isEmpty {
            name += ", " + table.value(row, parent)
        }
        let codeText = table.value(row, codeColumn)
        var fromCode: AreaCode?
        if let codeColumn, !codeText.isEmpty {
            guard let code = resolver.code(for: codeText) else {
                let geography = resolver.table.geography
                let what = geography == .world ? "ISO3" : geography.areaNoun
                let problem = geography.codeProblem(codeText).map { ": \($0)" } ?? ""
                error(
                    "'\(codeText)' is not a known \(what) code\(problem)", at: table.location(row, codeColumn),
                    hint: "Use \(geography == .world ? "a code" : geography.codeDescription) from Data/reference/"
                        + "\(geography.referenceFile), or leave the cell empty to resolve the name.")
                return nil
            }
            fromCode = code
        }
        if name.isEmpty {
            if let fromCode { return fromCode }
            error(
                "the row names no economy", at: row.location(ofField: nameColumn ?? 0, path: table.path),
                hint: "Fill in the economy's name or ISO3 code, or delete the row.")
            return nil
        }
        if !spec.ignore.isEmpty, spec.ignore.contains(name) {
            ignored[row.location(ofField: nameColumn ?? 0, path: table.path)] = name
            return nil
        }
        if let fromCode {
            // A name beside a code must agree with it, whatever the name resolves to.
            if let problem = resolver.disagreement(name: name, code: fromCode, at: table.location(row, codeColumn ?? 0))
            {
                error(problem.message, at: problem.location ?? table.location(row, codeColumn ?? 0), hint: problem.hint)
                return nil
            }
            if case .resolved = resolve(name) {
                // Recorded by resolve(_:).
            } else {
                resolutions[name] = Resolution(input: name, iso3: fromCode, method: .code)
            }
            return fromCode
        }
        switch resolve(name) {
        case .resolved(let resolution):
            return resolution.iso3
        case .ambiguous, .unknown:
            let location = row.location(ofField: nameColumn ?? 0, path: table.path)
            if let diagnostic = resolver.diagnostic(for: name, at: location, aliasHint: aliasHint) {
                error(diagnostic.message, at: location, hint: diagnostic.hint)
            }
            return nil
        }
    }

    /// Checks a metric id against the declared metrics.
    mutating func checkMetric(_ id: String, at location: @autoclosure () -> SourceLocation) -> Metric?? {
        if id != lastValidMetric {
            guard Metric.isValidID(id) else {
                error(
                    "'\(id)' is not a metric id", at: location(),
                    hint: "Metric ids are lower case with underscores, e.g. ai_user_share.")
                return nil
            }
            lastValidMetric = id
        }
        guard let metrics else { return .some(nil) }
        guard let metric = metrics[id] else {
            let close = metrics.keys.sorted().filter { $0.hasPrefix(String(id.prefix(3))) }
            let guess = close.isEmpty ? "" : "Did you mean: \(close.joined(separator: ", "))? "
            error(
                "metric '\(id)' is not declared in the pipeline", at: location(),
                hint: "\(guess)Declare it under metrics: in the pipeline, or fix the id.")
            return nil
        }
        return .some(metric)
    }

    /// Reads a number cell and checks it against the unit; `.some(nil)` for an empty cell, `nil` for an error.
    mutating func number(_ row: CSVRecord, _ column: Int?, unit: Unit?, what: String) -> Double?? {
        guard let column else { return .some(nil) }
        let table = self.table
        let location = { table.location(row, column) }  // built only for a message
        switch ValueParser.parse(table.value(row, column)) {
        case .missing:
            return .some(nil)
        case .invalid(let reason, let hint):
            error("\(what): \(reason)", at: location(), hint: hint)
            return nil
        case .number(let value, let hadPercentSign):
            if hadPercentSign, let unit, unit != .percent {
                error(
                    "\(what) '\(table.value(row, column))' has a % sign but the metric's unit is \(unit.rawValue)",
                    at: location(), hint: "Remove the % sign, or declare the metric with unit: percent.")
                return nil
            }
            if let unit, let range = unit.validRange, !range.contains(value) {
                let bounds =
                    unit == .count ? "at least 0" : "between \(Int(range.lowerBound)) and \(Int(range.upperBound))"
                error(
                    "\(what) \(table.value(row, column)) is outside the range of a \(unit.rawValue) (\(bounds))",
                    at: location(), hint: "Check the cell; the metric is declared with unit: \(unit.rawValue).")
                return nil
            }
            return .some(value)
        }
    }

    /// Adds an observation; a repeated key is reported by ``finish(sha256:encoding:)``.
    mutating func add(_ observation: Observation, row: CSVRecord) {
        lines.append(UInt32(clamping: observation.origin.line ?? row.line))
        observations.append(observation)
        keptRows.insert(row.line)
    }

    /// How the context's observations number `iso3`, for ``addReported(code:period:metric:value:line:column:recordLine:)``.
    mutating func codeNumber(of iso3: AreaCode) -> ObservationList.CodeNumber { observations.codeNumber(of: iso3) }

    /// ``add(_:row:)`` of a plain reported value (no band, label, source id or note) whose row
    /// starts at `recordLine` and whose first field starts at `line` and `column`.
    /// `code` is from ``codeNumber(of:)`` of this context.
    mutating func addReported(
        code: ObservationList.CodeNumber, period: Period, metric: String, value: Double, line: Int, column: Int,
        recordLine: Int
    ) {
        lines.append(UInt32(clamping: line))
        observations.appendReported(
            code: code, period: period, metric: metric, value: value, path: table.path, line: UInt32(line),
            column: UInt32(column))
        keptRows.insert(recordLine)
    }

    /// An error for every observation whose key an earlier one of the file had.
    ///
    /// The list's keys sorted put equal ones side by side, the first occurrence (lowest index)
    /// first, so no table of a million keys is kept while the file is read.
    private mutating func reportRepeatedKeys() {
        if observations.repeatsAKey() == false { return }
        let order = observations.positionsByKey()
        var first = Int(order.first ?? 0)
        for index in order.dropFirst().lazy.map({ Int($0) }) {
            guard observations.key(at: index) == observations.key(at: first) else {
                first = index
                continue
            }
            let observation = observations[index]
            error(
                "duplicate value for \(observation.iso3) \(observation.period) \(observation.metric) "
                    + "(first on line \(lines[first]))",
                at: observation.origin, hint: "Keep one row per economy, period and metric.")
        }
    }

    /// The result, or the collected errors.
    mutating func finish(sha256: String, encoding: TextEncoding) throws(GeoError) -> IngestedFile {
        reportRepeatedKeys()
        if observations.isEmpty, ignored.isEmpty, errorCount == 0 {
            error(
                "the file has no observations",
                at: SourceLocation(path: table.path, line: table.header.line, column: 1),
                hint:
                    "A data file needs at least one row with a value or a band; check that the rows are not all empty.")
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            var all = diagnostics
            if errorCount > Self.maximumErrors {
                all.append(
                    Diagnostic(
                        .note, "\(errorCount - Self.maximumErrors) more errors not shown",
                        at: SourceLocation(path: table.path)))
            }
            throw GeoError.invalidInput(all)
        }
        let source = SourceFile(
            path: spec.path, sha256: sha256, format: spec.format, encoding: encoding.displayName, rowsRead: rowsRead,
            rowsKept: keptRows.count)
        return IngestedFile(
            source: source, observations: observations, diagnostics: diagnostics.sorted(),
            resolutions: resolutions.values.sorted(), ignored: ignored)
    }
}
