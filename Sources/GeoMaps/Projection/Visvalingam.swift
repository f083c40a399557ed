/// Visvalingam–Whyatt line simplification: repeatedly drop the point that forms the smallest
/// triangle with its neighbours, until every remaining triangle is at least a threshold area.
///
/// Runs on one arc at a time with both ends fixed, so shared borders simplify identically for
/// both neighbours. Triangle areas are "effective" areas (never smaller than the area of a point
/// removed before), which keeps the result stable, and ties go to the lower index.
enum Visvalingam {
    /// The points kept, in order, always including the first and the last.
    ///
    /// - Parameters:
    ///   - points: The arc in pixels.
    ///   - minimumArea: Triangles smaller than this (px²) are removed.
    ///   - keepingAtLeast: Interior points that must survive (2 for a closed arc, so it stays a ring).
    /// - Complexity: O(n log n).
    static func simplify(_ points: [PlanarPoint], minimumArea: Double, keepingAtLeast: Int = 0) -> [PlanarPoint] {
        let count = points.count
        guard count > 2 else { return points }
        var previous = Array(-1..<(count - 1))
        var next = Array(1...count)
        var area = [Double](repeating: .infinity, count: count)
        func triangle(_ index: Int) -> Double {
            let a = points[previous[index]]
            let b = points[index]
            let c = points[next[index]]
            return abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2
        }
        // A triangle at least `minimumArea` is never removed, so it never enters the heap: the
        // loop below stops at the first such pop, and running out of entries ends it the same way.
        var small: [MinHeap.Entry] = []
        for index in 1..<(count - 1) {
            area[index] = triangle(index)
            if area[index] < minimumArea { small.append(.init(area: area[index], index: index)) }
        }
        var heap = MinHeap(small)
        var interior = count - 2
        var floor = 0.0
        while interior > keepingAtLeast, let smallest = heap.pop() {
            let index = smallest.index
            guard smallest.area == area[index], area[index].isFinite else { continue }
            guard smallest.area < minimumArea else { break }
            floor = max(floor, smallest.area)
            area[index] = .infinity
            let before = previous[index]
            let after = next[index]
            next[before] = after
            previous[after] = before
            interior -= 1
            func update(_ neighbour: Int) {
                guard neighbour > 0 && neighbour < count - 1 else { return }
                area[neighbour] = max(triangle(neighbour), floor)
                if area[neighbour] < minimumArea { heap.push(.init(area: area[neighbour], index: neighbour)) }
            }
            update(before)
            update(after)
        }
        var kept: [PlanarPoint] = []
        var index = 0
        while index < count {
            kept.append(points[index])
            index = next[index]
        }
        return kept
    }

    /// A binary min-heap of (area, index), ordered by area then index: a total order, so the
    /// entries come out in one order however the heap arranges them.
    ///
    /// Entries move into a hole instead of being swapped, over the array's storage directly (the
    /// simplification of a first 1:50m map spent a tenth of its time here with swaps).
    private struct MinHeap {
        struct Entry {
            let area: Double
            let index: Int

            func precedes(_ other: Entry) -> Bool { (area, index) < (other.area, other.index) }
        }

        private var entries: [Entry]

        /// A heap of `entries`, arranged bottom-up in linear time.
        init(_ entries: [Entry]) {
            self.entries = entries
            self.entries.withUnsafeMutableBufferPointer { heap in
                for start in stride(from: heap.count / 2 - 1, through: 0, by: -1) {
                    Self.siftDown(heap[start], from: start, in: heap)
                }
            }
        }

        mutating func push(_ entry: Entry) {
            entries.append(entry)
            entries.withUnsafeMutableBufferPointer { heap in
                var hole = heap.count - 1
                while hole > 0 {
                    let parent = (hole - 1) / 2
                    guard entry.precedes(heap[parent]) else { break }
                    heap[hole] = heap[parent]
                    hole = parent
                }
                heap[hole] = entry
            }
        }

        mutating func pop() -> Entry? {
            guard let top = entries.first else { return nil }
            let last = entries.removeLast()
            guard !entries.isEmpty else { return top }
            entries.withUnsafeMutableBufferPointer { heap in Self.siftDown(last, from: 0, in: heap) }
            return top
        }

        /// Places `entry` at `start` or below it, moving each smaller child up into the hole.
        private static func siftDown(_ entry: Entry, from start: Int, in heap: UnsafeMutableBufferPointer<Entry>) {
            var hole = start
            while true {
                var child = 2 * hole + 1
                guard child < heap.count else { break }
                if child + 1 < heap.count, heap[child + 1].precedes(heap[child]) { child += 1 }
                guard heap[child].precedes(entry) else { break }
                heap[hole] = heap[child]
                hole = child
            }
            heap[hole] = entry
        }
    }
}
