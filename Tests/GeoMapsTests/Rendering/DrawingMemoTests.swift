import Foundation
import GeoMaps
import GeoModel
import GeoTestSupport
import Testing

/// Maps drawn from one geometry share its projections, simplified shapes and path data; each
/// must still be byte for byte the map drawn from a geometry that has drawn nothing before.
@Suite("Maps sharing a geometry's drawings")
struct DrawingMemoTests {
    /// A geometry read anew from the shipped file: nothing drawn from it yet.
    static func freshWorld() throws -> WorldGeometry {
        let path = "Data/geo/countries-110m.geojson"
        return try WorldGeometry.geoJSON(Array(try Data(contentsOf: RepositoryPaths.url(path))), path: path)
    }

    /// The three AI user share periods (one frame), the DeepSeek map (another title, so another
    /// frame), one with Antarctica (other shapes) and one narrower (another scale).
    static func requests() throws -> [MapRequest] {
        var requests = try MapFixtures.periods.map { try MapFixtures.aiUserShareRequest(period: $0) }
        requests.append(try MapFixtures.deepSeekRequest())
        var withAntarctica = try MapFixtures.aiUserShareRequest()
        withAntarctica.includeAntarctica = true
        requests.append(withAntarctica)
        var narrow = try MapFixtures.aiUserShareRequest()
        narrow.width = 640
        requests.append(narrow)
        return requests
    }

    @Test("maps drawn one after another equal maps each drawn from a fresh geometry")
    func sequential() throws {
        let requests = try Self.requests()
        let shared = try Self.freshWorld()
        for request in requests {
            let alone = ChoroplethRenderer.render(request, geometry: try Self.freshWorld()).svg
            #expect(ChoroplethRenderer.render(request, geometry: shared).svg == alone, "\(request.title)")
        }
    }

    @Test("maps drawn side by side equal maps each drawn from a fresh geometry")
    func concurrent() throws {
        let requests = try Self.requests()
        let alone = try requests.map { ChoroplethRenderer.render($0, geometry: try Self.freshWorld()).svg }
        let shared = try Self.freshWorld()
        // Every request four times, in an order that interleaves the frames.
        let jobs = (0..<4 * requests.count).map { $0 % requests.count }
        let drawn = Parallel.map(jobs) { index in ChoroplethRenderer.render(requests[index], geometry: shared).svg }
        for (index, svg) in zip(jobs, drawn) { #expect(svg == alone[index], "\(requests[index].title)") }
    }

    @Test("a frame drawn again after more frames than are kept is the same map")
    func afterEviction() throws {
        let shared = try Self.freshWorld()
        let first = try MapFixtures.aiUserShareRequest()
        let before = ChoroplethRenderer.render(first, geometry: shared).svg
        for width in stride(from: 500, through: 900, by: 50) {
            var other = first
            other.width = width
            _ = ChoroplethRenderer.render(other, geometry: shared)
        }
        #expect(ChoroplethRenderer.render(first, geometry: shared).svg == before)
    }
}
