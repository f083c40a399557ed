import Foundation
import GeoModel
import Testing

@testable import GeoMaps

@Suite("Overseas parts")
struct OverseasPartTests {
    /// The longitude–latitude extent of a shape.
    static func extent(_ shape: CountryShape) -> (longitudes: ClosedRange<Double>, latitudes: ClosedRange<Double>) {
        let points = shape.polygons.flatMap { $0.flatMap { $0 } }
        let longitudes = points.map(\.longitude)
        let latitudes = points.map(\.latitude)
        return ((longitudes.min() ?? 0)...(longitudes.max() ?? 0), (latitudes.min() ?? 0)...(latitudes.max() ?? 0))
    }

    @Test("at 1:110m French Guiana and Svalbard are their own shapes, France and Norway European only")
    func splits110m() throws {
        let world = try TestData.world110()
        let guiana = try #require(world.shape(for: TinyMap.code("GUF")))
        #expect(Self.extent(guiana).longitudes.upperBound < -50 && Self.extent(guiana).latitudes.lowerBound > 1)
        #expect(guiana.name == "French Guiana")
        #expect(world.shape(for: TinyMap.code("SJM")) != nil)
        let france = try #require(world.shape(for: TinyMap.code("FRA")))
        // Metropolitan France and Corsica: about 5° W to 10° E, 41° N to 51.5° N.
        #expect(Self.extent(france).longitudes.lowerBound > -6 && Self.extent(france).longitudes.upperBound < 10)
        #expect(Self.extent(france).latitudes.lowerBound > 41)
        let norway = try #require(world.shape(for: TinyMap.code("NOR")))
        #expect(Self.extent(norway).latitudes.upperBound < 72, "Svalbard (74–81° N) is no longer Norway's")
    }

    @Test("at 1:50m every overseas department, Svalbard and the Caribbean Netherlands are their own shapes")
    func splits50m() throws {
        let world = try TestData.world50()
        for code in ["GUF", "GLP", "MTQ", "REU", "MYT", "SJM", "BES"] {
            #expect(world.shape(for: TinyMap.code(code)) != nil, "\(code) has a shape")
        }
        let france = try #require(world.shape(for: TinyMap.code("FRA")))
        #expect(Self.extent(france).longitudes.lowerBound > -6 && Self.extent(france).latitudes.lowerBound > 41)
        let netherlands = try #require(world.shape(for: TinyMap.code("NLD")))
        #expect(Self.extent(netherlands).longitudes.lowerBound > 3)
        let jan = try #require(world.shape(for: TinyMap.code("SJM")))
        #expect(Self.extent(jan).longitudes.lowerBound < -7, "Jan Mayen goes with Svalbard")
    }

    @Test("a geometry that already has the parts as features is unchanged")
    func leavesSplitGeometryAlone() {
        let square: CountryShape.Polygon = [
            [
                GeoCoordinate(longitude: 2, latitude: 46), GeoCoordinate(longitude: 3, latitude: 46),
                GeoCoordinate(longitude: 3, latitude: 47),
            ]
        ]
        let france = CountryShape(iso3: TinyMap.code("FRA"), name: "France", labelPoint: nil, polygons: [square])
        #expect(OverseasPart.split(france) == [france])
    }

    @Test("French Guiana is drawn in its own class colour, not France's")
    func guianaInPixels() throws {
        let values = [TinyMap.code("FRA"): MapValue(value: 40), TinyMap.code("GUF"): MapValue(value: 10)]
        var request = MapRequest(
            title: "Overseas", unit: .percent, values: values,
            breaks: ClassBreaks.compute(.manual([20]), values: [10, 40]))
        request.scheme = .blues
        let map = ChoroplethRenderer.render(request, geometry: try TestData.world110())
        let raster = try Raster.render(svg: map.svg, named: "overseas-guiana", in: try MapFixtures.outputDirectory())
        let colors = try ColorScheme.blues.colors(count: 2).map { try #require(Raster.Color(hex: $0)) }
        for (name, longitude, latitude, expected) in [
            ("French Guiana", -53.0, 4.0, colors[0]), ("France", 2.5, 46.8, colors[1]),
        ] {
            let pixel = map.frame.pixel(for: GeoCoordinate(longitude: longitude, latitude: latitude))
            let color = try #require(raster.color(x: Int(pixel.x), y: Int(pixel.y)))
            #expect(color.isClose(to: expected), "\(name) at \(pixel): \(color), expected \(expected)")
        }
    }
}
