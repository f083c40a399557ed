public import GeoModel

/// Reads a publisher's aggregate figures: `aggregate,period,metric,value[,source]`.
///
/// ```
/// aggregate,period,metric,value
/// World,2025-H1,ai_user_share,15.1
/// ```
public enum PublishedAggregateReader {
    /// Reads the file; every bad row is reported.
    ///
    /// - Throws: ``GeoError`` `.dataError`.
    public static func read(_ bytes: [UInt8], path: String, metrics: Set<String>) throws(GeoError) -> (
        source: SourceFile, aggregates: [PublishedAggregate]
    ) {
        let table = try CSVTable(bytes: bytes, path: path)
        let group = try table.requireColumn(["aggregate", "group", "region"], purpose: "the publisher's group name")
        let period = try table.requireColumn(["period"], purpose: "period")
        let metric = try table.requireColumn(["metric"], purpose: "metric id")
        let value = try table.requireColumn(["value"], purpose: "the number")
        var problems: [Diagnostic] = []
        var aggregates: [PublishedAggregate] = []
        var seen: Set<String> = []
        for row in table.rows {
            guard let parsedPeriod = PeriodParser.parse(table.value(row, period)) else {
                problems.append(
                    Diagnostic(
                        .error, PeriodParser.explainFailure(table.value(row, period)), at: table.location(row, period),
                        hint: "Write periods as \(PeriodParser.examples)."))
                continue
            }
            let metricID = table.value(row, metric)
            guard metrics.contains(metricID) else {
                problems.append(
                    Diagnostic(
                        .error, "metric '\(metricID)' is not declared in the pipeline", at: table.location(row, metric),
                        hint: "Declared: \(metrics.sorted().joined(separator: ", "))."))
                continue
            }
            guard case .number(let number, _) = ValueParser.parse(table.value(row, value)) else {
                problems.append(
                    Diagnostic(
                        .error, "'\(table.value(row, value))' is not a number", at: table.location(row, value),
                        hint: "Published aggregates need a value."))
                continue
            }
            let name = table.value(row, group)
            guard seen.insert("\(name)|\(parsedPeriod)|\(metricID)").inserted else {
                problems.append(
                    Diagnostic(
                        .error, "duplicate figure for \(name) \(parsedPeriod) \(metricID)",
                        at: table.location(row, group),
                        hint: "Keep one row per group, period and metric."))
                continue
            }
            aggregates.append(
                PublishedAggregate(
                    group: name, period: parsedPeriod, metric: metricID, value: number,
                    origin: row.location(ofField: 0, path: path)))
        }
        if !problems.isEmpty { throw GeoError.invalidInput(problems) }
        let source = SourceFile(
            path: path, sha256: SHA256.hex(of: bytes), format: .long, encoding: table.encoding.displayName,
            rowsRead: table.rows.count, rowsKept: aggregates.count)
        return (source, aggregates.sorted())
    }
}
