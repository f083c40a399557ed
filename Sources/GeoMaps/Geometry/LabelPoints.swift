import Foundation
public import GeoModel

/// Reads label-point tables such as `Data/geo/label-points.csv`: where to put a dot for an
/// economy that has no shape at the chosen scale.
///
/// The table has a header with the columns `iso3`, `lon` and `lat` (`longitude`/`latitude`
/// also work, in any order; other columns are ignored):
///
/// ```
/// iso3,lon,lat
/// SGP,103.817,1.351
/// ```
public enum LabelPoints {
    /// Parses a label-point table.
    ///
    /// - Parameters:
    ///   - text: The CSV text (UTF-8, with or without BOM, LF or CRLF).
    ///   - path: The file's path, used in messages only.
    /// - Returns: The label point of each economy; a later row for the same code replaces an earlier one.
    /// - Throws: ``GeoError`` `.dataError` naming the line for a missing column, an invalid code or
    ///   a coordinate outside the globe.
    public static func parse(_ text: String, path: String) throws -> [AreaCode: GeoCoordinate] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard let header = lines.first else { return [:] }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingBlanks().lowercased() }
        func column(_ names: [String]) throws -> Int {
            guard let index = columns.firstIndex(where: names.contains) else {
                throw GeoError(
                    .dataError, "column '\(names[0])' missing in the label-point table",
                    at: SourceLocation(path: path, line: 1),
                    hint: "The header must name the columns iso3, lon and lat.")
            }
            return index
        }
        let codeColumn = try column(["iso3"])
        let longitudeColumn = try column(["lon", "longitude", "label_x"])
        let latitudeColumn = try column(["lat", "latitude", "label_y"])
        var points: [AreaCode: GeoCoordinate] = [:]
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingBlanks().isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingBlanks() }
            let location = SourceLocation(path: path, line: offset + 1)
            guard fields.count > max(codeColumn, longitudeColumn, latitudeColumn) else {
                throw GeoError(
                    .dataError, "row has \(fields.count) fields, expected at least \(columns.count)", at: location,
                    hint: "Write one economy per line: code, longitude, latitude.")
            }
            guard let code = AreaCode(fields[codeColumn]) else {
                throw GeoError(
                    .dataError, "'\(fields[codeColumn])' is not an ISO 3166 alpha-3 code", at: location,
                    hint: "Use three capital letters, e.g. SGP.")
            }
            guard let longitude = Double(fields[longitudeColumn]), let latitude = Double(fields[latitudeColumn]),
                abs(longitude) <= 180, abs(latitude) <= 90
            else {
                throw GeoError(
                    .dataError, "label point of \(code) is not a longitude (−180…180) and a latitude (−90…90)",
                    at: location, hint: "Write decimal degrees, e.g. 103.817,1.351.")
            }
            points[code] = GeoCoordinate(longitude: longitude, latitude: latitude)
        }
        return points
    }
}
