import GeoMaps
import GeoModel
import Testing

@Suite("GeoJSON reader")
struct GeoJSONReaderTests {
    @Test("keys features by ISO3 with Natural Earth's fallbacks and merges dependencies")
    func keysTinyFixture() throws {
        let world = try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
        #expect(world.codes.map(\.rawValue) == ["AAA", "BBB", "CCC", "EEE", "FFF", "GGG", "XKX"])
        let alpha = try #require(world.shape(for: TinyMap.code("AAA")))
        #expect(alpha.name == "Alpha")
        #expect(alpha.polygons.count == 2)
        #expect(alpha.labelPoint == GeoCoordinate(longitude: 5, latitude: 5))
        #expect(alpha.polygons[0][0].count == 4, "rings are stored open")
        #expect(world.shape(for: TinyMap.code("XKX"))?.name == "Kosovo")
        #expect(world.shape(for: TinyMap.code("EEE"))?.polygons[0].count == 2, "the hole is kept")
    }

    @Test("reports skipped features instead of dropping them silently")
    func reportsSkippedFeatures() throws {
        let world = try WorldGeometry.geoJSON(try TestData.fixture("tiny.geojson"), path: "tiny.geojson")
        #expect(
            world.diagnostics.map(\.description) == [
                "tiny.geojson: note: features[9] (NUL) has no geometry; it is not drawn",
                "tiny.geojson: warning: features[7] has no ISO 3166 alpha-3 code in properties.ISO_A3_EH, properties.ADM0_A3, "
                    + "properties.ISO_A3, properties.iso_a3, properties.iso3, properties.ISO3, id; it is not drawn\n"
                    + "  hint: Add an ISO_A3 property with the economy's three-letter code.",
            ])
    }

    @Test("reads the shipped 1:110m file with Kosovo, Somaliland and Northern Cyprus")
    func readsNaturalEarth110() throws {
        let world = try TestData.world110()
        // 177 features, plus French Guiana and Svalbard split out of France and Norway.
        #expect(world.shapes.count == 179)
        for code in ["XKX", "SOL", "CYN", "FRA", "NOR", "ATA", "RUS", "FJI"] {
            #expect(world.shape(for: try #require(AreaCode(code))) != nil, "\(code) has a shape")
        }
        #expect(world.shape(for: TinyMap.code("SGP")) == nil, "Singapore has no 1:110m shape")
        #expect(world.shape(for: TinyMap.code("FJI"))?.polygons.count == 3)
        #expect(world.diagnostics.isEmpty)
    }

    @Test("reads the shipped 1:50m file, Australia's territories merged under AUS")
    func readsNaturalEarth50() throws {
        let world = try TestData.world50()
        let australia = try #require(world.shape(for: TinyMap.code("AUS")))
        #expect(australia.name == "Australia")
        #expect(world.shape(for: TinyMap.code("SGP")) != nil)
        #expect(world.shape(for: TinyMap.code("BHR")) != nil)
        // 240 economies, plus seven overseas parts split out of France, Norway and the Netherlands.
        #expect(world.shapes.count == 247)
    }

    @Test("accepts text and bytes alike")
    func acceptsText() throws {
        let text =
            #"{"type":"Feature","properties":{"iso3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#
        let world = try WorldGeometry.geoJSON(text, path: "inline.geojson")
        #expect(world.codes.map(\.rawValue) == ["AAA"])
    }

    struct BrokenCase: CustomTestStringConvertible, Sendable {
        let fixture: String
        let message: String
        var testDescription: String { fixture }
    }

    @Test(
        "rejects bad geometry with a data error naming where it is",
        arguments: [
            BrokenCase(
                fixture: "broken-wrong-type.geojson",
                message:
                    "broken-wrong-type.geojson: error: features[0].geometry.coordinates: expected an array, found a string\n"
                    + "  hint: Write polygon coordinates as arrays of rings, each an array of [longitude, latitude] positions."
            ),
            BrokenCase(
                fixture: "broken-unclosed.geojson",
                message: "broken-unclosed.geojson: error: features[1].geometry.coordinates[0]: ring is not closed: "
                    + "it starts at (0, 0) and ends at (0, 1)\n"
                    + "  hint: Repeat the first position of every ring at its end (RFC 7946, section 3.1.6)."),
            BrokenCase(
                fixture: "broken-linestring.geojson",
                message: "broken-linestring.geojson: error: features[0].geometry: geometry type \"LineString\" is not "
                    + "Polygon or MultiPolygon\n  hint: Use Polygon or MultiPolygon geometries for country areas."),
            BrokenCase(
                fixture: "broken-latitude.geojson",
                message:
                    "broken-latitude.geojson: error: features[0].geometry.coordinates[0][2]: latitude 95 is outside −90…90\n"
                    + "  hint: Write each position as [longitude, latitude] in degrees (WGS 84)."),
        ])
    func rejectsBrokenGeometry(_ broken: BrokenCase) throws {
        let bytes = try TestData.fixture(broken.fixture)
        let error = try #require(throws: GeoError.self) { try WorldGeometry.geoJSON(bytes, path: broken.fixture) }
        #expect(error.code == .dataError)
        #expect(error.description == broken.message)
    }

    @Test("rejects text that is not JSON")
    func rejectsInvalidJSON() throws {
        let bytes = try TestData.fixture("broken-not-json.geojson")
        let error = try #require(throws: GeoError.self) { try WorldGeometry.geoJSON(bytes, path: "x.geojson") }
        #expect(error.code == .dataError)
        #expect(error.message.hasPrefix("the file is not valid JSON"))
        #expect(error.hint == "Check that the file is complete GeoJSON and saved as UTF-8.")
    }

    struct HostileText: CustomTestStringConvertible, Sendable {
        let text: String
        var testDescription: String { text.count > 60 ? "\(text.prefix(40))… (\(text.count) characters)" : text }
    }

    @Test(
        "never crashes on hostile input",
        arguments: [
            "", "null", "[]", "42", "\"x\"", "{}", #"{"type":"FeatureCollection"}"#,
            #"{"type":"FeatureCollection","features":{}}"#, #"{"type":"FeatureCollection","features":[1,null,"a"]}"#,
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"iso3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[1e400,0],[1,0],[1,1],[1e400,0]]]}}]}"#,
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"iso3":"AAA"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0]]]]}}]}"#,
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":[],"geometry":{"type":"Polygon","coordinates":[]}}]}"#,
            String(repeating: "[", count: 5000),
            String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
            "\u{FEFF}{",
            #"{"type":"Feature","properties":{"iso3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[true,false],[1,0],[1,1],[true,false]]]}}"#,
        ].map(HostileText.init))
    func survivesHostileInput(_ hostile: HostileText) {
        do {
            let world = try WorldGeometry.geoJSON(hostile.text, path: "hostile.geojson")
            #expect(world.shapes.count <= 1)
        } catch let error as GeoError {
            #expect(error.code == .dataError)
        } catch {
            Issue.record("unexpected error type \(error)")
        }
    }
}
