import Foundation

/// The Equal Earth projection's formulas (Šavrič, Patterson & Jenny 2018), spherical and
/// ellipsoidal (EPSG method 1078, used by EPSG:8857 "WGS 84 / Equal Earth Greenwich").
package enum EqualEarth {
    private static let a1 = 1.340264
    private static let a2 = -0.081106
    private static let a3 = 0.000893
    private static let a4 = 0.003796
    private static let m = 3.0.squareRoot() / 2

    /// The spherical forward projection for radius 1, from radians.
    static func sphericalForward(lambda: Double, phi: Double) -> PlanarPoint {
        polynomial(lambda: lambda, theta: asin(m * sin(phi)))
    }

    /// The ellipsoidal forward projection in metres, as defined for EPSG:8857.
    ///
    /// Latitude is first converted to authalic latitude β; the sphere has the authalic radius
    /// R_q = a·√(q_p / 2).
    ///
    /// - Parameters:
    ///   - coordinate: The position in degrees.
    ///   - semiMajorAxis: `a` in metres (WGS 84: 6 378 137).
    ///   - inverseFlattening: `1/f` (WGS 84: 298.257223563).
    /// - Returns: Easting and northing in metres.
    package static func ellipsoidalForward(
        _ coordinate: GeoCoordinate, semiMajorAxis: Double = 6_378_137, inverseFlattening: Double = 298.257_223_563
    ) -> PlanarPoint {
        let flattening = 1 / inverseFlattening
        let e2 = flattening * (2 - flattening)
        let e = e2.squareRoot()
        func q(_ phi: Double) -> Double {
            let s = sin(phi)
            return (1 - e2) * (s / (1 - e2 * s * s) - 1 / (2 * e) * log((1 - e * s) / (1 + e * s)))
        }
        let phi = min(max(coordinate.latitude, -90), 90) * .pi / 180
        let qp = q(.pi / 2)
        let beta = asin(min(max(q(phi) / qp, -1), 1))
        let radius = semiMajorAxis * (qp / 2).squareRoot()
        let unit = polynomial(lambda: coordinate.longitude * .pi / 180, theta: asin(m * sin(beta)))
        return PlanarPoint(x: unit.x * radius, y: unit.y * radius)
    }

    private static func polynomial(lambda: Double, theta: Double) -> PlanarPoint {
        let t2 = theta * theta
        let t6 = t2 * t2 * t2
        let x = lambda * cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)))
        let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        return PlanarPoint(x: x, y: y)
    }
}
