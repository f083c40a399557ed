import Foundation
import GeoModel

/// How a feature in a geometry file is matched to an economy code.
///
/// Natural Earth writes `-99` where ISO has no code, so the rules are, in order:
/// `ISO_A3_EH`, then `ADM0_A3` (which gives Northern Cyprus `CYN`, Somaliland `SOL`, and
/// Kosovo `KOS`, which we call `XKX`), then the generic `ISO_A3`, `iso_a3`, `iso3`, `ISO3`
/// properties and finally the feature's `id`.
enum FeatureKey {
    /// The properties tried, in order, for error messages.
    static let propertyNames = ["ISO_A3_EH", "ADM0_A3", "ISO_A3", "iso_a3", "iso3", "ISO3"]

    /// Natural Earth's own codes that differ from the ones geo-ai uses.
    static let renamed: [String: String] = ["KOS": "XKX"]

    /// The economy code of a feature, or `nil` when no rule gives a three-letter code.
    static func code(properties: [String: JSONValue], id: JSONValue?) -> AreaCode? {
        for name in propertyNames {
            if let text = properties[name]?.text, let code = code(from: text) { return code }
        }
        if let text = id?.text { return code(from: text) }
        return nil
    }

    /// Whether the feature is the economy's main feature rather than a dependency merged into it
    /// (Natural Earth files `Ashmore and Cartier Is.` under `AUS` via `ISO_A3_EH`).
    static func isPrimary(properties: [String: JSONValue], code: AreaCode) -> Bool {
        guard let adm0 = properties["ADM0_A3"]?.text else { return true }
        return (renamed[adm0] ?? adm0) == code.rawValue
    }

    /// The display name: `NAME`, `name`, `ADMIN`, `NAME_LONG`, else the code.
    static func name(properties: [String: JSONValue], code: AreaCode) -> String {
        for key in ["NAME", "name", "ADMIN", "NAME_LONG"] {
            if let name = properties[key]?.text, !name.isEmpty { return name }
        }
        return code.rawValue
    }

    /// The label point from `LABEL_X`/`LABEL_Y`, when both are valid coordinates.
    static func labelPoint(properties: [String: JSONValue]) -> GeoCoordinate? {
        guard let x = properties["LABEL_X"]?.finiteNumber,
            let y = properties["LABEL_Y"]?.finiteNumber,
            x.isFinite, y.isFinite, abs(x) <= 180, abs(y) <= 90
        else { return nil }
        return GeoCoordinate(longitude: x, latitude: y)
    }

    private static func code(from text: String) -> AreaCode? {
        let trimmed = text.trimmingBlanks()
        return AreaCode(iso3: renamed[trimmed] ?? trimmed)
    }
}
