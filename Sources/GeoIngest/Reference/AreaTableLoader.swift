public import GeoModel

/// Reads the reference tables of the US layers, `Data/reference/us-states.csv` and
/// `us-counties.csv` (written by `make-us-reference.py`), into ``AreaTable``s.
///
/// Codes are read as text and must already carry their leading zeros (`01`, `01001`); a
/// county's state must be a row of the states table.
public enum AreaTableLoader {
    /// Parses the states table: `fips,usps,name,has_shape`.
    ///
    /// - Throws: ``GeoError`` `.dataError` naming the file, line and column of the first bad value.
    public static func states(_ file: ReferenceLoader.File) throws(GeoError) -> AreaTable {
        let table = try CSVTable(text: file.text, path: file.path)
        let fips = try table.requireColumn(["fips"], purpose: "state FIPS code")
        let usps = try table.requireColumn(["usps"], purpose: "USPS code")
        let name = try table.requireColumn(["name"], purpose: "state name")
        let shape = table.column("has_shape")
        var areas: [Area] = []
        for row in table.rows {
            let code = try code(table, row, fips, geography: .usStates)
            let stateName = table.value(row, name)
            areas.append(
                Area(
                    geography: .usStates, code: code, name: stateName, shortName: stateName,
                    shortCode: table.value(row, usps), kind: "state", hasShape: table.value(row, shape) != "0"))
        }
        return try unique(AreaTable(geography: .usStates, areas: areas), rows: areas.count, file: file)
    }

    /// Parses the counties table: `fips,name,state_fips,state_usps,state,kind,has_shape`.
    ///
    /// - Parameter states: The states table, which every county's `state_fips` must name.
    /// - Throws: ``GeoError`` `.dataError` naming the file, line and column of the first bad value.
    public static func counties(_ file: ReferenceLoader.File, states: AreaTable) throws(GeoError) -> AreaTable {
        let table = try CSVTable(text: file.text, path: file.path)
        let fips = try table.requireColumn(["fips"], purpose: "county FIPS code")
        let name = try table.requireColumn(["name"], purpose: "county name")
        let stateColumn = try table.requireColumn(["state_fips"], purpose: "state FIPS code")
        let kind = table.column("kind")
        let shape = table.column("has_shape")
        var areas: [Area] = []
        var parents: [AreaCode: (name: String, usps: String)] = [:]
        for row in table.rows {
            let code = try Self.code(table, row, fips, geography: .usCounties)
            let state = try Self.code(table, row, stateColumn, geography: .usStates)
            guard let stateArea = states.areas[state], code.rawValue.hasPrefix(state.rawValue) else {
                throw GeoError(
                    .dataError, "county \(code) does not lie in a state of the states table",
                    at: table.location(row, stateColumn),
                    hint: "A county's code starts with its state's FIPS code, which must be listed in us-states.csv.")
            }
            parents[state] = (stateArea.name, stateArea.shortCode)
            let short = table.value(row, name)
            areas.append(
                Area(
                    geography: .usCounties, code: code, name: "\(short), \(stateArea.name)", shortName: short,
                    parent: state, kind: table.value(row, kind), hasShape: table.value(row, shape) != "0"))
        }
        return try unique(
            AreaTable(geography: .usCounties, areas: areas, parents: parents), rows: areas.count, file: file)
    }

    private static func code(_ table: CSVTable, _ row: CSVRecord, _ column: Int, geography: Geography)
        throws(GeoError) -> AreaCode
    {
        let text = table.value(row, column)
        guard let code = AreaCode(text), text.utf8.count == geography.codeDigits, geography.code(from: text) == code
        else {
            throw GeoError(
                .dataError, "'\(text)' is not a \(geography.areaNoun) FIPS code", at: table.location(row, column),
                hint: "Write \(geography.codeDescription) with its leading zeros.")
        }
        return code
    }

    private static func unique(_ layer: AreaTable, rows: Int, file: ReferenceLoader.File) throws(GeoError)
        -> AreaTable
    {
        guard layer.areas.count == rows, Set(layer.names.values).count == rows else {
            throw GeoError(
                .dataError, "\(file.path) lists a code or a name twice",
                at: SourceLocation(path: file.path), hint: "Keep one row per area, each with its own name.")
        }
        return layer
    }
}
