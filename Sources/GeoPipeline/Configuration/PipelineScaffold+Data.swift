public import GeoIngest
public import GeoModel

extension PipelineScaffold {
    /// A scaffold for the data file `bytes`, read with the same readers `geo-ai ingest` uses.
    ///
    /// When `spec` leaves the format open (`nil`), the header decides: a `date` or `month`
    /// column without a country column is a monthly export; a `period`, `metric` or `value`
    /// column is the long layout; a header naming one period (`H2 2025 AI Diffusion`, as
    /// ``PeriodParser/find(inHeader:)`` reads it) is a wide table, whose metric is `spec.metric`
    /// or one named after the file. The metrics and periods are those of the observations read.
    ///
    /// - Throws: ``GeoError`` `.dataError` with every problem the reader finds (unknown names,
    ///   bad values); the user fixes the data or passes aliases, as for `geo-ai ingest`.
    public init(
        name: String, reading bytes: [UInt8], spec: SourceSpec, format: SourceFile.Format?, reference: ReferenceTables
    ) throws(GeoError) {
        var spec = spec
        let table = try CSVTable(bytes: bytes, path: spec.path, decoder: TextDecoder(forced: spec.encoding))
        spec.format = format ?? Self.detectFormat(of: table)
        if spec.format == .wide { Self.mapWideColumns(of: table, into: &spec) }
        let file = try ObservationReader(reference: reference).read(bytes, spec: spec)
        var periods: [String: Set<Period>] = [:]
        var allPercent: [String: Bool] = [:]
        for observation in file.observations {
            periods[observation.metric, default: []].insert(observation.period)
            let values = [observation.value, observation.low, observation.high].compactMap { $0 }
            let inRange = values.allSatisfy { (0...100).contains($0) }
            allPercent[observation.metric] = (allPercent[observation.metric] ?? true) && inRange
        }
        self.name = name
        source = spec
        isFromData = true
        diagnostics = file.diagnostics
        metrics = periods.keys.sorted().map { id in
            MetricEntry(
                id: id, unit: allPercent[id] == true ? .percent : .number, periods: (periods[id] ?? []).sorted())
        }
        guard !metrics.isEmpty else {
            throw GeoError(
                .dataError, "'\(spec.path)' holds no observations to scaffold a pipeline from",
                at: SourceLocation(path: spec.path),
                hint: "Check the file, or run geo-ai init NAME without data for a template.")
        }
    }

    /// Writes out what the wide reader would infer, so the pipeline shows it: the economy column
    /// when no header names it, each header's period (`H2 2025 AI Diffusion` → 2025-H2), and a
    /// metric (named after the file) when none was given.
    static func mapWideColumns(of table: CSVTable, into spec: inout SourceSpec) {
        let names = table.columnNames
        var nameColumn =
            spec.countryColumn.flatMap { table.column($0) } ?? table.column(named: WideTableReader.nameColumnNames)
        if nameColumn == nil, let first = names.first, !first.isEmpty {
            spec.countryColumn = first
            nameColumn = 0
        }
        for (index, header) in names.enumerated() where index != nameColumn && spec.columns[header] == nil {
            if let period = PeriodParser.find(inHeader: header) {
                spec.columns[header] = SourceSpec.ColumnMapping(period: period)
            }
        }
        if spec.metric == nil {
            let stem = spec.path.split(separator: "/").last.map { $0.split(separator: ".").first ?? $0 } ?? ""
            spec.metric = Self.metricID(from: String(stem))
        }
    }

    /// The layout a header suggests; the long layout when nothing else fits, so the reader's
    /// message names the missing column.
    static func detectFormat(of table: CSVTable) -> SourceFile.Format {
        let hasCountry = table.column("country", "economy", "country_name", "name", "entity", "iso3") != nil
        if table.column("date", "month") != nil, !hasCountry { return .monthly }
        if table.column("period", "metric", "indicator", "value") != nil { return .long }
        if table.columnNames.contains(where: { PeriodParser.find(inHeader: $0) != nil }) { return .wide }
        return .long
    }
}
