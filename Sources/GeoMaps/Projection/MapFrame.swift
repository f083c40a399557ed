/// Where the projected world sits on the canvas: the projection, its scale and offset in pixels.
///
/// Use it to find the pixel of any position on a rendered map:
///
/// ```swift
/// let map = ChoroplethRenderer.render(request, geometry: world)
/// map.frame.pixel(for: GeoCoordinate(longitude: -51, latitude: -10))   // inside Brazil
/// ```
public struct MapFrame: Sendable, Hashable {
    /// The projection.
    public let projection: Projection
    /// Pixels per unit of the projection's unit sphere.
    public let scale: Double
    /// The pixel where the projection's origin (0°, 0°) lands.
    public let origin: PlanarPoint
    /// The left edge of the map area in pixels.
    public let left: Double
    /// The top edge of the map area in pixels.
    public let top: Double
    /// The width of the map area in pixels.
    public let width: Double
    /// The height of the map area in pixels.
    public let height: Double

    /// The pixel position (x right, y down) of a geographic position.
    public func pixel(for coordinate: GeoCoordinate) -> PlanarPoint {
        pixel(forProjected: projection.project(coordinate))
    }

    /// The pixel position of a point already projected onto the unit sphere.
    func pixel(forProjected point: PlanarPoint) -> PlanarPoint {
        PlanarPoint(x: origin.x + point.x * scale, y: origin.y - point.y * scale)
    }

    /// A frame that fits the given projected extent into a box `width` pixels wide at
    /// (`left`, `top`); the height follows from the extent's aspect ratio.
    static func fitting(
        projection: Projection, minimum: PlanarPoint, maximum: PlanarPoint, left: Double, top: Double, width: Double,
        maximumHeight: Double
    ) -> MapFrame {
        let spanX = max(maximum.x - minimum.x, 1e-9)
        let spanY = max(maximum.y - minimum.y, 1e-9)
        let scale = min(width / spanX, maximumHeight / spanY)
        let usedWidth = spanX * scale
        let usedLeft = left + (width - usedWidth) / 2
        let origin = PlanarPoint(x: usedLeft - minimum.x * scale, y: top + maximum.y * scale)
        return MapFrame(
            projection: projection, scale: scale, origin: origin, left: usedLeft, top: top, width: usedWidth,
            height: spanY * scale)
    }
}
