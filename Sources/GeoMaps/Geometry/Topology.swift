import GeoModel

/// Country rings as sequences of shared arcs, so that a border two economies share is one arc.
///
/// Built the way TopoJSON does it: a point is a *junction* where the rings passing through it
/// do not agree on its neighbours (three economies meet, or a border meets a coast). Each ring
/// is cut at its junctions; arcs with the same points (in either direction) are stored once.
/// Rings without junctions (islands, enclaves) are one closed arc, started at their smallest
/// point so that an enclave and the hole it fills become the same arc.
struct Topology: Sendable {
    /// An arc used by a ring, possibly walked backwards.
    struct ArcReference: Hashable, Sendable {
        /// Index into ``Topology/arcs``.
        let index: Int
        /// Whether the ring walks the arc from its last point to its first.
        let isReversed: Bool
    }

    /// The arcs, each with at least two points; a closed arc repeats its first point at the end.
    let arcs: [[GeoCoordinate]]
    /// `rings[shape][polygon][ring]` lists the arcs of that ring in order; polygons are those of
    /// the shape, one for one (a polygon without a ring of three distinct points has no rings).
    let rings: [[[[ArcReference]]]]
    /// `isHole[shape][polygon][ring]`: whether the ring is a hole of its polygon.
    let isHole: [[[Bool]]]

    /// A topology from its parts (``GeometryArchive``).
    init(arcs: [[GeoCoordinate]], rings: [[[[ArcReference]]]], isHole: [[[Bool]]]) {
        self.arcs = arcs
        self.rings = rings
        self.isHole = isHole
    }

    /// Splits the shapes' rings into shared arcs.
    ///
    /// The rings are keyed, their points' neighbours recorded and their junctions found on both
    /// cores; the arcs are then numbered ring by ring, in the shapes' order, on this one.
    init(shapes: [CountryShape]) {
        let keyed = Parallel.map(shapes) { shape in
            shape.polygons.map { polygon in polygon.map(TopologyBuilder.KeyedRing.init) }
        }
        let drawn = keyed.flatMap { shape in shape.flatMap { polygon in polygon.filter { $0.keys.count >= 3 } } }
        let points = drawn.reduce(0) { $0 + $1.keys.count }
        let neighbours = TopologyBuilder.NeighbourTable(rings: drawn, points: points)
        let junctions = Parallel.map(drawn) { neighbours.junctions(of: $0) }
        var builder = TopologyBuilder(points: points)
        var rings: [[[[ArcReference]]]] = []
        var holes: [[[Bool]]] = []
        var next = 0
        for shape in keyed {
            var shapeRings: [[[ArcReference]]] = []
            var shapeHoles: [[Bool]] = []
            for polygon in shape {
                var polygonRings: [[ArcReference]] = []
                var polygonHoles: [Bool] = []
                for (index, ring) in polygon.enumerated() where ring.keys.count >= 3 {
                    polygonRings.append(builder.arcs(of: ring, junctions: junctions[next]))
                    polygonHoles.append(index > 0)
                    next += 1
                }
                shapeRings.append(polygonRings)
                shapeHoles.append(polygonHoles)
            }
            rings.append(shapeRings)
            holes.append(shapeHoles)
        }
        self.arcs = builder.arcs
        self.rings = rings
        self.isHole = holes
    }

    /// The topology of some polygons of some shapes, or `nil` when it could differ from building
    /// one anew from them.
    ///
    /// Leaving polygons out changes nothing for the others as long as no left-out ring passes
    /// through a point of a kept one: the kept rings' junctions, and so their arcs, stay the same.
    /// (Arcs that only left-out rings use stay in the table, unused.) When a left-out ring
    /// touches a kept one, the caller builds the topology again instead.
    ///
    /// - Parameter parts: The shapes to keep, ascending, each with its polygons to keep, ascending.
    func subset(_ parts: [(shape: Int, polygons: [Int])]) -> Topology? {
        var keptRings: [[[[ArcReference]]]] = []
        var keptHoles: [[[Bool]]] = []
        // Arc sets as masks over the arc table, as in `arcIndices(usedBy:)`.
        var keptArcs = [Bool](repeating: false, count: arcs.count)
        var leftOutArcs = [Bool](repeating: false, count: arcs.count)
        var next = 0
        func leaveOut(_ polygon: [[ArcReference]]) {
            for ring in polygon { for reference in ring { leftOutArcs[reference.index] = true } }
        }
        for (shape, polygons) in parts {
            while next < shape {
                rings[next].forEach(leaveOut)
                next += 1
            }
            next = shape + 1
            let keptSet = Set(polygons)
            for (index, polygon) in rings[shape].enumerated() where !keptSet.contains(index) { leaveOut(polygon) }
            keptRings.append(polygons.map { rings[shape][$0] })
            keptHoles.append(polygons.map { isHole[shape][$0] })
            for polygon in polygons {
                for ring in rings[shape][polygon] { for reference in ring { keptArcs[reference.index] = true } }
            }
        }
        while next < rings.count {
            rings[next].forEach(leaveOut)
            next += 1
        }
        if leftOutArcs.contains(true) {
            var leftOutPoints = PointTable<Bool>(capacity: 1024)
            for arc in arcs.indices where leftOutArcs[arc] {
                for point in arcs[arc] { leftOutPoints[TopologyBuilder.PointKey(point)] = true }
            }
            for arc in arcs.indices where keptArcs[arc] {
                for point in arcs[arc] where leftOutPoints[TopologyBuilder.PointKey(point)] != nil { return nil }
            }
        }
        return Topology(arcs: arcs, rings: keptRings, isHole: keptHoles)
    }

    /// The indices of the arcs used by the given shapes, ascending.
    func arcIndices(usedBy shapeIndices: [Int]) -> [Int] {
        var used = [Bool](repeating: false, count: arcs.count)
        for shape in shapeIndices {
            for polygon in rings[shape] {
                for ring in polygon {
                    for reference in ring { used[reference.index] = true }
                }
            }
        }
        return used.indices.filter { used[$0] }
    }
}
