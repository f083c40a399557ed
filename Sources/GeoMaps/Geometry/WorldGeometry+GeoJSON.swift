import Foundation
import GeoModel

extension WorldGeometry {
    /// Reads country polygons from a GeoJSON `FeatureCollection` (RFC 7946).
    ///
    /// Each feature becomes the shape of the economy its properties name (see the key rules on
    /// ``WorldGeometry``); features of one economy are merged. Features with a `null` geometry or
    /// no usable code are skipped and reported in ``diagnostics``.
    ///
    /// ```swift
    /// let world = try WorldGeometry.geoJSON(bytes, path: "Data/geo/countries-110m.geojson")
    /// world.shape(for: AreaCode("FJI")!)?.name   // "Fiji"
    /// ```
    ///
    /// A ring whose last position differs from its first is rejected:
    ///
    /// ```
    /// x.geojson: error: features[0].geometry.coordinates[0]: ring is not closed: it starts at (0, 0) and ends at (1, 1)
    ///   hint: Repeat the first position of every ring at its end (RFC 7946, section 3.1.6).
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The file's content, UTF-8.
    ///   - path: The file's path as the user gave it, used in messages only.
    /// - Returns: The shapes, keyed by economy.
    /// - Throws: ``GeoError`` with code `.dataError` for invalid JSON, wrong types, out-of-range
    ///   positions, rings that are not closed or that go round the globe more than twice (see
    ///   ``WorldGeometry``'s antimeridian rule); the message names the JSON path.
    public static func geoJSON(_ bytes: [UInt8], path: String) throws -> WorldGeometry {
        let root = try JSONNode.parse(bytes, file: path, expecting: "GeoJSON")
        let hint = "Export the countries as a GeoJSON FeatureCollection of Polygon or MultiPolygon features."
        let type = try root.member("type", hint: hint).string
        let features: [JSONNode]
        switch type {
        case "FeatureCollection": features = try root.member("features", hint: hint).elements(hint: hint)
        case "Feature": features = [root]
        default:
            throw root.error(
                "expected \"type\": \"FeatureCollection\", found \(type.map { "\"\($0)\"" } ?? "no type")", hint: hint)
        }
        var collector = FeatureCollector()
        for feature in features {
            try collector.add(feature: feature, hint: hint) { geometry in
                try GeoJSONGeometry.polygons(of: geometry)
            }
        }
        return WorldGeometry(shapes: collector.shapes, diagnostics: collector.diagnostics)
    }

    /// Reads country polygons from GeoJSON text; see ``geoJSON(_:path:)-(([UInt8]),_)``.
    ///
    /// - Throws: ``GeoError`` with code `.dataError`, as the byte variant.
    public static func geoJSON(_ text: String, path: String) throws -> WorldGeometry {
        try geoJSON(Array(text.utf8), path: path)
    }
}

/// Decodes GeoJSON `Polygon` and `MultiPolygon` coordinates.
enum GeoJSONGeometry {
    static let ringHint = "Repeat the first position of every ring at its end (RFC 7946, section 3.1.6)."
    static let positionHint = "Write each position as [longitude, latitude] in degrees (WGS 84)."
    static let coordinatesHint =
        "Write polygon coordinates as arrays of rings, each an array of [longitude, latitude] positions."

    /// The polygons of a geometry object, rings open.
    static func polygons(of geometry: JSONNode) throws -> [CountryShape.Polygon] {
        let typeHint = "Use Polygon or MultiPolygon geometries for country areas."
        let type = try geometry.member("type", hint: typeHint).string
        let coordinates = try geometry.member("coordinates", hint: typeHint)
        switch type {
        case "Polygon": return [try polygon(coordinates)]
        case "MultiPolygon": return try coordinates.elements(hint: coordinatesHint).map(polygon)
        default:
            throw geometry.error(
                "geometry type \(type.map { "\"\($0)\"" } ?? "(not a string)") is not Polygon or MultiPolygon",
                hint: typeHint)
        }
    }

    private static func polygon(_ node: JSONNode) throws -> CountryShape.Polygon {
        try node.elements(hint: coordinatesHint).map(ring)
    }

    /// A closed ring of at least four positions, returned open.
    static func ring(_ node: JSONNode) throws -> CountryShape.Ring {
        let positions = try fastPositions(node) ?? node.elements(hint: coordinatesHint).map(position)
        guard positions.count >= 4 else {
            throw node.error("a ring needs at least 4 positions, found \(positions.count)", hint: ringHint)
        }
        guard let first = positions.first, let last = positions.last, first == last else {
            let start = positions.first.map(\.description) ?? "?"
            let end = positions.last.map(\.description) ?? "?"
            throw node.error("ring is not closed: it starts at \(start) and ends at \(end)", hint: ringHint)
        }
        let ring = Array(positions.dropLast())
        try checkTurns(ring, node)
        return ring
    }

    /// Refuses a ring that winds round the globe more than ``AntimeridianCut/maximumTurns`` times.
    ///
    /// Consecutive positions more than 180° of longitude apart are read as crossing ±180°, so a
    /// ring zigzagging between 179 and −1 goes round the globe once per two positions; cutting
    /// it would take time quadratic in its length, and no country's outline does that.
    static func checkTurns(_ ring: CountryShape.Ring, _ node: @autoclosure () throws -> JSONNode) throws {
        let turns = AntimeridianCut.turns(ring)
        guard turns <= AntimeridianCut.maximumTurns else {
            throw try node().error(
                "the ring goes round the globe \(NumberText.trimmed(turns, maxDecimals: 1)) times "
                    + "(positions more than 180° of longitude apart are read as crossing ±180°)",
                hint: "Write longitudes in −180…180 and check the ring's positions; "
                    + "a country's ring crosses ±180° at most a few times.")
        }
    }

    /// The positions of a ring when every one is well formed, without building a JSON path for
    /// each; `nil` sends the caller down the checked path, which names the first bad position.
    private static func fastPositions(_ node: JSONNode) -> [GeoCoordinate]? {
        guard case .array(let array) = node.value else { return nil }
        var positions: [GeoCoordinate] = []
        positions.reserveCapacity(array.count)
        for element in array {
            guard let (longitude, latitude) = element.finitePosition else { return nil }
            let position = GeoCoordinate(longitude: longitude, latitude: latitude)
            guard position.isOnTheGlobe else { return nil }
            positions.append(position)
        }
        return positions
    }

    /// One `[longitude, latitude]` position, checked for range.
    static func position(_ node: JSONNode) throws -> GeoCoordinate {
        let parts = try node.elements(hint: positionHint)
        guard parts.count >= 2 else {
            throw node.error(
                "a position needs a longitude and a latitude, found \(parts.count) number(s)", hint: positionHint)
        }
        let longitude = try parts[0].number(hint: positionHint)
        let latitude = try parts[1].number(hint: positionHint)
        let latitudeLimit = GeoCoordinate.latitudeLimit
        guard abs(latitude) <= latitudeLimit else {
            throw node.error(
                "latitude \(NumberText.trimmed(latitude, maxDecimals: 6)) is outside "
                    + "−\(Int(latitudeLimit))…\(Int(latitudeLimit))", hint: positionHint)
        }
        let longitudeLimit = GeoCoordinate.longitudeLimit
        guard abs(longitude) <= longitudeLimit else {
            throw node.error(
                "longitude \(NumberText.trimmed(longitude, maxDecimals: 6)) is outside "
                    + "−\(Int(longitudeLimit))…\(Int(longitudeLimit))", hint: positionHint)
        }
        return GeoCoordinate(longitude: longitude, latitude: latitude)
    }
}
