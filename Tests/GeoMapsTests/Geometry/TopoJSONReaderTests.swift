import GeoMaps
import GeoModel
import Testing

@Suite("TopoJSON reader")
struct TopoJSONReaderTests {
    @Test("decodes quantized arcs, reversed arcs and ids")
    func decodesTinyTopology() throws {
        let world = try WorldGeometry.topoJSON(try TestData.fixture("tiny.topojson"), path: "tiny.topojson")
        #expect(world.codes.map(\.rawValue) == ["AAA", "BBB", "GGG"])
        let alpha = try #require(world.shape(for: TinyMap.code("AAA")))
        #expect(
            Set(alpha.polygons[0][0])
                == Set([(0, 0), (10, 0), (10, 10), (0, 10)].map { GeoCoordinate(longitude: $0.0, latitude: $0.1) }))
        let beta = try #require(world.shape(for: TinyMap.code("BBB")))
        #expect(
            Set(beta.polygons[0][0])
                == Set([(10, 0), (20, 0), (20, 10), (10, 10)].map { GeoCoordinate(longitude: $0.0, latitude: $0.1) }))
        #expect(world.shape(for: TinyMap.code("GGG"))?.name == "Isle")
        #expect(world.arcCount == 4, "the shared edge of Alpha and Beta is one arc")
        #expect(
            world.diagnostics.map(\.message) == [
                "objects.countries.geometries[3] (NUL) has no geometry; it is not drawn"
            ])
    }

    @Test("reads a named object, and says which objects exist when the name is wrong")
    func choosesObjects() throws {
        let bytes = try TestData.fixture("tiny.topojson")
        #expect(try WorldGeometry.topoJSON(bytes, path: "t.topojson", object: "land").shapes.isEmpty)
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(bytes, path: "t.topojson", object: "states")
        }
        #expect(
            error.description
                == "t.topojson: error: objects: there is no object named \"states\"; the file has countries, land\n"
                + "  hint: Pass one of the object names listed.")
    }

    @Test("rejects arc indices out of range and rings that do not close")
    func rejectsBrokenTopologies() throws {
        let outOfRange = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(try TestData.fixture("broken-arc-index.topojson"), path: "a.topojson")
        }
        #expect(outOfRange.code == .dataError)
        #expect(
            outOfRange.message
                == "objects.countries.geometries[0].arcs[0][0]: arc index 7 is out of range: the topology has 4 arcs")
        let unclosed = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(try TestData.fixture("broken-unclosed.topojson"), path: "u.topojson")
        }
        #expect(unclosed.code == .dataError)
        #expect(
            unclosed.message == "objects.countries.geometries[0].arcs[0]: a ring needs at least 4 positions, found 2")
    }

    /// A topology of one square country whose first arc is `arc` (no transform: absolute positions).
    private static func square(arc: String) -> [UInt8] {
        Array(
            """
            {"type": "Topology", "arcs": [\(arc), [[1, 1], [0, 1], [0, 0]]],
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "AAA", "arcs": [[0, 1]]}]}}}
            """.utf8)
    }

    @Test(
        "names the arc position that is not two finite numbers inside the globe",
        arguments: [
            ("[[0, 0], [1]]", "arcs[0][1]: a position needs two numbers, found 1"),
            ("[[0, 0], [1, true]]", "arcs[0][1][1]: expected a number, found a boolean"),
            (#"[[0, 0], "1, 0"]"#, "arcs[0][1]: expected an array, found a string"),
            ("7", "arcs[0]: expected an array, found a number"),
            ("[[0, 0], [1, 1e999]]", "arcs[0][1][1]: the number is not finite"),
            ("[[0, 0], [0, 95]]", "arcs[0][1]: position (0, 95) is outside the globe"),
        ])
    func rejectsBadPositions(arc: String, message: String) throws {
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(Self.square(arc: arc), path: "s.topojson")
        }
        #expect(error.code == .dataError)
        #expect(error.message == message)
    }

    /// A topology of the square's two arcs and one country whose geometry is `geometry`.
    private static func square(geometry: String) -> [UInt8] {
        Array(
            """
            {"type": "Topology", "arcs": [[[0, 0], [1, 0], [1, 1]], [[1, 1], [0, 1], [0, 0]]],
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [\(geometry)]}}}
            """.utf8)
    }

    @Test(
        "names the arc reference of a geometry that is wrong, with its path",
        arguments: [
            (#"{"type": "Polygon", "id": "AAA", "arcs": [[0, 1.5]]}"#, ".arcs[0][1]: arc index 1.5 is not an integer"),
            (
                #"{"type": "Polygon", "id": "AAA", "arcs": [[0, "1"]]}"#,
                ".arcs[0][1]: expected a number, found a string"
            ),
            (
                #"{"type": "Polygon", "id": "AAA", "arcs": [[0, -3]]}"#,
                ".arcs[0][1]: arc index -3 is out of range: the topology has 2 arcs"
            ),
            (#"{"type": "Polygon", "id": "AAA", "arcs": [0, 1]}"#, ".arcs[0]: expected an array, found a number"),
            (#"{"type": "Polygon", "id": "AAA", "arcs": 7}"#, ".arcs: expected an array, found a number"),
            (
                #"{"type": "Polygon", "id": "AAA", "arcs": [[0]]}"#,
                ".arcs[0]: a ring needs at least 4 positions, found 3"
            ),
            (
                #"{"type": "Polygon", "id": "AAA", "arcs": [[0, 0]]}"#,
                ".arcs[0]: ring is not closed: it starts at (0, 0) and ends at (1, 1)"
            ),
            (
                #"{"type": "MultiPolygon", "id": "AAA", "arcs": [[[0, 1]], 5]}"#,
                ".arcs[1]: expected an array, found a number"
            ),
            (
                #"{"type": "MultiPolygon", "id": "AAA", "arcs": [[[0, 1]], [[0, 1], [true]]]}"#,
                ".arcs[1][1][0]: expected a number, found a boolean"
            ),
            (#"{"type": "MultiPolygon", "id": "AAA", "arcs": {"a": 1}}"#, ".arcs: expected an array, found an object"),
            (
                #"{"type": "MultiPolygon", "id": "AAA", "arcs": [[[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]]]}"#,
                ".arcs[8][0][0]: arc 0 is used more than 8 times; an arc borders at most two areas"
            ),
            (
                #"{"type": "Point", "id": "AAA", "arcs": [[0, 1]]}"#,
                #": geometry type "Point" is not Polygon or MultiPolygon"#
            ),
            (#"{"type": "Polygon", "id": "AAA", "arcs": null}"#, #": member "arcs" is missing"#),
            (
                #"{"type": 3, "id": "AAA", "arcs": [[0, 1]]}"#,
                ": geometry type (not a string) is not Polygon or MultiPolygon"
            ),
            (#"{"type": 3, "id": "AAA"}"#, #": member "arcs" is missing"#),
        ])
    func rejectsBadArcReferences(geometry: String, message: String) throws {
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(Self.square(geometry: geometry), path: "g.topojson")
        }
        #expect(error.code == .dataError)
        #expect(error.message == "objects.countries.geometries[0]" + message)
    }

    @Test("reads positions of two numbers, and of three (the third ignored), alike")
    func readsPositionsWithExtraNumbers() throws {
        let plain = try WorldGeometry.topoJSON(Self.square(arc: "[[0, 0], [1, 0], [1, 1]]"), path: "p.topojson")
        let withHeights = try WorldGeometry.topoJSON(
            Self.square(arc: "[[0, 0, 5], [1, 0, 5], [1, 1, 5]]"), path: "h.topojson")
        let shape = try #require(plain.shape(for: TinyMap.code("AAA")))
        #expect(withHeights.shape(for: TinyMap.code("AAA"))?.polygons == shape.polygons)
        #expect(
            Set(shape.polygons[0][0])
                == Set([(0, 0), (1, 0), (1, 1), (0, 1)].map { GeoCoordinate(longitude: $0.0, latitude: $0.1) }))
    }

    @Test("rejects documents that are not topologies")
    func rejectsOtherDocuments() throws {
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
        }
        #expect(error.message == "the top level: expected \"type\": \"Topology\"")
        #expect(throws: GeoError.self) {
            try WorldGeometry.topoJSON("{\"type\":\"Topology\",\"arcs\":[[[0,0],[1]]],\"objects\":{}}", path: "x")
        }
    }
}
