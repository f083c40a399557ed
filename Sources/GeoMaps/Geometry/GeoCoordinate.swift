import GeoModel

/// A position on the globe in degrees: longitude east of Greenwich, latitude north of the equator.
///
/// GeoJSON writes positions as `[longitude, latitude]`; so does this type's initialiser:
///
/// ```swift
/// let suva = GeoCoordinate(longitude: 178.44, latitude: -18.14)
/// ```
public struct GeoCoordinate: Hashable, Sendable, CustomStringConvertible {
    /// Degrees east, normally −180…180 (exactly ±180 on cut antimeridian edges).
    public var longitude: Double
    /// Degrees north, −90…90.
    public var latitude: Double

    /// Creates a position from longitude and latitude in degrees.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    /// The largest latitude either way, in degrees, that a boundary file may give.
    public static let latitudeLimit = 90.0
    /// The largest longitude either way that a boundary file may give: data written 0…360, and
    /// rings that cross ±180, are brought into −180…180 when the shapes are made.
    public static let longitudeLimit = 360.0

    /// Whether the position is one the boundary readers accept (within ``latitudeLimit`` and
    /// ``longitudeLimit``; not NaN, not infinite). The geometry cache refuses any other: the
    /// maps are drawn only from positions a reader could have given.
    public var isOnTheGlobe: Bool {
        abs(latitude) <= Self.latitudeLimit && abs(longitude) <= Self.longitudeLimit
    }

    /// `(longitude, latitude)` with up to six decimals, as used in error messages.
    public var description: String {
        "(\(NumberText.trimmed(longitude, maxDecimals: 6)), \(NumberText.trimmed(latitude, maxDecimals: 6)))"
    }
}
