public import GeoModel

/// A part of a country's feature that is an economy of its own: Natural Earth's admin-0
/// features draw French Guiana, Guadeloupe, Martinique, Réunion and Mayotte inside France,
/// Svalbard and Jan Mayen inside Norway, and Bonaire, Sint Eustatius and Saba inside the
/// Netherlands.
///
/// Reading geometry, every polygon of the parent whose outer ring's first position lies in a
/// part's longitude–latitude box moves to the part, so that it is drawn with the part's own
/// value, its own no-data or as its own dot, and the parent's outline covers only the parent.
/// Geometry that already has the parts as features of their own is unchanged.
///
/// | parent | part | box (longitude, latitude) | in 1:110m | in 1:50m |
/// |---|---|---|---|---|
/// | FRA | GUF French Guiana | −55…−51, 1.5…6.5 | yes | yes |
/// | FRA | GLP Guadeloupe | −62…−60.9, 15.7…16.6 | no | yes |
/// | FRA | MTQ Martinique | −61.4…−60.7, 14.3…15 | no | yes |
/// | FRA | REU Réunion | 55…56, −21.5…−20.8 | no | yes |
/// | FRA | MYT Mayotte | 44.9…45.4, −13.1…−12.5 | no | yes |
/// | NOR | SJM Svalbard and Jan Mayen | −180…180, 74…90 and −10…−7, 70.5…71.5 | yes | yes |
/// | NLD | BES Bonaire, Sint Eustatius and Saba | −68.5…−62.9, 12…17.7 | no | yes |
public struct OverseasPart: Sendable, Hashable {
    /// The feature's code the part is drawn in (`FRA`).
    public let parent: AreaCode
    /// The part's own code (`GUF`).
    public let code: AreaCode
    /// The part's name for tooltips ("French Guiana").
    public let name: String
    let longitudes: ClosedRange<Double>
    let latitudes: ClosedRange<Double>

    /// Whether a position lies in the part's box.
    func holds(_ coordinate: GeoCoordinate) -> Bool {
        longitudes.contains(coordinate.longitude) && latitudes.contains(coordinate.latitude)
    }

    private init?(
        _ parent: String, _ code: String, _ name: String, _ longitudes: ClosedRange<Double>,
        _ latitudes: ClosedRange<Double>
    ) {
        guard let parent = AreaCode(parent), let code = AreaCode(code) else { return nil }
        self.parent = parent
        self.code = code
        self.name = name
        self.longitudes = longitudes
        self.latitudes = latitudes
    }

    /// The table above.
    public static let all: [OverseasPart] = [
        OverseasPart("FRA", "GUF", "French Guiana", -55...(-51), 1.5...6.5),
        OverseasPart("FRA", "GLP", "Guadeloupe", -62...(-60.9), 15.7...16.6),
        OverseasPart("FRA", "MTQ", "Martinique", -61.4...(-60.7), 14.3...15),
        OverseasPart("FRA", "REU", "Réunion", 55...56, -21.5...(-20.8)),
        OverseasPart("FRA", "MYT", "Mayotte", 44.9...45.4, -13.1...(-12.5)),
        OverseasPart("NOR", "SJM", "Svalbard and Jan Mayen", -180...180, 74...90),
        OverseasPart("NOR", "SJM", "Svalbard and Jan Mayen", -10...(-7), 70.5...71.5),
        OverseasPart("NLD", "BES", "Bonaire, Sint Eustatius and Saba", -68.5...(-62.9), 12...17.7),
    ].compactMap { $0 }

    /// The shape with its overseas parts moved out: the parent (if anything is left of it)
    /// and one shape per part, in table order.
    static func split(_ shape: CountryShape) -> [CountryShape] {
        let parts = all.filter { $0.parent == shape.iso3 }
        guard !parts.isEmpty else { return [shape] }
        var kept: [CountryShape.Polygon] = []
        var moved: [AreaCode: (name: String, polygons: [CountryShape.Polygon])] = [:]
        var order: [AreaCode] = []
        for polygon in shape.polygons {
            guard let first = polygon.first?.first, let part = parts.first(where: { $0.holds(first) }) else {
                kept.append(polygon)
                continue
            }
            if moved[part.code] == nil { order.append(part.code) }
            moved[part.code, default: (part.name, [])].polygons.append(polygon)
        }
        var result: [CountryShape] = []
        if !kept.isEmpty {
            result.append(
                CountryShape(iso3: shape.iso3, name: shape.name, labelPoint: shape.labelPoint, polygons: kept))
        }
        for code in order {
            guard let part = moved[code] else { continue }
            result.append(CountryShape(iso3: code, name: part.name, labelPoint: nil, polygons: part.polygons))
        }
        return result
    }
}
