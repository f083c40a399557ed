import Testing

@testable import GeoMaps

/// The heap-based simplification against a plain quadratic one written from the definition:
/// repeatedly remove the interior point with the smallest effective area (ties to the lower
/// index) while it is below the threshold.
@Suite("Visvalingam–Whyatt simplification")
struct VisvalingamTests {
    static func reference(_ points: [PlanarPoint], minimumArea: Double, keepingAtLeast: Int) -> [PlanarPoint] {
        guard points.count > 2 else { return points }
        var kept = Array(points.indices)
        var effective = [Double](repeating: .infinity, count: points.count)
        func area(_ position: Int) -> Double {
            let a = points[kept[position - 1]]
            let b = points[kept[position]]
            let c = points[kept[position + 1]]
            return abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2
        }
        for position in 1..<(kept.count - 1) { effective[kept[position]] = area(position) }
        var floor = 0.0
        while kept.count - 2 > keepingAtLeast {
            var smallest: Int?
            for position in 1..<(kept.count - 1) {
                let candidate = effective[kept[position]]
                if smallest.map({ candidate < effective[kept[$0]] }) ?? true { smallest = position }
            }
            guard let position = smallest, effective[kept[position]] < minimumArea else { break }
            floor = max(floor, effective[kept[position]])
            kept.remove(at: position)
            for neighbour in [position - 1, position] where neighbour > 0 && neighbour < kept.count - 1 {
                effective[kept[neighbour]] = max(area(neighbour), floor)
            }
        }
        return kept.map { points[$0] }
    }

    static func wiggle(seed: UInt64, count: Int) -> [PlanarPoint] {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 33) / Double(1 << 31)
        }
        return (0..<count).map { PlanarPoint(x: Double($0) + next(), y: (next() - 0.5) * 8) }
    }

    @Test(
        "keeps the same points as the quadratic definition",
        arguments: [(1, 40, 0.5, 0), (2, 200, 2.0, 0), (3, 200, 50.0, 2), (4, 7, 1e9, 2), (5, 300, 0.01, 0)])
    func matchesDefinition(seed: UInt64, count: Int, minimumArea: Double, keepingAtLeast: Int) {
        let points = Self.wiggle(seed: seed, count: count)
        let found = Visvalingam.simplify(points, minimumArea: minimumArea, keepingAtLeast: keepingAtLeast)
        let expected = Self.reference(points, minimumArea: minimumArea, keepingAtLeast: keepingAtLeast)
        #expect(found == expected)
        #expect(found.first == points.first && found.last == points.last)
    }

    @Test("a threshold of zero keeps every point; collinear points go first")
    func extremes() {
        let points = Self.wiggle(seed: 9, count: 50)
        #expect(Visvalingam.simplify(points, minimumArea: 0) == points)
        let line = (0..<10).map { PlanarPoint(x: Double($0), y: 0) }
        #expect(Visvalingam.simplify(line, minimumArea: 1e-9) == [line[0], line[9]])
    }
}
