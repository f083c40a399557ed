import GeoMaps
import GeoModel
import Testing

/// Inputs found by the libFuzzer harnesses in `Fuzz/` (`geojson`, `topojson`), kept so the fixes stay.
///
/// Each was accepted before and took time quadratic in its length; each is now refused, fast,
/// with a data error that names where it is.
// The time limit is a watchdog against a hang (a return of the quadratic behaviour on a slow
// machine still finishes well inside it); speed is measured in Benchmarks/, not here.
@Suite("Fuzz regressions: geometry readers", .timeLimit(.minutes(10)))
struct FuzzRegressionTests {
    /// A closed GeoJSON ring whose consecutive longitudes are 179.5° apart: every edge is read
    /// as crossing ±180°, so the ring winds round the globe once per two positions.
    static func zigzagFeature(positions: Int) -> String {
        var longitude = 0.0
        var coordinates: [String] = []
        for index in 0..<positions {
            longitude += 179.5
            if longitude > 360 { longitude -= 720 }
            coordinates.append("[\(longitude),\(index % 170 - 85)]")
        }
        coordinates.append(coordinates[0])
        return #"{"type":"Feature","id":"KEN","properties":{},"geometry":{"type":"Polygon","coordinates":[["#
            + coordinates.joined(separator: ",") + "]]}}"
    }

    @Test("a GeoJSON ring zigzagging over ±180° is refused instead of cut once per turn")
    func zigzagRing() throws {
        // 5,000 positions (58 kB) took 7 s under ASan before the fix; 60,000 would take minutes.
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.geoJSON(Self.zigzagFeature(positions: 5_000), path: "zigzag.geojson")
        }
        #expect(error.code == .dataError)
        #expect(
            error.message == "geometry.coordinates[0]: the ring goes round the globe 2492.6 times "
                + "(positions more than 180° of longitude apart are read as crossing ±180°)")
        #expect(
            error.hint == "Write longitudes in −180…180 and check the ring's positions; "
                + "a country's ring crosses ±180° at most a few times.")
    }

    @Test("rings that cross ±180° once, or go round a pole, are still read")
    func ordinaryCrossingsStillRead() throws {
        let fiji =
            #"{"type":"Feature","id":"FJI","properties":{},"geometry":{"type":"Polygon","coordinates":"#
            + "[[[179,-16],[-179,-16],[-179,-17],[179,-17],[179,-16]]]}}"
        #expect(
            try WorldGeometry.geoJSON(fiji, path: "fiji.geojson").shape(for: TinyMap.code("FJI"))?.polygons.count == 2)
        let polar =
            #"{"type":"Feature","id":"ATA","properties":{},"geometry":{"type":"Polygon","coordinates":"#
            + "[[[-180,-70],[-90,-72],[0,-70],[90,-72],[180,-70],[-180,-70]]]}}"
        #expect(try WorldGeometry.geoJSON(polar, path: "polar.geojson").shape(for: TinyMap.code("ATA")) != nil)
    }

    @Test("a TopoJSON ring listing one long arc thousands of times is refused")
    func arcReusedThousandsOfTimes() throws {
        // 13 kB that expanded into 3.6 million positions: 7.5 s under ASan, quadratic in size.
        let arc =
            "[[0,0]," + Array(repeating: "[1,1]", count: 600).joined(separator: ",") + ","
            + Array(repeating: "[-1,0]", count: 600).joined(separator: ",") + ",[0,-600]]"
        let references = Array(repeating: "0", count: 3_000).joined(separator: ",")
        let text =
            #"{"type":"Topology","transform":{"scale":[0.01,0.01],"translate":[0,0]},"#
            + #""objects":{"c":{"type":"Polygon","arcs":[["# + references + #"]],"id":"KEN"}},"arcs":["# + arc + "]}"
        let error = try #require(throws: GeoError.self) { try WorldGeometry.topoJSON(text, path: "reuse.topojson") }
        #expect(error.code == .dataError)
        #expect(
            error.message == "objects.c.arcs[0][8]: arc 0 is used more than 8 times; an arc borders at most two areas")
    }

    @Test("an arc may be used by up to eight rings")
    func arcUsedEightTimes() throws {
        func topology(rings: Int) -> String {
            let polygons = Array(repeating: "[[0]]", count: rings).joined(separator: ",")
            return #"{"type":"Topology","objects":{"c":{"type":"MultiPolygon","arcs":["# + polygons
                + #"],"id":"KEN"}},"#
                + #""arcs":[[[0,0],[1,0],[1,1],[0,0]]]}"#
        }
        #expect(try WorldGeometry.topoJSON(topology(rings: 8), path: "eight.topojson").codes == [TinyMap.code("KEN")])
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.topoJSON(topology(rings: 9), path: "nine.topojson")
        }
        #expect(error.code == .dataError)
        #expect(
            error.message
                == "objects.c.arcs[8][0][0]: arc 0 is used more than 8 times; an arc borders at most two areas")
    }
}
