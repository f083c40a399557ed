/// The mutable state of ``Topology``'s construction: neighbour records and the arc table.
struct TopologyBuilder {
    /// A position rounded to 1e-7 degrees, for exact matching of shared vertices.
    struct PointKey: Hashable, Comparable {
        let x: Int64
        let y: Int64

        init(_ point: GeoCoordinate) {
            x = Int64((point.longitude * 1e7).rounded())
            y = Int64((point.latitude * 1e7).rounded())
        }

        static func < (lhs: PointKey, rhs: PointKey) -> Bool { (lhs.x, lhs.y) < (rhs.x, rhs.y) }
    }

    private enum Neighbours {
        case pair(PointKey, PointKey)
        case junction
    }

    private var neighbours: PointTable<Neighbours>
    /// The indices of the arcs that start at a point, and of those that end there.
    private var arcsStarting: PointTable<[Int]>
    private var arcsEnding: PointTable<[Int]>
    /// Each arc's points as keys, for matching an arc walked again (either way).
    private var arcKeys: [[PointKey]] = []
    /// The arcs found so far.
    private(set) var arcs: [[GeoCoordinate]] = []

    /// Creates a builder with room for about `points` distinct positions.
    init(points: Int) {
        neighbours = PointTable(capacity: points)
        arcsStarting = PointTable(capacity: points / 8)
        arcsEnding = PointTable(capacity: points / 8)
    }

    /// A ring without consecutive duplicate positions (including the wrap-around).
    static func cleaned(_ ring: CountryShape.Ring) -> CountryShape.Ring {
        var result: CountryShape.Ring = []
        result.reserveCapacity(ring.count)
        for point in ring where result.last.map({ PointKey($0) != PointKey(point) }) ?? true {
            result.append(point)
        }
        while result.count > 1, let first = result.first, let last = result.last, PointKey(first) == PointKey(last) {
            result.removeLast()
        }
        return result
    }

    /// Records, for every point of the ring, the points before and after it.
    mutating func recordNeighbours(of ring: CountryShape.Ring) {
        let keys = ring.map(PointKey.init)
        for index in keys.indices {
            let previous = keys[(index + keys.count - 1) % keys.count]
            let next = keys[(index + 1) % keys.count]
            switch neighbours[keys[index]] {
            case nil:
                neighbours[keys[index]] = .pair(previous, next)
            case .pair(let a, let b)?:
                if !((a == previous && b == next) || (a == next && b == previous)) {
                    neighbours[keys[index]] = .junction
                }
            case .junction?:
                break
            }
        }
    }

    private func isJunction(_ key: PointKey) -> Bool {
        if case .junction? = neighbours[key] { return true }
        return false
    }

    /// Cuts a ring at its junctions and returns its arcs, adding new arcs to the table.
    mutating func arcs(of ring: CountryShape.Ring) -> [Topology.ArcReference] {
        let keys = ring.map(PointKey.init)
        let junctions = keys.indices.filter { isJunction(keys[$0]) }
        guard let start = junctions.first ?? keys.indices.min(by: { keys[$0] < keys[$1] }) else { return [] }
        // Walk the ring from `start`; a ring without junctions is one closed arc.
        let order = (0...keys.count).map { (start + $0) % keys.count }
        var references: [Topology.ArcReference] = []
        var current: [Int] = [order[0]]
        for position in order.dropFirst() {
            current.append(position)
            let isEnd = position == start || isJunction(keys[position])
            if isEnd && current.count >= 2 {
                references.append(reference(for: current, in: ring, keys: keys))
                current = [position]
            }
        }
        return references
    }

    private mutating func reference(for indices: [Int], in ring: CountryShape.Ring, keys: [PointKey])
        -> Topology.ArcReference
    {
        let walked = indices.map { keys[$0] }
        guard let first = walked.first, let last = walked.last else { preconditionFailure("an arc has points") }
        for index in arcsStarting[first] ?? [] where arcKeys[index] == walked {
            return .init(index: index, isReversed: false)
        }
        // Walked backwards, the arc starts where a stored one ends.
        for index in arcsEnding[first] ?? [] where arcKeys[index].elementsEqual(walked.reversed()) {
            return .init(index: index, isReversed: true)
        }
        arcsStarting[first, default: []].append(arcs.count)
        arcsEnding[last, default: []].append(arcs.count)
        arcKeys.append(walked)
        arcs.append(indices.map { ring[$0] })
        return .init(index: arcs.count - 1, isReversed: false)
    }
}
