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

    /// Projects the arcs used by the given shapes.
    init(geometry: WorldGeometry, shapeIndices: [Int], projection: Projection) {
        let topology = geometry.topology
        indices = topology.arcIndices(usedBy: shapeIndices)
        var points = [[PlanarPoint]?](repeating: nil, count: topology.arcs.count)
        for index in indices { points[index] = topology.arcs[index].map(projection.project) }
        self.points = points
    }

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
