import Foundation
import GeoMaps
import GeoModel
import GeoTestSupport
import Testing

/// Fixtures, shipped geometry and usage tables, loaded once per test process.
enum TestData {
    /// The bytes of a file under `Fixtures/`.
    static func fixture(_ name: String) throws -> [UInt8] {
        let base = try #require(Bundle.module.resourceURL, "test bundle has no resources")
        return Array(try Data(contentsOf: base.appendingPathComponent("Fixtures").appendingPathComponent(name)))
    }

    /// The text of a file under the repository root.
    static func repositoryText(_ relativePath: String) throws -> String {
        try String(contentsOf: RepositoryPaths.url(relativePath), encoding: .utf8)
    }

    private static let world110m = Result { try load("Data/geo/countries-110m.geojson") }
    private static let world50m = Result { try load("Data/geo/countries-50m.geojson") }
    private static let labelPointTable = Result {
        try LabelPoints.parse(try repositoryText("Data/geo/label-points.csv"), path: "Data/geo/label-points.csv")
    }

    private static func load(_ path: String) throws -> WorldGeometry {
        try WorldGeometry.geoJSON(Array(try Data(contentsOf: RepositoryPaths.url(path))), path: path)
    }

    /// Natural Earth 1:110m countries.
    static func world110() throws -> WorldGeometry { try world110m.get() }
    /// Natural Earth 1:50m countries.
    static func world50() throws -> WorldGeometry { try world50m.get() }
    /// `Data/geo/label-points.csv`.
    static func labelPoints() throws -> [ISO3: GeoCoordinate] { try labelPointTable.get() }

    /// AI user share (percent) for one period, with the table's names.
    static func aiUserShare(_ period: String) throws -> (values: [ISO3: MapValue], names: [ISO3: String]) {
        var values: [ISO3: MapValue] = [:]
        var names: [ISO3: String] = [:]
        for row in try CSVTable.read("Data/usage/ai_user_share.csv") where row["period"] == period {
            guard let code = ISO3(row["iso3"] ?? ""), let value = Double(row["value"] ?? "") else { continue }
            values[code] = MapValue(value: value)
            names[code] = row["country"]
        }
        return (values, names)
    }

    /// DeepSeek's market share, H2 2025: points, bands and "insufficient data" rows.
    static func deepSeekShare() throws -> (values: [ISO3: MapValue], names: [ISO3: String]) {
        var values: [ISO3: MapValue] = [:]
        var names: [ISO3: String] = [:]
        for row in try CSVTable.read("Data/usage/deepseek_share_2025H2.csv") {
            guard let code = ISO3(row["iso3"] ?? "") else { continue }
            let label = row["class_label"] ?? ""
            if label == "insufficient data" {
                values[code] = MapValue(status: .insufficientData, label: label)
            } else {
                values[code] = MapValue(
                    value: Double(row["value"] ?? ""), low: Double(row["low"] ?? ""), high: Double(row["high"] ?? ""),
                    label: label)
            }
            names[code] = row["country"]
        }
        return (values, names)
    }
}

/// A small CSV reader for the usage tables: quoted fields, commas inside quotes, LF or CRLF.
enum CSVTable {
    /// Rows as dictionaries keyed by the header.
    static func read(_ relativePath: String) throws -> [[String: String]] {
        let rows = parse(try TestData.repositoryText(relativePath))
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0.count > 1 }.map { fields in
            Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first })
        }
    }

    /// All records, fields unquoted.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var isQuoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if isQuoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        isQuoted = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": isQuoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
