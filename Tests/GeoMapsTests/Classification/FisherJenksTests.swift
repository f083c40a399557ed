import GeoMaps
import GeoTestSupport
import Testing

@Suite("Fisher–Jenks against brute force")
struct FisherJenksTests {
    /// The within-class sum of squared deviations of values grouped by `breaks`.
    static func cost(_ values: [Double], _ breaks: ClassBreaks) -> Double {
        var groups: [Int: [Double]] = [:]
        for value in values { groups[breaks.classIndex(of: value) ?? -1, default: []].append(value) }
        return groups.values.reduce(0) { total, group in
            let mean = group.reduce(0, +) / Double(group.count)
            return total + group.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
    }

    /// The least cost over every split of the sorted values into `k` contiguous groups that
    /// keeps equal values together: plain enumeration of cut positions.
    static func bruteForceCost(_ values: [Double], classes k: Int) -> Double {
        let sorted = values.sorted()
        let cutPositions = (1..<sorted.count).filter { sorted[$0 - 1] != sorted[$0] }
        let groups = min(k, cutPositions.count + 1)
        var best = Double.infinity
        func ssd(_ slice: ArraySlice<Double>) -> Double {
            let mean = slice.reduce(0, +) / Double(slice.count)
            return slice.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        func search(_ start: Int, _ from: Int, _ remaining: Int, _ cost: Double) {
            if remaining == 1 {
                best = min(best, cost + ssd(sorted[start...]))
                return
            }
            for index in from..<cutPositions.count {
                let cut = cutPositions[index]
                search(cut, index + 1, remaining - 1, cost + ssd(sorted[start..<cut]))
            }
        }
        search(0, 0, groups, 0)
        return best
    }

    @Test("finds the least within-class variance on 300 random small inputs")
    func matchesBruteForce() {
        var generator = SplitMix64(state: 2018)
        for _ in 0..<300 {
            let count = Int.random(in: 1...10, using: &generator)
            let values = (0..<count).map { _ in Double(Int.random(in: 0...25, using: &generator)) / 2 }
            let classes = Int.random(in: 1...5, using: &generator)
            let breaks = ClassBreaks.compute(.fisherJenks(classes), values: values)
            let expected = Self.bruteForceCost(values, classes: classes)
            #expect(abs(Self.cost(values, breaks) - expected) < 1e-9, "values \(values), \(classes) classes")
            #expect(breaks.classCount == min(classes, Set(values).count))
        }
    }

    @Test("is deterministic: the same input gives the same breaks in any order")
    func deterministic() {
        var generator = SplitMix64(state: 7)
        let values = (0..<200).map { _ in Double(Int.random(in: 0...600, using: &generator)) / 10 }
        let breaks = ClassBreaks.compute(.fisherJenks(6), values: values)
        #expect(ClassBreaks.compute(.fisherJenks(6), values: values.reversed()) == breaks)
        #expect(breaks.classCount == 6)
    }
}
