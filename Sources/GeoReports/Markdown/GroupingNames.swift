/// Readers' names for grouping ids.
enum GroupingNames {
    /// The pipeline's label for its own grouping, else the built-in name.
    static func label(_ id: String, in input: ReportInput) -> String {
        input.groupingLabels[id] ?? label(id)
    }

    static func label(_ id: String) -> String {
        switch id {
        case "world": "World"
        case "m49_region": "UN M49 regions"
        case "m49_subregion": "UN M49 sub-regions"
        case "income_group": "World Bank income groups (FY2026)"
        default: id.map { $0 == "_" ? " " : $0 }.reduce(into: "") { $0.append($1) }
        }
    }
}
