import Foundation
import GeoModel
import Testing

@testable import GeoMaps

@Suite("Albers USA")
struct AlbersUSATests {
    struct Place: Sendable, CustomTestStringConvertible {
        let name: String
        let longitude: Double
        let latitude: Double
        /// The inset it must land in, or `nil` for the conterminous states.
        let inset: String?
        var testDescription: String { name }
        var coordinate: GeoCoordinate { GeoCoordinate(longitude: longitude, latitude: latitude) }
    }

    static let places = [
        Place(name: "Anchorage", longitude: -149.9, latitude: 61.2, inset: "Alaska"),
        Place(name: "Utqiagvik", longitude: -156.8, latitude: 71.3, inset: "Alaska"),
        Place(name: "Ketchikan", longitude: -131.6, latitude: 55.3, inset: "Alaska"),
        Place(name: "Attu (east of 180°)", longitude: 172.9, latitude: 52.9, inset: "Alaska"),
        Place(name: "Honolulu", longitude: -157.86, latitude: 21.31, inset: "Hawaii"),
        Place(name: "Hilo", longitude: -155.09, latitude: 19.72, inset: "Hawaii"),
        Place(name: "Lihue", longitude: -159.37, latitude: 21.98, inset: "Hawaii"),
        Place(name: "San Juan", longitude: -66.1, latitude: 18.47, inset: "Puerto Rico"),
        Place(name: "Mayagüez", longitude: -67.15, latitude: 18.2, inset: "Puerto Rico"),
        Place(name: "San Diego", longitude: -117.16, latitude: 32.72, inset: nil),
        Place(name: "Nogales", longitude: -110.94, latitude: 31.33, inset: nil),
        Place(name: "Brownsville", longitude: -97.5, latitude: 25.9, inset: nil),
        Place(name: "Key West", longitude: -81.8, latitude: 24.55, inset: nil),
        Place(name: "Cape Flattery", longitude: -124.7, latitude: 48.38, inset: nil),
        Place(name: "Northwest Angle", longitude: -95.15, latitude: 49.38, inset: nil),
        Place(name: "West Quoddy Head", longitude: -66.95, latitude: 44.82, inset: nil),
    ]

    static func isInside(_ point: PlanarPoint, _ frame: AlbersUSA.Frame) -> Bool {
        (frame.minimum.x...frame.maximum.x).contains(point.x) && (frame.minimum.y...frame.maximum.y).contains(point.y)
    }

    @Test("each place lands in its own inset's frame, and the conterminous states in none", arguments: places)
    func placesLandInTheirFrames(_ place: Place) throws {
        let point = Projection.albersUSA.project(place.coordinate)
        for (name, frame) in AlbersUSA.insetFrames {
            #expect(Self.isInside(point, frame) == (name == place.inset), "\(place.name) against the \(name) frame")
        }
    }

    @Test(
        "a place's inset frame is the one it lands in (Attu's is Alaska's); none for the conterminous states",
        arguments: places)
    func insetFrameOfEachPlace(_ place: Place) {
        let expected = AlbersUSA.insetFrames.first { $0.name == place.inset }?.frame
        #expect(AlbersUSA.insetFrame(for: place.coordinate) == expected)
    }

    @Test("the inset frames do not overlap each other")
    func framesAreDisjoint() {
        let frames = AlbersUSA.insetFrames.map(\.frame)
        for (i, a) in frames.enumerated() {
            for b in frames[(i + 1)...] {
                let apart =
                    a.maximum.x < b.minimum.x || b.maximum.x < a.minimum.x || a.maximum.y < b.minimum.y
                    || b.maximum.y < a.minimum.y
                #expect(apart, "\(a) overlaps \(b)")
            }
        }
    }

    @Test(
        "leaves out what printed US maps leave out",
        arguments: [
            ("Midway (NW Hawaiian Islands)", -177.37, 28.21), ("St. Thomas (USVI)", -64.93, 18.34),
            ("Guam", 144.79, 13.44),
            ("Tutuila (American Samoa)", -170.7, -14.3),
        ])
    func leavesOutTerritories(name: String, longitude: Double, latitude: Double) {
        #expect(!AlbersUSA.covers(GeoCoordinate(longitude: longitude, latitude: latitude)), "\(name)")
        #expect(AlbersUSA.insetFrame(for: GeoCoordinate(longitude: longitude, latitude: latitude)) == nil, "\(name)")
    }

    @Test("Alaska is drawn at 0.35 of the scale, Hawaii at full scale")
    func insetScales() {
        // Equal-area cells: Hawaii's keep their spherical area, Alaska's shrink by 0.35².
        func area(_ longitude: Double, _ latitude: Double) -> Double {
            let size = 0.01
            let corners = [(0.0, 0.0), (size, 0), (size, size), (0, size)].map {
                Projection.albersUSA.project(GeoCoordinate(longitude: longitude + $0.0, latitude: latitude + $0.1))
            }
            var twice = 0.0
            for (a, b) in zip(corners, corners.dropFirst() + corners.prefix(1)) { twice += a.x * b.y - b.x * a.y }
            let sphere = size * .pi / 180 * (sin((latitude + size) * .pi / 180) - sin(latitude * .pi / 180))
            return abs(twice) / 2 / sphere
        }
        #expect(abs(area(-150, 61) - 0.35 * 0.35) < 1e-4)
        #expect(abs(area(-157, 21) - 1) < 1e-4)
        #expect(abs(area(-96, 38) - 1) < 1e-4)
    }

    /// A square of `size` degrees with its lower-left corner at the given position.
    static func square(_ code: String, _ longitude: Double, _ latitude: Double, size: Double) -> CountryShape {
        let ring = [(0.0, 0.0), (size, 0), (size, size), (0, size), (0, 0)].map {
            GeoCoordinate(longitude: longitude + $0.0, latitude: latitude + $0.1)
        }
        return CountryShape(iso3: TinyMap.code(code), name: code, labelPoint: nil, polygons: [[ring]])
    }

    @Test("Alaska and Hawaii are drawn inside their frames, and Puerto Rico's frame only when it has a shape")
    func insetsInPixels() throws {
        let geometry = WorldGeometry(shapes: [
            Self.square("KAN", -100, 37, size: 4), Self.square("AKA", -152, 60, size: 4),
            Self.square("HAW", -156.5, 19.5, size: 1),
        ])
        let values = ["KAN", "AKA", "HAW"].map { (TinyMap.code($0), MapValue(value: 10)) }
        var request = MapRequest(
            title: "Insets", unit: .percent, values: Dictionary(uniqueKeysWithValues: values),
            breaks: ClassBreaks.compute(.manual([5]), values: [10]))
        request.projection = .albersUSA
        request.scheme = .blues
        request.width = 640
        let map = ChoroplethRenderer.render(request, geometry: geometry)
        let frames = try SVGInspector.elements(of: map.svg).filter { $0.attributes["class"] == "inset-frame" }
        #expect(frames.count == 2, "Alaska and Hawaii framed; Puerto Rico has no shape")
        let raster = try Raster.render(svg: map.svg, named: "albers-usa-insets", in: try MapFixtures.outputDirectory())
        let fill = try #require(Raster.Color(hex: ColorScheme.blues.colors(count: 2)[1]))
        for (name, longitude, latitude) in [
            ("Kansas", -98.0, 39.0), ("Alaska", -150.0, 62.0), ("Hawaii", -156.0, 20.0),
        ] {
            let pixel = map.frame.pixel(for: GeoCoordinate(longitude: longitude, latitude: latitude))
            let color = try #require(raster.color(x: Int(pixel.x), y: Int(pixel.y)))
            #expect(color.isClose(to: fill), "\(name) at \(pixel): \(color)")
        }
        for frame in frames {
            let x = try #require(frame.attributes["x"].flatMap(Double.init))
            let y = try #require(frame.attributes["y"].flatMap(Double.init))
            let width = try #require(frame.attributes["width"].flatMap(Double.init))
            let height = try #require(frame.attributes["height"].flatMap(Double.init))
            #expect(
                x >= map.frame.left - 0.5 && x + width <= map.frame.left + map.frame.width + 0.5,
                "frame inside the map area")
            #expect(y >= map.frame.top - 0.5 && y + height <= map.frame.top + map.frame.height + 0.5)
        }
    }
}
