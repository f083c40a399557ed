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
        var kept: [CountryShape] = []
        var keptParts: [(shape: Int, polygons: [Int])] = []
        for (index, shape) in shapes.enumerated() where keep(shape.iso3) {
            let polygons = shape.polygons.indices.filter { polygon in
                projection != .albersUSA || (shape.polygons[polygon].first ?? []).allSatisfy(AlbersUSA.covers)
            }
            keptParts.append((index, polygons))
            kept.append(
                CountryShape(
                    iso3: shape.iso3, name: shape.name, labelPoint: shape.labelPoint,
                    polygons: polygons.map { shape.polygons[$0] }))
        }
        // The same arcs as building the topology again, without building it (see `subset`).
        if let topology = topology.subset(keptParts) {
            return WorldGeometry(shapes: kept, diagnostics: diagnostics, topology: topology)
        }
        return WorldGeometry(shapes: kept, diagnostics: diagnostics)
    }
}
