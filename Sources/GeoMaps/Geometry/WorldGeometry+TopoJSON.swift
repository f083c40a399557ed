import GeoModel

extension WorldGeometry {
    /// Reads country polygons from a TopoJSON `Topology` (quantized or not).
    ///
    /// The geometries of one object are read: the one named `object`, else the only object,
    /// else the object called `countries`. Keys, names and label points follow the same rules as
    /// ``geoJSON(_:path:)-(([UInt8]),_)``.
    ///
    /// ```swift
    /// let world = try WorldGeometry.topoJSON(bytes, path: "world-110m.topojson")
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The file's content, UTF-8.
    ///   - path: The file's path as the user gave it, used in messages only.
    ///   - object: The name of the object under `objects` to read, or `nil` to choose as above.
    /// - Returns: The shapes, keyed by economy.
    /// - Throws: ``GeoError`` with code `.dataError` for invalid JSON, wrong types, arc indices out
    ///   of range, an arc used by more than 8 rings, rings that do not close or that go round the
    ///   globe more than twice; the message names the JSON path.
    ///   - codeProperty: The property holding each feature's code (`GEOID` for the US Census
    ///     boundaries), or `nil` for the world's rules.
    public static func topoJSON(_ bytes: [UInt8], path: String, object: String? = nil, codeProperty: String? = nil)
        throws -> WorldGeometry
    {
        let root = try JSONNode.parse(bytes, file: path, expecting: "TopoJSON")
        let hint = "Export the countries as a TopoJSON Topology (for example with mapshaper -o format=topojson)."
        guard try root.member("type", hint: hint).string == "Topology" else {
            throw root.error("expected \"type\": \"Topology\"", hint: hint)
        }
        var arcs = try TopoJSONArcs(root: root, hint: hint)
        let objects = try root.member("objects", hint: hint)
        let names = try objects.object(hint: hint).keys.sorted()
        let chosen: String
        if let object {
            guard names.contains(object) else {
                throw objects.error(
                    "there is no object named \"\(object)\"; the file has \(names.joined(separator: ", "))",
                    hint: "Pass one of the object names listed.")
            }
            chosen = object
        } else if names.count == 1, let only = names.first {
            chosen = only
        } else if names.contains("countries") {
            chosen = "countries"
        } else {
            throw objects.error(
                "cannot tell which object holds the countries: \(names.isEmpty ? "there are none" : names.joined(separator: ", "))",
                hint: "Name the object to read, or call it \"countries\".")
        }
        let target = try objects.member(chosen, hint: hint)
        let geometries: [JSONNode]
        if try target.member("type", hint: hint).string == "GeometryCollection" {
            geometries = try target.member("geometries", hint: hint).elements(hint: hint)
        } else {
            geometries = [target]
        }
        var collector = FeatureCollector()
        collector.codeProperty = codeProperty
        for geometry in geometries {
            try collector.add(feature: geometry, hint: hint, geometryKey: nil) { try arcs.polygons(of: $0) }
        }
        return WorldGeometry(shapes: collector.shapes, diagnostics: collector.diagnostics)
    }

    /// Reads country polygons from TopoJSON text; see ``topoJSON(_:path:object:)-(([UInt8]),_,_)``.
    ///
    /// - Throws: ``GeoError`` with code `.dataError`, as the byte variant.
    public static func topoJSON(_ text: String, path: String, object: String? = nil) throws -> WorldGeometry {
        try topoJSON(Array(text.utf8), path: path, object: object)
    }
}

/// The decoded arcs of a topology and the ring assembly rules of the TopoJSON specification.
struct TopoJSONArcs {
    private let arcs: [[GeoCoordinate]]
    /// How many times each arc has been used by the rings read so far.
    private var uses: [Int]
    private static let arcHint = "Check that every arc index refers to an entry of the top-level \"arcs\" array."
    /// The most rings that may use one arc. An arc borders at most two areas, one on each side;
    /// the rest is headroom for overlapping features. Without a bound, a small file could list one
    /// long arc thousands of times and expand into millions of positions.
    static let maximumUses = 8

    init(root: JSONNode, hint: String) throws {
        var scale = (1.0, 1.0)
        var translate = (0.0, 0.0)
        let transformHint = "A transform has \"scale\": [sx, sy] and \"translate\": [tx, ty]."
        let transform = root.optionalMember("transform")
        if let transform {
            let s = try transform.member("scale", hint: transformHint).elements(hint: transformHint)
            let t = try transform.member("translate", hint: transformHint).elements(hint: transformHint)
            guard s.count == 2, t.count == 2 else {
                throw transform.error("scale and translate need two numbers each", hint: transformHint)
            }
            scale = (try s[0].number(hint: transformHint), try s[1].number(hint: transformHint))
            translate = (try t[0].number(hint: transformHint), try t[1].number(hint: transformHint))
        }
        var decoded: [[GeoCoordinate]] = []
        for arc in try root.member("arcs", hint: hint).elements(hint: hint) {
            var x = 0.0
            var y = 0.0
            var points: [GeoCoordinate] = []
            // A position of finite numbers is read straight from its value; only a wrong one gets
            // the arc's nodes, with their paths for messages, made once.
            guard let positions = arc.value.elements else {
                throw arc.error("expected an array, found \(arc.kind)", hint: hint)
            }
            points.reserveCapacity(positions.count)
            var nodes: [JSONNode]?
            func node(_ offset: Int) throws -> JSONNode {
                if nodes == nil { nodes = try arc.elements(hint: hint) }
                return nodes?[offset] ?? arc
            }
            for (offset, position) in positions.enumerated() {
                let a: Double
                let b: Double
                if let (first, second) = position.finitePosition {
                    (a, b) = (first, second)
                } else {
                    let node = try node(offset)
                    let parts = try node.elements(hint: GeoJSONGeometry.positionHint)
                    guard parts.count >= 2 else {
                        throw node.error(
                            "a position needs two numbers, found \(parts.count)", hint: GeoJSONGeometry.positionHint)
                    }
                    a = try parts[0].number(hint: GeoJSONGeometry.positionHint)
                    b = try parts[1].number(hint: GeoJSONGeometry.positionHint)
                }
                if transform != nil {
                    x += a
                    y += b
                } else {
                    x = a
                    y = b
                }
                let point = GeoCoordinate(longitude: x * scale.0 + translate.0, latitude: y * scale.1 + translate.1)
                guard point.isOnTheGlobe else {
                    throw try node(offset).error(
                        "position \(point) is outside the globe", hint: GeoJSONGeometry.positionHint)
                }
                points.append(point)
            }
            decoded.append(points)
        }
        arcs = decoded
        uses = Array(repeating: 0, count: decoded.count)
    }

    /// The polygons of a `Polygon` or `MultiPolygon` geometry object, rings open.
    ///
    /// Arc indices are read straight from the values; a JSON node, with its path for messages,
    /// is made only where something is wrong (3,200 counties made 60,000 nodes and their paths).
    mutating func polygons(of geometry: JSONNode) throws -> [CountryShape.Polygon] {
        let typeHint = "Use Polygon or MultiPolygon geometries for country areas."
        guard case .object(let members) = geometry.value, case .string(let type)? = members["type"],
            let references = members["arcs"], references != .null
        else {
            // Something is missing or of the wrong kind: the checked reads name it, in this order.
            let type = try geometry.member("type", hint: typeHint).string
            _ = try geometry.member("arcs", hint: typeHint)
            throw Self.notPolygonal(geometry, type: type, hint: typeHint)
        }
        let arcsNode = { try geometry.member("arcs", hint: typeHint) }
        switch type {
        case "Polygon": return [try polygon(references, node: arcsNode)]
        case "MultiPolygon": return try multiPolygon(references, node: arcsNode, hint: typeHint)
        default: throw Self.notPolygonal(geometry, type: type, hint: typeHint)
        }
    }

    /// The error for a geometry whose `type` (`nil`: not a string) is neither polygon type.
    private static func notPolygonal(_ geometry: JSONNode, type: String?, hint: String) -> GeoError {
        geometry.error(
            "geometry type \(type.map { "\"\($0)\"" } ?? "(not a string)") is not Polygon or MultiPolygon", hint: hint)
    }

    /// A `MultiPolygon`'s polygons; `node` makes its `arcs` node for a message.
    private mutating func multiPolygon(_ value: JSONValue, node: () throws -> JSONNode, hint: String) throws
        -> [CountryShape.Polygon]
    {
        guard let elements = value.elements else {
            throw try node().error("expected an array, found \(value.kind)", hint: hint)
        }
        var polygons: [CountryShape.Polygon] = []
        for (offset, element) in elements.enumerated() {
            polygons.append(try polygon(element) { try node().elements(hint: hint)[offset] })
        }
        return polygons
    }

    /// A polygon's rings; `node` makes its JSON node for a message.
    private mutating func polygon(_ value: JSONValue, node: () throws -> JSONNode) throws -> CountryShape.Polygon {
        guard let elements = value.elements else {
            throw try node().error("expected an array, found \(value.kind)", hint: Self.arcHint)
        }
        var rings: [CountryShape.Ring] = []
        for (offset, element) in elements.enumerated() {
            rings.append(try ring(element) { try node().elements(hint: Self.arcHint)[offset] })
        }
        return rings
    }

    /// A ring from its arc indices; `node` makes its JSON node for a message.
    private mutating func ring(_ value: JSONValue, node: () throws -> JSONNode) throws -> CountryShape.Ring {
        guard let references = value.elements else {
            throw try node().error("expected an array, found \(value.kind)", hint: Self.arcHint)
        }
        func element(_ offset: Int) throws -> JSONNode { try node().elements(hint: Self.arcHint)[offset] }
        var points: [GeoCoordinate] = []
        for (offset, reference) in references.enumerated() {
            // Not a finite number: the element's node throws the message.
            let number = try reference.finiteNumber ?? element(offset).number(hint: Self.arcHint)
            guard number == number.rounded(), abs(number) <= Double(Int32.max) else {
                throw try element(offset).error(
                    "arc index \(NumberText.trimmed(number, maxDecimals: 6)) is not an integer", hint: Self.arcHint)
            }
            let index = Int(number)
            let arcIndex = index < 0 ? ~index : index
            guard arcIndex < arcs.count else {
                throw try element(offset).error(
                    "arc index \(index) is out of range: the topology has \(arcs.count) arcs", hint: Self.arcHint)
            }
            uses[arcIndex] += 1
            guard uses[arcIndex] <= Self.maximumUses else {
                throw try element(offset).error(
                    "arc \(arcIndex) is used more than \(Self.maximumUses) times; an arc borders at most two areas",
                    hint:
                        "Check the arc indices of the geometries: each arc is shared only by the areas on either side of it."
                )
            }
            let arc = index < 0 ? arcs[arcIndex].reversed() : arcs[arcIndex]
            if !points.isEmpty { points.removeLast() }
            points.append(contentsOf: arc)
        }
        guard points.count >= 4 else {
            throw try node().error(
                "a ring needs at least 4 positions, found \(points.count)", hint: GeoJSONGeometry.ringHint)
        }
        guard let first = points.first, let last = points.last, first == last else {
            let start = points.first.map(\.description) ?? "?"
            let end = points.last.map(\.description) ?? "?"
            throw try node().error(
                "ring is not closed: it starts at \(start) and ends at \(end)", hint: GeoJSONGeometry.ringHint)
        }
        let ring = Array(points.dropLast())
        try GeoJSONGeometry.checkTurns(ring, try node())
        return ring
    }
}
