import GeoIngest
import GeoModel
import GeoReports

/// A `tables:` entry: a ranking file shown as published, e.g. the publisher's top metro areas.
///
/// ```yaml
/// tables:
///   - path: Data/usage/us/MSA_Ranking_2026Q1.csv
///     title: Metropolitan areas
///     code_column: MSA Code
///     name_column: MSA Title
///     value_column: AI User Share
/// ```
public struct RankingTableConfig: Sendable, Hashable {
    /// The file, relative to the project root.
    public let path: String
    /// The heading in the report.
    public let title: String
    /// The column with the entries' names.
    public let nameColumn: String
    /// The column with the values.
    public let valueColumn: String
    /// The column with the publisher's codes, if any.
    public let codeColumn: String?

    init(_ node: ConfigNode) throws(GeoError) {
        let keys = try node.mapping(
            allowed: ["path", "title", "name_column", "value_column", "code_column"],
            required: ["path", "title", "name_column", "value_column"])
        path = try ProjectPaths.checkInputPath(keys["path"]?.string() ?? "", at: keys["path"] ?? node)
        title = try keys["title"]?.string() ?? ""
        nameColumn = try keys["name_column"]?.string() ?? ""
        valueColumn = try keys["value_column"]?.string() ?? ""
        codeColumn = try keys["code_column"]?.string()
    }

    /// Reads the table: every row needs a name and a number.
    ///
    /// - Throws: ``GeoError`` `.dataError` located at the first bad cell.
    func read(_ bytes: [UInt8]) throws(GeoError) -> (table: RankingTable, source: SourceFile) {
        let table = try CSVTable(bytes: bytes, path: path)
        let name = try table.requireColumn([nameColumn], purpose: "names")
        let value = try table.requireColumn([valueColumn], purpose: "values")
        let code = try codeColumn.map { (column) throws(GeoError) in try table.requireColumn([column], purpose: "codes")
        }
        var rows: [RankingTable.Row] = []
        for row in table.rows {
            guard case .number(let number, _) = ValueParser.parse(table.value(row, value)),
                !table.value(row, name).isEmpty
            else {
                throw GeoError(
                    .dataError, "'\(table.value(row, value))' is not a value beside a name",
                    at: table.location(row, value), hint: "Each row of a ranking needs a name and a number.")
            }
            rows.append(RankingTable.Row(code: table.value(row, code), name: table.value(row, name), value: number))
        }
        let source = SourceFile(
            path: path, sha256: SHA256.hex(of: bytes), format: .wide, encoding: table.encoding.displayName,
            rowsRead: table.rows.count, rowsKept: rows.count)
        return (RankingTable(title: title, path: path, rows: rows), source)
    }
}
