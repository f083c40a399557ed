import Foundation
import GeoModel

/// Gathers features from a GeoJSON or TopoJSON file into shapes, one economy's main feature
/// first, and records the features it had to skip.
struct FeatureCollector {
    private var entries: [(shape: CountryShape, isPrimary: Bool, order: Int)] = []
    /// Skipped features, as warnings.
    private(set) var diagnostics: [Diagnostic] = []
    /// The property holding each feature's code (`GEOID` in Census files), or `nil` for the
    /// world's rules (``FeatureKey``).
    var codeProperty: String?

    /// Adds one feature (an object with `properties`, optional `id`, and a geometry).
    ///
    /// - Parameters:
    ///   - feature: The feature node; for TopoJSON, the geometry object itself.
    ///   - geometryKey: Where the geometry sits: `"geometry"` for GeoJSON, `nil` when the
    ///     feature is the geometry (TopoJSON).
    ///   - decode: Turns the geometry node into polygons.
    mutating func add(
        feature: JSONNode, hint: String, geometryKey: String? = "geometry",
        decode: (JSONNode) throws -> [CountryShape.Polygon]
    ) throws {
        let members = try feature.object(hint: hint)
        let properties = feature.optionalMember("properties")
        let propertyValues = try properties?.object(hint: "Give each feature a \"properties\" object.") ?? [:]
        let key: AreaCode?
        if let codeProperty {
            key = propertyValues[codeProperty]?.text.flatMap { AreaCode($0) }
        } else {
            key = FeatureKey.code(properties: propertyValues, id: members["id"])
        }
        guard let code = key else {
            if let codeProperty {
                diagnostics.append(
                    Diagnostic(
                        .warning, "\(feature.displayPath) has no code in properties.\(codeProperty); it is not drawn",
                        at: SourceLocation(path: feature.file),
                        hint: "Give each feature its area code in the \(codeProperty) property."))
                return
            }
            let tried = (FeatureKey.propertyNames.map { "properties.\($0)" } + ["id"]).joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .warning, "\(feature.displayPath) has no ISO 3166 alpha-3 code in \(tried); it is not drawn",
                    at: SourceLocation(path: feature.file),
                    hint: "Add an ISO_A3 property with the economy's three-letter code."))
            return
        }
        let geometry: JSONNode?
        if let geometryKey { geometry = feature.optionalMember(geometryKey) } else { geometry = feature }
        guard let geometry, !isNullGeometry(geometry) else {
            diagnostics.append(
                Diagnostic(
                    .note, "\(feature.displayPath) (\(code)) has no geometry; it is not drawn",
                    at: SourceLocation(path: feature.file)))
            return
        }
        let polygons = try decode(geometry)
        let shape = CountryShape(
            iso3: code, name: FeatureKey.name(properties: propertyValues, code: code),
            labelPoint: FeatureKey.labelPoint(properties: propertyValues), polygons: polygons)
        entries.append((shape, FeatureKey.isPrimary(properties: propertyValues, code: code), entries.count))
    }

    /// The shapes by economy code, each economy's main feature ahead of merged dependencies.
    var shapes: [CountryShape] {
        entries.sorted { lhs, rhs in
            if lhs.shape.iso3 != rhs.shape.iso3 { return lhs.shape.iso3 < rhs.shape.iso3 }
            if lhs.isPrimary != rhs.isPrimary { return lhs.isPrimary }
            return lhs.order < rhs.order
        }.map(\.shape)
    }

    private func isNullGeometry(_ node: JSONNode) -> Bool {
        if node.isNull { return true }
        // TopoJSON writes {"type": null} for an empty geometry.
        guard case .object(let members) = node.value else { return false }
        return members["type"] == .null
    }
}
