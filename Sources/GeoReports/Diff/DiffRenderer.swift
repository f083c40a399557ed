public import GeoModel

/// Writes a ``SnapshotDiff`` as CSV, JSON, an aligned terminal table, or a Markdown section.
///
/// CSV and JSON carry every economy and exactly the fields in ``DiffFields``; text and
/// Markdown carry the summary and the top movers.
public enum DiffRenderer {
    /// The per-economy table as CSV.
    public static func csv(_ diff: SnapshotDiff) -> String {
        CSVText.table(header: DiffFields.names, rows: diff.economies.map(DiffFields.csvRow))
    }

    /// The diff as JSON: `{"pipeline", "metric", "from", "to", "different_lengths", "economies": [...], "regions": [...]}`.
    public static func json(_ diff: SnapshotDiff) -> String {
        var lines: [String] = []
        lines.append("{")
        lines.append("  \"pipeline\": \(JSONText.string(diff.pipeline)),")
        lines.append("  \"metric\": \(JSONText.string(diff.metric.id)),")
        lines.append("  \"from\": \(JSONText.string(diff.from.description)),")
        lines.append("  \"to\": \(JSONText.string(diff.to.description)),")
        lines.append("  \"different_lengths\": \(diff.comparesDifferentLengths),")
        let economies = diff.economies.map { change in
            let fields: [(String, String)] = [
                ("iso3", JSONText.string(change.iso3.rawValue)), ("name", JSONText.string(change.name)),
                ("from_value", JSONText.value(change.from)), ("to_value", JSONText.value(change.to)),
                ("change", JSONText.estimate(change.change)),
                ("relative_change", JSONText.number(change.relativeChange)),
                ("from_rank", JSONText.number(change.fromRank.map(Double.init))),
                ("to_rank", JSONText.number(change.toRank.map(Double.init))),
                ("from_class", JSONText.number(change.fromClass.map(Double.init))),
                ("to_class", JSONText.number(change.toClass.map(Double.init))),
                ("flags_gained", JSONText.strings(change.flagsGained.map(\.rawValue))),
                ("flags_lost", JSONText.strings(change.flagsLost.map(\.rawValue))),
                ("status", JSONText.string(change.status.rawValue)),
            ]
            return "    {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        lines.append("  \"economies\": [\n" + economies.joined(separator: ",\n") + "\n  ],")
        let regions = diff.regions.map { region in
            let fields: [(String, String)] = [
                ("grouping", JSONText.string(region.from.groupingID)), ("region", JSONText.string(region.from.region)),
                ("from_value", JSONText.number(region.from.mean?.point)),
                ("to_value", JSONText.number(region.to.mean?.point)),
                ("change", JSONText.number(region.change)), ("from_coverage", JSONText.number(region.from.coverage)),
                ("to_coverage", JSONText.number(region.to.coverage)),
            ]
            return "    {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        lines.append("  \"regions\": [\n" + regions.joined(separator: ",\n") + "\n  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An aligned table for a terminal: a header, the summary, then the top movers.
    ///
    /// - Parameter colour: Colour signs (green up, red down) with ANSI escapes.
    public static func text(_ diff: SnapshotDiff, top: Int, colour: Bool) -> String {
        var lines = [DiffSummary.title(diff)]
        lines += DiffSummary.sentences(diff).map { "  " + $0 }
        let movers = diff.topRisers(top) + diff.topFallers(top)
        guard !movers.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        let rows =
            [
                [
                    diff.geography.codeHeading, diff.geography.areaNoun.uppercased(), diff.from.description,
                    diff.to.description, "CHANGE", "RANK", "CLASS", "FLAGS",
                ]
            ]
            + movers.map { change in
                [
                    change.iso3.rawValue, String(change.name.prefix(28)), DiffSummary.value(change.from),
                    DiffSummary.value(change.to), DiffSummary.signed(change.change),
                    DiffSummary.arrow(change.fromRank, change.toRank),
                    DiffSummary.arrow(change.fromClass, change.toClass),
                    DiffSummary.flags(change),
                ]
            }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        if !diff.classLabels.isEmpty {
            let legend = diff.classLabels.enumerated().map { "\($0.offset + 1) = \($0.element)" }.joined(
                separator: ", ")
            lines.append("  Classes (shared breaks): \(legend).")
        }
        lines.append("")
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, cell -> String in
                let padded =
                    column >= 2 && column <= 4
                    ? String(repeating: " ", count: widths[column] - cell.count) + cell
                    : cell + String(repeating: " ", count: widths[column] - cell.count)
                guard colour, column == 4, index > 0 else { return padded }
                return (cell.hasPrefix("-") ? "\u{1B}[31m" : "\u{1B}[32m") + padded + "\u{1B}[0m"
            }
            lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown section a report can embed ("What changed since 2025-H1").
    ///
    /// - Parameter changeMap: The change map's path relative to the report, if one was drawn.
    public static func markdown(_ diff: SnapshotDiff, top: Int, changeMap: String? = nil, headingLevel: Int = 2)
        -> String
    {
        DiffMarkdown.section(diff, top: top, changeMap: changeMap, headingLevel: headingLevel)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
