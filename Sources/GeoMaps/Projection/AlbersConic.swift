import Foundation

/// The Albers equal-area conic projection on the unit sphere (Snyder 1987, §14).
///
/// Areas are true everywhere and scale is true along the two standard parallels, which is
/// why national atlases of mid-latitude countries use it. For the conterminous United
/// States the standard parallels are 29.5° N and 45.5° N:
///
/// ```swift
/// let conus = AlbersConic(standardParallels: (29.5, 45.5), origin: GeoCoordinate(longitude: -96, latitude: 37.5))
/// conus.project(GeoCoordinate(longitude: -96, latitude: 37.5))   // PlanarPoint(x: 0, y: 0)
/// ```
package struct AlbersConic: Sendable, Hashable {
    /// The cone constant n = (sin φ₁ + sin φ₂) / 2.
    private let cone: Double
    /// C = cos² φ₁ + 2n sin φ₁.
    private let constant: Double
    /// ρ₀, the radius of the origin's parallel on the plane.
    private let originRadius: Double
    /// The central meridian in degrees.
    private let centralMeridian: Double

    /// Creates the projection.
    ///
    /// - Parameters:
    ///   - standardParallels: The two latitudes in degrees where scale is true; they may not
    ///     be symmetric about the equator (their sines may not add up to zero).
    ///   - origin: The position that lands on (0, 0): its longitude is the central meridian.
    /// - Precondition: `sin φ₁ + sin φ₂ ≠ 0`.
    package init(standardParallels: (Double, Double), origin: GeoCoordinate) {
        let phi1 = standardParallels.0 * .pi / 180
        let phi2 = standardParallels.1 * .pi / 180
        let cone = (sin(phi1) + sin(phi2)) / 2
        precondition(abs(cone) > 1e-9, "Albers conic: standard parallels symmetric about the equator")
        let constant = cos(phi1) * cos(phi1) + 2 * cone * sin(phi1)
        self.cone = cone
        self.constant = constant
        self.originRadius = (max(constant - 2 * cone * sin(origin.latitude * .pi / 180), 0)).squareRoot() / cone
        self.centralMeridian = origin.longitude
    }

    /// Projects a position, x east and y north, in units of the sphere's radius.
    ///
    /// Longitudes are taken relative to the central meridian and wrapped into ±180°, so the
    /// Aleutians east of the antimeridian stay beside the rest of Alaska.
    package func project(_ coordinate: GeoCoordinate) -> PlanarPoint {
        var delta = (coordinate.longitude - centralMeridian).truncatingRemainder(dividingBy: 360)
        if delta > 180 { delta -= 360 } else if delta < -180 { delta += 360 }
        let phi = min(max(coordinate.latitude, -90), 90) * .pi / 180
        let radius = (max(constant - 2 * cone * sin(phi), 0)).squareRoot() / cone
        let theta = cone * delta * .pi / 180
        return PlanarPoint(x: radius * sin(theta), y: originRadius - radius * cos(theta))
    }
}
