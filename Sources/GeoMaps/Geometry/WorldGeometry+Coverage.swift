public import GeoModel

extension WorldGeometry {
    /// The same shapes without the polygons a composite projection does not draw, and only
    /// those whose code `keep` accepts.
    ///
    /// Albers USA draws the conterminous states, Alaska, Hawaii's main islands and Puerto Rico;
    /// a polygon with a position outside them (the Northwestern Hawaiian Islands, a Pacific
    /// territory) would otherwise be projected far off the map and stretch it. Other
    /// projections draw everything, so only `keep` applies.
    ///
    /// ```swift
    /// let drawn = counties.drawable(by: .albersUSA) { $0.rawValue.hasPrefix("15") }  // Hawaii's counties
    /// ```
    public func drawable(by projection: Projection, keeping keep: (AreaCode) -> Bool = { _ in true })
        -> WorldGeometry
    {
        let kept = shapes.filter { keep($0.iso3) }.map { shape in
            guard projection == .albersUSA else { return shape }
            return CountryShape(
                iso3: shape.iso3, name: shape.name, labelPoint: shape.labelPoint,
                polygons: shape.polygons.filter { polygon in (polygon.first ?? []).allSatisfy(AlbersUSA.covers) })
        }
        return WorldGeometry(shapes: kept, diagnostics: diagnostics)
    }
}
