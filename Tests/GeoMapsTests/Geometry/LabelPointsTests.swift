import Foundation
import GeoMaps
import GeoModel
import GeoTestSupport
import Testing

@Suite("Label points")
struct LabelPointsTests {
    @Test("reads iso3,lon,lat with a BOM, CRLF and extra columns")
    func parses() throws {
        let points = try LabelPoints.parse(
            "\u{FEFF}lat,iso3,lon,source\r\n1.367,SGP,103.817,ne\r\n\r\n42.594,XKX,20.861,ne\r\n", path: "p.csv")
        #expect(
            points == [
                TinyMap.code("SGP"): GeoCoordinate(longitude: 103.817, latitude: 1.367),
                TinyMap.code("XKX"): GeoCoordinate(longitude: 20.861, latitude: 42.594),
            ])
    }

    @Test(
        "rejects bad rows naming the line",
        arguments: [
            (
                "code,lon,lat\nSGP,1,2\n",
                "p.csv:1: error: column 'iso3' missing in the label-point table\n  hint: The header must name the columns iso3, lon and lat."
            ),
            (
                "iso3,lon,lat\nSGP,1,2\nsgp,1,2\n",
                "p.csv:3: error: 'sgp' is not an ISO 3166 alpha-3 code\n  hint: Use three capital letters, e.g. SGP."
            ),
            (
                "iso3,lon,lat\nSGP,181,2\n",
                "p.csv:2: error: label point of SGP is not a longitude (−180…180) and a latitude (−90…90)\n  hint: Write decimal degrees, e.g. 103.817,1.351."
            ),
        ])
    func rejects(_ text: String, _ message: String) {
        let error = #expect(throws: GeoError.self) { try LabelPoints.parse(text, path: "p.csv") }
        #expect(error?.code == .dataError)
        #expect(error?.description == message)
    }

    @Test("the shipped table gives a point to every economy in the usage data without a 1:110m shape")
    func coversUsageData() throws {
        let points = try TestData.labelPoints()
        let world = try TestData.world110()
        var codes = Set(try TestData.deepSeekShare().values.keys)
        for period in MapFixtures.periods { codes.formUnion(try TestData.aiUserShare(period).values.keys) }
        let missing = codes.filter { world.shape(for: $0) == nil && points[$0] == nil }.map(\.rawValue).sorted()
        #expect(missing.isEmpty, "no label point for \(missing)")
        #expect(points[TinyMap.code("XKX")] != nil && points[TinyMap.code("KOS")] == nil)
    }

    @Test("the shipped table is what make-label-points.py writes")
    func tableIsUpToDate() throws {
        let python = try #require(ExternalTool.find("python3"), "python3 is needed to check Data/geo/label-points.csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "label-points-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: output) }
        try ExternalTool.run(python, [RepositoryPaths.url("Data/geo/make-label-points.py").path, output.path])
        #expect(try String(contentsOf: output, encoding: .utf8) == TestData.repositoryText("Data/geo/label-points.csv"))
    }
}
