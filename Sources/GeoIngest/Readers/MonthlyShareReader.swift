import GeoModel

/// Reads a monthly provider-share export (StatCounter style, one file per economy) and
/// rolls it up to half-year observations.
///
/// One column is `Date` (also `Month` or `Period`, usually the first); every other column is
/// a provider whose monthly percentages become one metric (see ``MonthlyProviderColumn``). The economy
/// comes from the spec or the file name (see ``MonthlyEconomy``); the half-year means and
/// their months covered from ``MonthlyRollup``.
///
/// ```
/// "Date","ChatGPT","Perplexity","Microsoft Copilot","Google Gemini","Deepseek","Claude","Other"
/// 2025-07,79.85,11.2,4.1,2.9,1.2,0.6,0.15
/// ```
///
/// Rows with a month but no values are ignored; a malformed month, a month written twice, or
/// a cell that is not a percentage is an error at its cell.
enum MonthlyShareReader {
    /// Reads the rows of `context`'s table into half-year observations and notes.
    ///
    /// - Throws: ``GeoError`` `.usage` for a minimum outside 1–6, `.dataError` when the table has no
    ///   date column or no provider column. Row problems are collected in `context` instead.
    static func read(_ context: inout RowContext) throws(GeoError) {
        let table = context.table
        let minimum = context.spec.minimumMonths
        guard (1...6).contains(minimum) else {
            throw GeoError(
                .usage, "minimum months must be between 1 and 6, not \(minimum)", at: SourceLocation(path: table.path),
                hint: "Set minimum_months for this source to the fewest months a half-year mean may use (default 3).")
        }
        let dateColumn = try table.requireColumn(
            ["date", "month", "period"], purpose: "months",
            hint: "Name the first column 'Date' and write one month per row (\(MonthlyDateParser.examples)).")
        let iso3 = MonthlyEconomy.resolve(&context)
        let providers = MonthlyProviderColumn.columns(of: &context, dateColumn: dateColumn)
        if providers.isEmpty, !context.diagnostics.contains(where: { $0.severity == .error }) {
            throw GeoError(
                .dataError, "the file has no provider columns besides the date",
                at: SourceLocation(path: table.path, line: table.header.line, column: 1),
                hint: "A monthly export has one column per provider after Date, e.g. Date,ChatGPT,Perplexity,Other.")
        }
        let months = readMonths(&context, dateColumn: dateColumn, providers: providers)
        guard let iso3 else { return }
        let rollup = MonthlyRollup(iso3: iso3, providers: providers, minimumMonths: minimum)
        let (means, notes) = rollup.means(of: months)
        context.diagnostics.append(contentsOf: notes)
        if means.isEmpty, !notes.isEmpty, !context.diagnostics.contains(where: { $0.severity == .error }) {
            context.error(
                "no half-year has \(minimum) months with a value, so the file has no observations",
                at: SourceLocation(path: table.path, line: table.header.line, column: 1),
                hint: "See the notes: add the missing months, or lower minimum_months for this source.")
        }
        for mean in means {
            guard let first = mean.months.first else { continue }
            context.add(mean.observation, row: first.record)
            for month in mean.months { context.keptRows.insert(month.record.line) }
        }
    }

    /// The rows as months, reporting malformed dates and values and months written twice.
    private static func readMonths(
        _ context: inout RowContext, dateColumn: Int, providers: [MonthlyProviderColumn]
    ) -> [MonthlyRollup.Month] {
        let table = context.table
        var months: [MonthlyRollup.Month] = []
        var firstLine: [Period: Int] = [:]
        for row in table.rows {
            if context.isFull { break }
            context.rowsRead += 1
            let dateText = table.value(row, dateColumn)
            let origin = table.location(row, dateColumn)
            let month = MonthlyDateParser.parse(dateText)
            if month == nil, !dateText.isEmpty {
                context.error(
                    MonthlyDateParser.explainFailure(dateText), at: origin,
                    hint: "Write months as \(MonthlyDateParser.examples).")
            }
            var values: [Double?] = []
            var isValid = true
            for provider in providers {
                let value = context.number(row, provider.index, unit: provider.unit, what: "\(provider.header) share")
                guard let value else {
                    isValid = false
                    continue
                }
                if provider.unit == nil, let share = value, !(0...100).contains(share) {
                    context.error(
                        "\(provider.header) share \(table.value(row, provider.index)) is not a percentage (0–100)",
                        at: table.location(row, provider.index),
                        hint: "A monthly export holds percentages; check the cell, "
                            + "or leave it empty for a missing month.")
                    isValid = false
                    continue
                }
                values.append(value)
            }
            guard isValid, values.contains(where: { $0 != nil }) else { continue }  // no values: ignored
            guard let month else {
                if dateText.isEmpty {
                    context.error(
                        "the row has values but no month", at: origin,
                        hint: "Fill in the month (\(MonthlyDateParser.examples)), or delete the row.")
                }
                continue
            }
            if let line = firstLine[month] {
                context.error(
                    "month \(month) appears twice, on lines \(line) and \(row.line)", at: origin,
                    hint: "Keep one row per month: delete or correct one of the two rows.")
                continue
            }
            firstLine[month] = row.line
            months.append(MonthlyRollup.Month(period: month, record: row, origin: origin, values: values))
        }
        return months
    }
}
