import GeoModel

/// Reads a wide table: one row per economy, one column per period (or per metric).
///
/// The economy column is `spec.countryColumn`, else one named `economy`, `country` or
/// `name`, else the first column. Each other column is mapped by, in order: an explicit
/// mapping in the spec; a period token in its header (`H2 2025 AI Diffusion` → 2025-H2,
/// with the spec's metric); a declared metric id as the header (with the spec's period).
/// Columns that map to nothing are reported as notes, never silently used.
///
/// ```
/// Economy,H1 2025 AI Diffusion,H2 2025 AI Diffusion
/// Türkiye,21.30%,23.10%
/// ```
public enum WideTableReader {
    /// The headers that name a wide table's economy column (any case); without one, and without
    /// a `country_column` in the spec, the first column holds the economies.
    public static let nameColumnNames = ["economy", "country", "country_name", "name", "entity"]

    /// The headers that name the areas' column in a file of a US layer.
    static func nameColumnNames(_ geography: Geography) -> [String] {
        switch geography {
        case .world: nameColumnNames
        case .usStates: ["state", "state name", "name"]
        case .usCounties: ["county", "county name", "name"]
        }
    }

    private struct DataColumn {
        let index: Int
        let period: Period
        let metric: String
    }

    static func read(_ context: inout RowContext) throws(GeoError) {
        let table = context.table
        let spec = context.spec
        let nameColumn: Int
        if let declared = spec.countryColumn {
            nameColumn = try table.requireColumn([declared], purpose: "economy names")
        } else {
            nameColumn = table.column(named: nameColumnNames(spec.geography)) ?? 0
        }
        let codeColumn: Int?
        if let declared = spec.codeColumn {
            codeColumn = try table.requireColumn([declared], purpose: "area codes")
        } else {
            codeColumn = table.column(named: ["iso3", "iso_code", "iso3_code", "fips"])
        }
        // A rank is derived from the values, never data of its own.
        let rankColumn = spec.columns["Rank"] == nil ? table.column(named: ["rank"]) : nil
        let keyColumns: Set<Int?> = [nameColumn, codeColumn, context.parentColumn, rankColumn]
        var columns: [DataColumn] = []
        var unmapped: [String] = []
        for (index, header) in table.columnNames.enumerated() where !keyColumns.contains(index) {
            let explicit = spec.columns[header]
            let period = explicit?.period ?? PeriodParser.find(inHeader: header) ?? spec.period
            var metric = explicit?.metric ?? spec.metric
            if metric == nil, explicit == nil, Metric.isValidID(header),
                context.metrics?[header] != nil || context.metrics == nil
            {
                metric = header
            }
            let headerHasPeriod = explicit?.period != nil || PeriodParser.find(inHeader: header) != nil
            let headerHasMetric = explicit?.metric != nil || metric == header
            guard let period, let metric, headerHasPeriod || headerHasMetric else {
                unmapped.append(header)
                continue
            }
            columns.append(DataColumn(index: index, period: period, metric: metric))
        }
        if columns.isEmpty, unmapped.count == 1, let period = spec.period, let metric = spec.metric,
            let index = table.columnNames.firstIndex(of: unmapped[0])
        {
            // One value column and a declared period and metric: nothing else it could mean.
            columns.append(DataColumn(index: index, period: period, metric: metric))
            unmapped = []
        }
        guard !columns.isEmpty else {
            throw GeoError(
                .dataError, "no column of the wide table maps to a period and metric",
                at: SourceLocation(path: table.path, line: table.header.line, column: 1),
                hint: "Put the period in each header (e.g. 'H1 2025 AI Diffusion') and pass --metric, "
                    + "or map the columns in the pipeline's columns: section.")
        }
        for header in unmapped {
            context.diagnostics.append(
                Diagnostic(
                    .note, "column '\(header)' has no period or metric and was not read",
                    at: SourceLocation(path: table.path, line: table.header.line, column: 1)))
        }
        for row in table.rows {
            if context.isFull { break }
            context.rowsRead += 1
            guard let iso3 = context.economy(row: row, nameColumn: nameColumn, codeColumn: codeColumn) else { continue }
            for column in columns {
                let location = table.location(row, column.index)
                guard let declared = context.checkMetric(column.metric, at: location),
                    let value = context.number(row, column.index, unit: declared?.unit, what: "value")
                else { continue }
                guard let value else { continue }  // an empty cell is missing, never zero
                let observation = Observation(
                    iso3: iso3, period: column.period, metric: column.metric, value: value, origin: location)
                context.add(observation, row: row)
            }
        }
    }
}
