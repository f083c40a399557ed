import GeoMaps
import Testing

@Suite("Projections")
struct ProjectionTests {
    struct Reference: Sendable, CustomTestStringConvertible {
        let longitude: Double
        let latitude: Double
        let x: Double
        let y: Double
        var testDescription: String { "(\(longitude), \(latitude))" }
    }

    /// PROJ's forward values for `+proj=eqearth +ellps=WGS84` (EPSG:8857), metres, from PROJ's test suite.
    static let epsg8857: [Reference] = [
        Reference(longitude: 0, latitude: 0, x: 0, y: 0),
        Reference(longitude: -180, latitude: 90, x: -10_216_474.79, y: 8_392_927.6),
        Reference(longitude: 0, latitude: 90, x: 0, y: 8_392_927.6),
        Reference(longitude: 180, latitude: 90, x: 10_216_474.79, y: 8_392_927.6),
        Reference(longitude: 180, latitude: 45, x: 14_792_474.75, y: 5_466_867.76),
        Reference(longitude: 180, latitude: 0, x: 17_243_959.06, y: 0),
        Reference(longitude: -70, latitude: -31.2, x: -6_241_081.64, y: -3_907_019.16),
    ]

    @Test("Equal Earth on the WGS 84 ellipsoid matches EPSG:8857 to the centimetre", arguments: epsg8857)
    func equalEarthEllipsoidal(_ reference: Reference) {
        let point = EqualEarth.ellipsoidalForward(
            GeoCoordinate(longitude: reference.longitude, latitude: reference.latitude))
        #expect(abs(point.x - reference.x) < 0.01)
        #expect(abs(point.y - reference.y) < 0.01)
    }

    /// `proj -f %.12f +proj=eqearth +R=1` (PROJ 9.7): cities on the unit sphere.
    static let unitSphere: [Reference] = [
        Reference(longitude: 115.8571, latitude: -31.9535, x: 1.614621210487, y: -0.629372441721),
        Reference(longitude: -0.1278, latitude: 51.5074, x: -0.001565514410, y: 0.965105647318),
        Reference(longitude: -74.0060, latitude: 40.7128, x: -0.981861449986, y: 0.787064220049),
        Reference(longitude: 139.6917, latitude: 35.6895, x: 1.909462941700, y: 0.697844715778),
        Reference(longitude: -157.8580, latitude: 21.3069, x: -2.295788127853, y: 0.426387151159),
    ]

    @Test("spherical Equal Earth matches PROJ on the unit sphere", arguments: unitSphere)
    func equalEarthSpherical(_ reference: Reference) {
        let point = Projection.equalEarth.project(
            GeoCoordinate(longitude: reference.longitude, latitude: reference.latitude))
        #expect(abs(point.x - reference.x) < 1e-9)
        #expect(abs(point.y - reference.y) < 1e-9)
    }

    @Test("the antimeridian on the equator lies 17 263 256.84 m east on the WGS 84 sphere (PROJ +R=6378137)")
    func equalEarthWidth() {
        let point = Projection.equalEarth.project(GeoCoordinate(longitude: 180, latitude: 0))
        #expect(abs(point.x * 6_378_137 - 17_263_256.84) < 0.01)
    }

    @Test("every projection puts −180° and +180° on opposite edges", arguments: Projection.worldProjections)
    func antimeridianEdges(_ projection: Projection) {
        for latitude in stride(from: -80.0, through: 80, by: 20) {
            let west = projection.project(GeoCoordinate(longitude: -180, latitude: latitude))
            let east = projection.project(GeoCoordinate(longitude: 180, latitude: latitude))
            #expect(west.x < 0 && east.x > 0 && abs(west.x + east.x) < 1e-12 && west.y == east.y)
        }
    }

    @Test("Natural Earth I and equirectangular match their defining formulas")
    func otherProjections() {
        let edge = Projection.naturalEarth1.project(GeoCoordinate(longitude: 180, latitude: 0))
        #expect(abs(edge.x - 0.8707 * Double.pi) < 1e-12)
        let pole = Projection.naturalEarth1.project(GeoCoordinate(longitude: 0, latitude: 90))
        let phi = Double.pi / 2
        let phi2 = phi * phi
        let phi4 = phi2 * phi2
        #expect(
            abs(pole.y - phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))))
                < 1e-12)
        let plate = Projection.equirectangular.project(GeoCoordinate(longitude: 90, latitude: -45))
        #expect(abs(plate.x - Double.pi / 2) < 1e-12 && abs(plate.y + Double.pi / 4) < 1e-12)
        #expect(
            Projection(rawValue: "equal-earth") == .equalEarth
                && Projection(rawValue: "natural-earth") == .naturalEarth1)
        #expect(Projection(name: "Equal Earth") == .equalEarth && Projection(name: "naturalEarth1") == .naturalEarth1)
        #expect(Projection(name: "plate-carree") == .equirectangular && Projection(name: "mercator") == nil)
    }
}
