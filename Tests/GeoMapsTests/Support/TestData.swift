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
    static func labelPoints() throws -> [AreaCode: GeoCoordinate] { try labelPointTable.get() }

    /// AI user share (percent) for one period, with the table's names.
    static func aiUserShare(_ period: String) throws -> (values: [AreaCode: MapValue], names: [AreaCode: String]) {
        var values: [AreaCode: MapValue] = [:]
        var names: [AreaCode: String] = [:]
        for row in try TestCSV.records(inRepositoryFile: "Data/usage/ai_user_share.csv") where row["period"] == period {
            guard let code = AreaCode(row["iso3"] ?? ""), let value = Double(row["value"] ?? "") else { continue }
            values[code] = MapValue(value: value)
            names[code] = row["country"]
        }
        return (values, names)
    }

    /// DeepSeek's market share, H2 2025: points, bands and "insufficient data" rows.
    static func deepSeekShare() throws -> (values: [AreaCode: MapValue], names: [AreaCode: String]) {
        var values: [AreaCode: MapValue] = [:]
        var names: [AreaCode: String] = [:]
        for row in try TestCSV.records(inRepositoryFile: "Data/usage/deepseek_share_2025H2.csv") {
            guard let code = AreaCode(row["iso3"] ?? "") else { continue }
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
