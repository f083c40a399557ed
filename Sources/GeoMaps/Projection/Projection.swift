import Foundation

/// A map projection: world projections centred on Greenwich, or Albers USA for US layers.
///
/// ```swift
/// Projection.equalEarth.project(GeoCoordinate(longitude: 180, latitude: 0))
/// // PlanarPoint(x: 2.7066..., y: 0) on the unit sphere
/// ```
public enum Projection: String, Sendable, CaseIterable, Hashable {
    /// Equal Earth (Šavrič, Patterson & Jenny 2018): equal-area, the default for choropleths.
    case equalEarth = "equal-earth"
    /// Natural Earth I (Šavrič et al. 2011): a compromise projection, not equal-area.
    case naturalEarth1 = "natural-earth"
    /// Plate carrée: longitude and latitude as x and y; neither equal-area nor conformal.
    case equirectangular
    /// Albers USA: equal-area conic for the conterminous states, Alaska, Hawaii and Puerto
    /// Rico in framed insets (see ``AlbersUSA``).
    case albersUSA = "albers-usa"

    /// Looks a projection up by name, ignoring case, spaces, hyphens and underscores:
    /// `equal-earth`, `Equal Earth`, `equalEarth`, `natural-earth`, `NaturalEarth1`,
    /// `equirectangular`, `plate-carree`, `albers-usa`.
    ///
    /// - Returns: `nil` for an unknown name.
    public init?(name: String) {
        let folded = String(
            name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        switch folded {
        case "equalearth", "eqearth": self = .equalEarth
        case "naturalearth", "naturalearth1", "naturalearthi", "natearth": self = .naturalEarth1
        case "equirectangular", "platecarree", "eqc": self = .equirectangular
        case "albersusa", "albers": self = .albersUSA
        default: return nil
        }
    }

    /// The projections that draw the whole sphere (every case but ``albersUSA``).
    public static let worldProjections: [Projection] = allCases.filter { $0 != .albersUSA }

    /// The name to show to readers ("Equal Earth").
    public var displayName: String {
        switch self {
        case .equalEarth: "Equal Earth"
        case .naturalEarth1: "Natural Earth I"
        case .equirectangular: "Equirectangular"
        case .albersUSA: "Albers USA"
        }
    }

    /// Projects a position onto the plane for a sphere of radius 1, x east and y north.
    ///
    /// Longitudes are used as given, so −180° and +180° land on opposite edges of the map.
    /// Latitudes beyond ±90° are clamped.
    ///
    /// - Parameter coordinate: The position in degrees.
    /// - Returns: The projected point in units of the sphere's radius.
    public func project(_ coordinate: GeoCoordinate) -> PlanarPoint {
        let lambda = coordinate.longitude * .pi / 180
        let phi = min(max(coordinate.latitude, -90), 90) * .pi / 180
        switch self {
        case .equalEarth:
            return EqualEarth.sphericalForward(lambda: lambda, phi: phi)
        case .naturalEarth1:
            let phi2 = phi * phi
            let phi4 = phi2 * phi2
            let x =
                lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
            let y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
            return PlanarPoint(x: x, y: y)
        case .equirectangular:
            return PlanarPoint(x: lambda, y: phi)
        case .albersUSA:
            return AlbersUSA.project(coordinate)
        }
    }
}
