import GeoModel

/// The mutable state of ``Topology``'s construction: the arc table, filled ring by ring once
/// every point's neighbours are known (``NeighbourTable``).
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

    /// Every point's neighbours in the rings, and so whether it is a junction.
    ///
    /// The points are split in two by a bit of their hash and each half is recorded on its own
    /// core, both going through all the rings in order: a point's record depends only on the
    /// rings through it, in that order, so the table is the one a single pass makes.
    struct NeighbourTable: Sendable {
        private let halves: [PointTable<Neighbours>]

        /// Records the neighbours of every point of `rings` (about `points` of them).
        init(rings: [KeyedRing], points: Int) {
            halves = Parallel.map([0, 1]) { half in
                var table = PointTable<Neighbours>(capacity: points / 2)
                for ring in rings { Self.record(ring, half: half, in: &table) }
                return table
            }
        }

        /// Which half of the table holds `key`.
        private static func half(of key: PointKey) -> Int {
            let mixed = (UInt64(bitPattern: key.x) ^ UInt64(bitPattern: key.y) &* 0xC2B2_AE3D_27D4_EB4F)
            return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> 63)
        }

        /// Records, for every point of the ring in the given half, the points before and after it.
        private static func record(_ ring: KeyedRing, half: Int, in table: inout PointTable<Neighbours>) {
            let keys = ring.keys
            for index in keys.indices where Self.half(of: keys[index]) == half {
                let previous = keys[index == 0 ? keys.count - 1 : index - 1]
                let next = keys[index == keys.count - 1 ? 0 : index + 1]
                table.update(keys[index], inserting: .pair(previous, next)) { recorded in
                    if case .pair(let a, let b) = recorded,
                        !((a == previous && b == next) || (a == next && b == previous))
                    {
                        recorded = .junction
                    }
                }
            }
        }

        /// The indices of the ring's points where rings through them disagree on their neighbours.
        func junctions(of ring: KeyedRing) -> [Int] {
            ring.keys.indices.filter { index in
                let key = ring.keys[index]
                if case .junction? = halves[Self.half(of: key)][key] { return true }
                return false
            }
        }
    }

    /// The indices of the arcs that start at a point, and of those that end there.
    private var arcsStarting: PointTable<[Int]>
    private var arcsEnding: PointTable<[Int]>
    /// Each arc's points as keys, for matching an arc walked again (either way).
    private var arcKeys: [[PointKey]] = []
    /// The arcs found so far.
    private(set) var arcs: [[GeoCoordinate]] = []

    /// Creates a builder with room for about `points` distinct positions.
    init(points: Int) {
        arcsStarting = PointTable(capacity: points / 8)
        arcsEnding = PointTable(capacity: points / 8)
    }

    /// A ring without consecutive duplicate positions (including the wrap-around), with each
    /// position's key, made once for both of the builder's passes.
    struct KeyedRing {
        let points: CountryShape.Ring
        let keys: [PointKey]

        init(_ ring: CountryShape.Ring) {
            var points: CountryShape.Ring = []
            var keys: [PointKey] = []
            points.reserveCapacity(ring.count)
            keys.reserveCapacity(ring.count)
            for point in ring {
                let key = PointKey(point)
                if key != keys.last {
                    points.append(point)
                    keys.append(key)
                }
            }
            while keys.count > 1, keys.first == keys.last {
                keys.removeLast()
                points.removeLast()
            }
            self.points = points
            self.keys = keys
        }
    }

    /// Cuts a ring at its junctions (indices, ascending) and returns its arcs, adding new arcs to
    /// the table.
    mutating func arcs(of ring: KeyedRing, junctions: [Int]) -> [Topology.ArcReference] {
        let keys = ring.keys
        guard let start = junctions.first ?? keys.indices.min(by: { keys[$0] < keys[$1] }) else { return [] }
        // Walk the ring from `start` by offsets 0...count (back at `start`); an arc ends at each
        // further junction and at the end of the walk, so a ring without junctions is one closed arc.
        var references: [Topology.ArcReference] = []
        var arcStart = 0
        for offset in junctions.dropFirst().map({ $0 - start }) + [keys.count] {
            references.append(reference(offsets: arcStart...offset, from: start, in: ring))
            arcStart = offset
        }
        return references
    }

    /// The arc of the ring's points at `offsets` along its walk from `start`: a stored arc with
    /// the same points, either way, or a new one.
    private mutating func reference(offsets: ClosedRange<Int>, from start: Int, in ring: KeyedRing)
        -> Topology.ArcReference
    {
        let count = ring.keys.count
        let length = offsets.count
        func key(_ step: Int) -> PointKey { ring.keys[(start + offsets.lowerBound + step) % count] }
        let first = key(0)
        for index in arcsStarting[first] ?? []
        where arcKeys[index].count == length && (0..<length).allSatisfy({ arcKeys[index][$0] == key($0) }) {
            return .init(index: index, isReversed: false)
        }
        // Walked backwards, the arc starts where a stored one ends.
        for index in arcsEnding[first] ?? []
        where arcKeys[index].count == length
            && (0..<length).allSatisfy({ arcKeys[index][length - 1 - $0] == key($0) })
        {
            return .init(index: index, isReversed: true)
        }
        // A new arc: its keys and points in one pass along the ring.
        var keys: [PointKey] = []
        var points: [GeoCoordinate] = []
        keys.reserveCapacity(length)
        points.reserveCapacity(length)
        for offset in offsets {
            let position = (start + offset) % count
            keys.append(ring.keys[position])
            points.append(ring.points[position])
        }
        let index = arcs.count
        arcsStarting.update(first, inserting: [index]) { $0.append(index) }
        arcsEnding.update(keys[length - 1], inserting: [index]) { $0.append(index) }
        arcKeys.append(keys)
        arcs.append(points)
        return .init(index: index, isReversed: false)
    }
}
