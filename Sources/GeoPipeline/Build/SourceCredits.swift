import Foundation
import GeoIngest
import GeoModel

/// Reads `Data/sources.csv` and picks the sources behind a set of files, so that every report
/// credits every source it used from one place, never from per-report text.
enum SourceCredits {
    /// The shipped credits file.
    static let path = "Data/sources.csv"

    /// The credits, or none when the project has no `Data/sources.csv`.
    ///
    /// - Throws: ``GeoError`` (data error) for a file without the `id,credit,licence,covers` columns
    ///   or a row without an id or credit, with its location.
    static func load(_ files: ProjectFiles) throws(GeoError) -> [SourceCredit] {
        guard FileManager.default.fileExists(atPath: files.url(path).path) else { return [] }
        let table = try CSVTable(bytes: try files.read(path), path: path)
        let hint = "Data/sources.csv has the columns id,credit,licence,covers."
        let id = try table.requireColumn(["id"], purpose: "source id", hint: hint)
        let credit = try table.requireColumn(["credit"], purpose: "credit", hint: hint)
        let licence = try table.requireColumn(["licence", "license"], purpose: "licence", hint: hint)
        let covers = try table.requireColumn(["covers"], purpose: "the files the source is behind", hint: hint)
        var credits: [SourceCredit] = []
        for row in table.rows {
            guard !table.value(row, id).isEmpty, !table.value(row, credit).isEmpty else {
                throw GeoError(
                    .dataError, "a source needs an id and a credit", at: table.location(row, id),
                    hint: "Fill in both, or delete the row.")
            }
            credits.append(
                SourceCredit(
                    id: table.value(row, id), credit: table.value(row, credit), licence: table.value(row, licence),
                    covers: table.value(row, covers).split(separator: ";").map { String($0) }))
        }
        return credits
    }

    /// The sources behind any of `paths`, in the file's order, each once.
    static func used(by paths: [String], from credits: [SourceCredit]) -> [SourceCredit] {
        credits.filter { credit in paths.contains { credit.covers($0) } }
    }
}
