import GeoModel

/// The arcs some shapes use, projected once onto the projection's plane (before scaling).
///
/// A map needs these positions twice: their extent fits the frame, and scaled by the frame
/// they are the pixels that are simplified and drawn. Projecting is the costly part (a county
/// map projects about 200,000 positions with trigonometry), so it is done once; scaling a
/// projected point is the same arithmetic ``MapFrame/pixel(for:)`` does, so the pixels are the
/// same to the last bit.
struct ProjectedArcs {
    /// Projected positions by arc index; `nil` for arcs the shapes do not use.
    let points: [[PlanarPoint]?]
    /// The indices of the arcs used, ascending.
    let indices: [Int]

    /// Projects the arcs used by the given shapes (on every core: arcs are independent).
    init(geometry: WorldGeometry, shapeIndices: [Int], projection: Projection) {
        let arcs = geometry.topology.arcs
        let used = geometry.topology.arcIndices(usedBy: shapeIndices)
        let ranges = Parallel.ranges(of: used.count, parts: Self.parts)
        let projected = Parallel.map(ranges) { range in used[range].map { arcs[$0].map(projection.project) } }
        var points = [[PlanarPoint]?](repeating: nil, count: arcs.count)
        for (range, chunk) in zip(ranges, projected) {
            for (index, arc) in zip(used[range], chunk) { points[index] = arc }
        }
        indices = used
        self.points = points
    }

    /// How many parts a map's arcs are split into for ``Parallel`` (a few per core).
    static let parts = 8

    /// The smallest rectangle holding every projected position, or `nil` when there are none.
    var extent: (PlanarPoint, PlanarPoint)? {
        var minimum = PlanarPoint(x: .infinity, y: .infinity)
        var maximum = PlanarPoint(x: -.infinity, y: -.infinity)
        for index in indices {
            for projected in points[index] ?? [] {
                minimum = PlanarPoint(x: min(minimum.x, projected.x), y: min(minimum.y, projected.y))
                maximum = PlanarPoint(x: max(maximum.x, projected.x), y: max(maximum.y, projected.y))
            }
        }
        return minimum.x.isFinite ? (minimum, maximum) : nil
    }
}
