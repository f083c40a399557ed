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
    static func read(_ context: inout RowContext) throws(GeoError) {
        let table = context.table
        let name = table.column(named: ["country", "economy", "country_name", "name", "entity"])
        let code: Int?
        if let declared = context.spec.codeColumn {
            code = try table.requireColumn([declared], purpose: "area codes")
        } else {
            code = table.column(named: ["iso3", "iso_code", "iso3_code", "code", "fips"])
        }
        guard name != nil || code != nil else {
            _ = try table.requireColumn(
                ["country", "economy", "iso3"], purpose: "economy",
                hint: "Name the economy column 'country' (names) or 'iso3' (codes).")
            return
        }
        let period = table.column("period")
        if period == nil, context.spec.period == nil {
            _ = try table.requireColumn(["period"], purpose: "period", hint: "Add a period column, or pass --period.")
        }
        let metric = table.column("metric", "indicator")
        if metric == nil, context.spec.metric == nil {
            _ = try table.requireColumn(
                ["metric"], purpose: "metric id", hint: "Add a metric column, or pass --metric.")
        }
        let value = table.column("value")
        let low = table.column("low", "lower")
        let high = table.column("high", "upper")
        if value == nil, low == nil || high == nil {
            _ = try table.requireColumn(
                ["value"], purpose: "the number", hint: "Add a value column, or low and high columns.")
        }
        let source = table.column("source")
        let note = table.column("note", "notes")
        let label = table.column("class_label", "label", "status")

        for row in table.rows {
            if context.isFull { break }
            context.rowsRead += 1
            guard let iso3 = context.economy(row: row, nameColumn: name, codeColumn: code) else { continue }
            let periodText = period.map { table.value(row, $0) } ?? ""
            let resolvedPeriod: Period
            if periodText.isEmpty, let fallback = context.spec.period {
                resolvedPeriod = fallback
            } else if let parsed = context.parsePeriod(periodText) {
                resolvedPeriod = parsed
            } else {
                context.error(
                    PeriodParser.explainFailure(periodText), at: table.location(row, period ?? 0),
                    hint: "Write periods as \(PeriodParser.examples).")
                continue
            }
            let metricText = metric.map { table.value(row, $0) } ?? ""
            let metricID = metricText.isEmpty ? (context.spec.metric ?? "") : metricText
            guard let declared = context.checkMetric(metricID, at: table.location(row, metric ?? 0)) else { continue }
            let unit = declared?.unit
            guard let pointValue = context.number(row, value, unit: unit, what: "value"),
                let lowValue = context.number(row, low, unit: unit, what: "low"),
                let highValue = context.number(row, high, unit: unit, what: "high")
            else { continue }
            let labelText = table.value(row, label)
            guard
                let observation = RowValues.observation(
                    iso3: iso3, period: resolvedPeriod, metric: metricID, value: pointValue, low: lowValue,
                    high: highValue, label: labelText, origin: row.location(ofField: 0, path: table.path),
                    sourceID: table.value(row, source), note: table.value(row, note), context: &context,
                    lowLocation: table.location(row, low ?? value ?? 0))
            else { continue }
            context.add(observation, row: row)
        }
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
