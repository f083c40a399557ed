public import GeoModel

/// One economy's area on the map: polygons in longitude/latitude, a name and a label point.
///
/// Each polygon is a list of rings; the first ring is the outer boundary and the others are
/// holes. Rings are stored open (the closing position that GeoJSON repeats is dropped).
///
/// ```swift
/// let square = CountryShape(
///     iso3: AreaCode("AAA")!, name: "Square", labelPoint: nil,
///     polygons: [[[.init(longitude: 0, latitude: 0), .init(longitude: 1, latitude: 0),
///                  .init(longitude: 1, latitude: 1), .init(longitude: 0, latitude: 1)]]])
/// ```
public struct CountryShape: Hashable, Sendable {
    /// A ring of positions, open (first position not repeated at the end).
    public typealias Ring = [GeoCoordinate]
    /// An outer ring followed by its holes.
    public typealias Polygon = [Ring]

    /// The economy this shape belongs to.
    public let iso3: AreaCode
    /// The display name from the geometry file (`NAME`), or the code if the file has none.
    public let name: String
    /// Where a label or a dot goes (Natural Earth's `LABEL_X`/`LABEL_Y`), if the file gives one.
    public let labelPoint: GeoCoordinate?
    /// The polygons, in file order.
    public let polygons: [Polygon]

    /// Creates a shape.
    ///
    /// - Parameters:
    ///   - iso3: The economy.
    ///   - name: The display name.
    ///   - labelPoint: Where a dot goes when the shape is too small to see.
    ///   - polygons: Outer ring then holes, each ring open.
    public init(iso3: AreaCode, name: String, labelPoint: GeoCoordinate?, polygons: [Polygon]) {
        self.iso3 = iso3
        self.name = name
        self.labelPoint = labelPoint
        self.polygons = polygons
    }

    /// The number of positions in all rings.
    public var positionCount: Int { polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

    /// A point inside the largest outer ring's bounding area: its planar centroid in degrees.
    ///
    /// Used as the dot position when the file gives no label point.
    var centroidOfLargestRing: GeoCoordinate? {
        var best: (area: Double, centroid: GeoCoordinate)?
        for polygon in polygons {
            guard let ring = polygon.first, ring.count >= 3 else { continue }
            var twiceArea = 0.0
            var cx = 0.0
            var cy = 0.0
            for index in ring.indices {
                let a = ring[index]
                let b = ring[(index + 1) % ring.count]
                let cross = a.longitude * b.latitude - b.longitude * a.latitude
                twiceArea += cross
                cx += (a.longitude + b.longitude) * cross
                cy += (a.latitude + b.latitude) * cross
            }
            let area = abs(twiceArea) / 2
            guard area > 0, area > (best?.area ?? -1) else { continue }
            best = (area, GeoCoordinate(longitude: cx / (3 * twiceArea), latitude: cy / (3 * twiceArea)))
        }
        return best?.centroid ?? polygons.first?.first?.first
    }
}
