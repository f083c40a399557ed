import GeoModel

/// Shapes projected onto the canvas, simplified for the output size and rounded to tenths of a
/// pixel, arc by arc, so that neighbours share exactly the same border points.
struct ProjectedShapes {
    /// A point in tenths of a pixel.
    struct Point: Hashable {
        let x: Int
        let y: Int
    }

    /// One economy's rings on the canvas.
    struct Shape {
        /// Rings in tenths of a pixel, open, each with at least three points.
        let rings: [[Point]]
        /// Visible area in square pixels (outer rings minus holes).
        let area: Double
    }

    /// How much detail survives: triangles below `simplificationArea` px² are removed and rings
    /// below `minimumRingArea` px² are dropped.
    struct Detail: Hashable {
        var simplificationArea = 0.25
        var minimumRingArea = 0.6
    }

    /// Projected, simplified shapes by index into ``WorldGeometry/shapes``.
    let shapes: [Int: Shape]

    /// The inset frames of a composite projection (Albers USA) that hold any of the given
    /// shapes' positions, in drawing order; empty for single-surface projections.
    static func insetFrames(of geometry: WorldGeometry, shapeIndices: [Int], projection: Projection) -> [AlbersUSA
        .Frame]
    {
        guard projection == .albersUSA else { return [] }
        var used = Set<AlbersUSA.Frame>()
        var last: AlbersUSA.Frame?
        for arc in geometry.topology.arcIndices(usedBy: shapeIndices) {
            for point in geometry.topology.arcs[arc] {
                // Neighbouring points are nearly always in the same part: hash only a change.
                if let frame = AlbersUSA.insetFrame(for: point), frame != last {
                    used.insert(frame)
                    last = frame
                }
            }
        }
        return AlbersUSA.insetFrames.map(\.frame).filter(used.contains)
    }

    /// Scales, simplifies and rounds the given shapes, whose arcs `projected` holds.
    init(
        geometry: WorldGeometry, shapeIndices: [Int], projected: ProjectedArcs, frame: MapFrame,
        detail: Detail = Detail()
    ) {
        let topology = geometry.topology
        let geographic = topology.arcs
        let points = projected.points
        let used = projected.indices
        // Each arc is simplified on its own (both neighbours share the result), so arcs are
        // spread over every core; results come back in order.
        let ranges = Parallel.ranges(of: used.count, parts: ProjectedArcs.parts)
        let simplified = Parallel.map(ranges) { range in
            used[range].map { index in
                let arc = geographic[index]
                let pixels = (points[index] ?? []).map(frame.pixel(forProjected:))
                let isClosed = arc.count > 2 && arc.first == arc.last
                let kept = Visvalingam.simplify(
                    pixels, minimumArea: detail.simplificationArea, keepingAtLeast: isClosed ? 2 : 0)
                var rounded: [Point] = []
                for pixel in kept {
                    let point = Point(x: Int((pixel.x * 10).rounded()), y: Int((pixel.y * 10).rounded()))
                    if point != rounded.last { rounded.append(point) }
                }
                return rounded
            }
        }
        var arcs = [[Point]?](repeating: nil, count: topology.arcs.count)
        for (range, chunk) in zip(ranges, simplified) {
            for (index, arc) in zip(used[range], chunk) { arcs[index] = arc }
        }
        var shapes: [Int: Shape] = [:]
        for shapeIndex in shapeIndices {
            var rings: [[Point]] = []
            var area = 0.0
            for (polygon, holes) in zip(topology.rings[shapeIndex], topology.isHole[shapeIndex]) {
                for (ring, isHole) in zip(polygon, holes) {
                    let points = Self.assemble(ring, arcs: arcs)
                    let ringArea = abs(Self.signedArea(points)) / 100
                    guard points.count >= 3, ringArea >= detail.minimumRingArea else { continue }
                    rings.append(points)
                    area += isHole ? -ringArea : ringArea
                }
            }
            shapes[shapeIndex] = Shape(rings: rings, area: max(0, area))
        }
        self.shapes = shapes
    }

    private static func assemble(_ references: [Topology.ArcReference], arcs: [[Point]?]) -> [Point] {
        var points: [Point] = []
        for reference in references {
            guard let arc = arcs[reference.index] else { continue }
            let ordered = reference.isReversed ? Array(arc.reversed()) : arc
            for point in ordered where point != points.last { points.append(point) }
        }
        while points.count > 1, points.first == points.last { points.removeLast() }
        return points
    }

    /// Twice the signed area, halved: the shoelace formula in tenth-pixel units squared.
    static func signedArea(_ ring: [Point]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var twice = 0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            twice += a.x * b.y - b.x * a.y
        }
        return Double(twice) / 2
    }
}
