public import GeoModel

/// Reads a custom grouping file: `iso3,group` (or `country,group` with names resolved; with both
/// columns, the name must agree with the code).
///
/// ```
/// iso3,group
/// DEU,Global North
/// KEN,Global South
/// ```
public enum GroupingReader {
    /// Reads the membership; every bad row is reported.
    ///
    /// - Throws: ``GeoError`` `.dataError` for unknown economies, an economy listed twice, or empty groups.
    public static func read(_ bytes: [UInt8], path: String, reference: ReferenceTables) throws(GeoError) -> [AreaCode:
        String]
    {
        let table = try CSVTable(bytes: bytes, path: path)
        let code = table.column("iso3")
        let name = table.column("country", "economy", "name")
        guard code != nil || name != nil else {
            _ = try table.requireColumn(["iso3", "country"], purpose: "economy", hint: "Name the columns iso3,group.")
            return [:]
        }
        let group = try table.requireColumn(["group", "region"], purpose: "group name")
        let resolver = AreaResolver(reference: reference)
        var membership: [AreaCode: String] = [:]
        var problems: [Diagnostic] = []
        for row in table.rows {
            let text = table.value(row, code ?? name)
            let column = code ?? name ?? 0
            guard case .resolved(let resolution) = resolver.resolve(text) else {
                problems.append(
                    resolver.diagnostic(
                        for: text, at: table.location(row, column), aliasHint: { "its ISO3 code instead of '\($0)'" })
                        ?? Diagnostic(.error, "unknown economy '\(text)'", at: table.location(row, column)))
                continue
            }
            if let code, let name, resolution.method == .code, !table.value(row, name).isEmpty,
                let problem = resolver.disagreement(
                    name: table.value(row, name), code: resolution.iso3, at: table.location(row, code))
            {
                problems.append(problem)
                continue
            }
            let groupName = table.value(row, group)
            guard !groupName.isEmpty else {
                problems.append(
                    Diagnostic(
                        .error, "no group for \(resolution.iso3)", at: table.location(row, group),
                        hint: "Fill in the group name."))
                continue
            }
            if let existing = membership[resolution.iso3], existing != groupName {
                problems.append(
                    Diagnostic(
                        .error, "\(resolution.iso3) is listed in both '\(existing)' and '\(groupName)'",
                        at: table.location(row, column), hint: "A grouping puts each economy in one group."))
                continue
            }
            membership[resolution.iso3] = groupName
        }
        if !problems.isEmpty { throw GeoError.invalidInput(problems) }
        return membership
    }
}
