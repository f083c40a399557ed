import Foundation
import GeoModel
import Testing

@testable import GeoMaps

@Suite("Albers equal-area conic")
struct AlbersConicTests {
    static let conterminous = AlbersConic(
        standardParallels: (29.5, 45.5), origin: GeoCoordinate(longitude: -96, latitude: 37.5))

    /// Area on the plane of the quadrilateral a small longitude–latitude cell projects to
    /// (shoelace formula).
    static func projectedArea(of cell: (longitude: Double, latitude: Double), size: Double, with conic: AlbersConic)
        -> Double
    {
        let corners = [(0.0, 0.0), (size, 0), (size, size), (0, size)].map {
            conic.project(GeoCoordinate(longitude: cell.longitude + $0.0, latitude: cell.latitude + $0.1))
        }
        var twiceArea = 0.0
        for (a, b) in zip(corners, corners.dropFirst() + corners.prefix(1)) { twiceArea += a.x * b.y - b.x * a.y }
        return abs(twiceArea) / 2
    }

    /// The area of the same cell on the unit sphere: Δλ · (sin φ₂ − sin φ₁).
    static func sphericalArea(of cell: (longitude: Double, latitude: Double), size: Double) -> Double {
        let radians = Double.pi / 180
        return size * radians * (sin((cell.latitude + size) * radians) - sin(cell.latitude * radians))
    }

    @Test(
        "keeps areas: a 0.01° cell has its spherical area anywhere in the US",
        arguments: [(-124.0, 48.0), (-96.0, 37.5), (-80.2, 25.8), (-70.0, 44.0), (-104.0, 29.0), (-150.0, 61.0)])
    func equalArea(longitude: Double, latitude: Double) {
        let cell = (longitude: longitude, latitude: latitude)
        let projected = Self.projectedArea(of: cell, size: 0.01, with: Self.conterminous)
        let expected = Self.sphericalArea(of: cell, size: 0.01)
        #expect(abs(projected / expected - 1) < 1e-4, "ratio \(projected / expected)")
    }

    @Test("is true to scale along both standard parallels and nowhere between", arguments: [29.5, 45.5])
    func trueScaleOnStandardParallels(latitude: Double) {
        // One degree of longitude along a parallel is cos φ · π/180 long on the unit sphere.
        let a = Self.conterminous.project(GeoCoordinate(longitude: -96.5, latitude: latitude))
        let b = Self.conterminous.project(GeoCoordinate(longitude: -95.5, latitude: latitude))
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        #expect(abs(length / (cos(latitude * .pi / 180) * .pi / 180) - 1) < 1e-4)
        let middle = Self.conterminous.project(GeoCoordinate(longitude: -96.5, latitude: 37.5))
        let middleEnd = Self.conterminous.project(GeoCoordinate(longitude: -95.5, latitude: 37.5))
        let middleLength =
            ((middleEnd.x - middle.x) * (middleEnd.x - middle.x) + (middleEnd.y - middle.y) * (middleEnd.y - middle.y))
            .squareRoot()
        #expect(middleLength / (cos(37.5 * .pi / 180) * .pi / 180) < 0.995, "scale shrinks between the parallels")
    }

    @Test("puts the origin at (0, 0), north up and east right")
    func orientation() {
        let origin = Self.conterminous.project(GeoCoordinate(longitude: -96, latitude: 37.5))
        #expect(abs(origin.x) < 1e-12 && abs(origin.y) < 1e-12)
        let north = Self.conterminous.project(GeoCoordinate(longitude: -96, latitude: 45))
        let east = Self.conterminous.project(GeoCoordinate(longitude: -80, latitude: 37.5))
        #expect(north.y > 0 && abs(north.x) < 1e-12)
        #expect(east.x > 0)
    }

    @Test("keeps the Aleutians east of 180° next to the rest of Alaska")
    func wrapsAcrossTheAntimeridian() {
        let alaska = AlbersConic(standardParallels: (55, 65), origin: GeoCoordinate(longitude: -154, latitude: 58.5))
        let west = alaska.project(GeoCoordinate(longitude: -179.9, latitude: 52))
        let east = alaska.project(GeoCoordinate(longitude: 179.9, latitude: 52))
        #expect(abs(west.x - east.x) < 0.01, "0.2° apart on the globe, \(abs(west.x - east.x)) apart on the plane")
        #expect(east.x < west.x)
    }
}
