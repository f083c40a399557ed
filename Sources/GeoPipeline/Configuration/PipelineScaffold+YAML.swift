import Foundation
public import GeoModel
import Yams

extension PipelineScaffold {
    /// The pipeline file: every value the scaffold knows, and a comment on each line saying what
    /// it means and what else it may be. Lines the user should check say `CHECK`.
    ///
    /// - Throws: ``GeoError`` `.dataError` when a name cannot be written as YAML (not expected).
    public func yaml() throws(GeoError) -> String {
        var lines: [String] = []
        if isFromData {
            lines.append("# Pipeline '\(name)', scaffolded by geo-ai init from \(source.path).")
        } else {
            lines.append("# Pipeline '\(name)', scaffolded by geo-ai init: put the data at the source path below,")
            lines.append("# or run geo-ai init --force \(name) DATA.csv to fill this file in from a data file.")
        }
        lines += [
            "# Check the lines marked CHECK, then: geo-ai validate --pipeline \(name) && geo-ai build --pipeline \(name)",
            "# Every key is described under \"Pipeline files\" in the README.",
            "",
            "title: \(try Self.quoted(name))  # CHECK: the report's title",
            "description: \(try Self.quoted("CHECK: what the data measures, who published it, and when."))",
            "",
            "sources:",
            "  - path: \(try Self.quoted(source.path))  # relative to the project root",
            "    format: \(source.format.rawValue)  # long | wide | monthly\(isFromData ? " (detected from the header)" : "")",
        ]
        if let encoding = source.encoding { lines.append("    encoding: \(encoding.rawValue)") }
        if let period = source.period { lines.append("    period: \(period)  # for rows or columns that name none") }
        if let metric = source.metric { lines.append("    metric: \(metric)  # for rows or columns that name none") }
        if let column = source.countryColumn {
            lines.append("    country_column: \(try Self.quoted(column))  # the column of economy names")
        }
        if !source.columns.isEmpty {
            lines.append("    columns:  # header → what its values are (read from the header)")
            let mapped = source.columns.sorted { first, second in
                if let one = first.value.period, let other = second.value.period, one != other { return one < other }
                return first.key < second.key
            }
            for (header, mapping) in mapped {
                var parts: [String] = []
                if let period = mapping.period { parts.append("period: \(period)") }
                if let metric = mapping.metric { parts.append("metric: \(metric)") }
                lines.append("      \(try Self.quoted(header)): { \(parts.joined(separator: ", ")) }")
            }
        }
        if let economy = source.economy {
            lines.append("    economy: \(try Self.quoted(economy))  # the economy the file is about")
        }
        if source.aliases.isEmpty {
            lines.append("    # aliases: { Congo: COG }  # names this source uses for an economy")
        } else {
            lines.append("    aliases:  # names this source uses for an economy")
            for name in source.aliases.keys.sorted() {
                lines.append(
                    "      \(try Self.quoted(name)): \(source.aliases[name].map(String.init(describing:)) ?? "")")
            }
        }
        lines += ["", "metrics:"]
        for metric in metrics {
            lines += [
                "  - id: \(metric.id)",
                "    label: \(try Self.quoted(metric.id))  # CHECK: the label reports and maps show",
                "    unit: \(metric.unit.rawValue)  # CHECK: percent | fraction | count | number",
                "    weight: none  # none | population | working_age_population | users:METRIC (regional means)",
            ]
        }
        lines += ["", "analysis:", "  min_coverage: 0.5  # share of a group's weight that must have data", ""]
        if metrics.allSatisfy(\.periods.isEmpty) {
            lines += [
                "# One map per period, sharing one set of class breaks; uncomment when the data is in place.",
                "# maps:",
                "#   - metric: \(metrics.first?.id ?? "value")",
                "#     periods: [2025-H2]",
                "#     classes: jenks:5",
                "#     scheme: YlGnBu",
            ]
        } else {
            lines.append("maps:")
            for metric in metrics where !metric.periods.isEmpty {
                lines += [
                    "  - metric: \(metric.id)",
                    "    periods: [\(metric.periods.map(\.description).joined(separator: ", "))]  # one map each, shared class breaks",
                    "    classes: jenks:5  # jenks:N | quantiles:N | equal:N | manual:5,10,20",
                    "    scheme: YlGnBu  # a ColorBrewer or viridis scheme",
                ]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar, written by Yams, the library that reads pipelines back.
    static func quoted(_ text: String) throws(GeoError) -> String {
        do {
            let node = Node.scalar(Node.Scalar(text, Tag(.str), .doubleQuoted))
            return try Yams.serialize(node: node, width: -1, allowUnicode: true).trimmingCharacters(in: .newlines)
        } catch {
            throw GeoError(.dataError, "cannot write '\(text)' as a YAML string: \(error)")
        }
    }
}
