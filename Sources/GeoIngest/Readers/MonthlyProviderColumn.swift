import Foundation
import GeoModel

/// One provider column of a monthly export and the metric its values become.
///
/// The metric is the spec's mapping for the header (`columns: {Microsoft Copilot: {metric:
/// copilot_share}}`), else `share_` followed by the header in lower snake case:
///
/// ```
/// ChatGPT           → share_chatgpt
/// Microsoft Copilot → share_microsoft_copilot
/// Other             → share_other
/// ```
struct MonthlyProviderColumn {
    /// The column's index in the table.
    let index: Int
    /// The header as written (trimmed).
    let header: String
    /// The metric id the column's half-year means are stored under.
    let metric: String
    /// The declared metric's unit, which values are checked against; `nil` when no metrics are declared
    /// (values are then checked as the export's percentages, 0–100).
    let unit: GeoModel.Unit?

    /// The default metric id for a provider header: `share_` + the header in lower snake case, or `nil` when
    /// the header has no letters or digits.
    static func defaultMetric(forHeader header: String) -> String? {
        var slug = ""
        var pendingSeparator = false
        let folded = header.replacingOccurrences(of: "&", with: " and ").lowercased()
            .decomposedStringWithCanonicalMapping
        for scalar in folded.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingSeparator, !slug.isEmpty { slug.append("_") }
                pendingSeparator = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return slug.isEmpty ? nil : "share_" + slug
    }

    /// The provider columns of the table: every column except the date column.
    ///
    /// Reports a header that yields no metric id, two columns that map to one metric, and
    /// metrics the pipeline does not declare; such columns are left out.
    static func columns(of context: inout RowContext, dateColumn: Int) -> [MonthlyProviderColumn] {
        let table = context.table
        var columns: [MonthlyProviderColumn] = []
        var firstHeader: [String: String] = [:]
        for (index, header) in table.columnNames.enumerated() where index != dateColumn {
            let location = table.location(table.header, index)
            if header.isEmpty {
                context.diagnostics.append(
                    Diagnostic(.note, "column \(index + 1) has no header and was not read", at: location))
                continue
            }
            guard let metric = context.spec.columns[header]?.metric ?? defaultMetric(forHeader: header) else {
                context.error(
                    "column '\(header)' has no letters or digits to name a metric after", at: location,
                    hint: "Rename the column, or map it to a metric in the source's columns: section.")
                continue
            }
            if let earlier = firstHeader[metric] {
                context.error(
                    "columns '\(earlier)' and '\(header)' both become metric \(metric)", at: location,
                    hint: "Map one of them to another metric in the source's columns: section, or merge the columns.")
                continue
            }
            firstHeader[metric] = header
            guard let declared = context.checkMetric(metric, at: location) else { continue }
            columns.append(
                MonthlyProviderColumn(index: index, header: header, metric: metric, unit: declared?.unit))
        }
        return columns
    }
}
