import Testing

@testable import GeoIngest

struct LineSetTests {
    @Test("a line set holds and counts what a Set of the same lines does", arguments: [1, 7, 64, 1_000, 70_000])
    func matchesSet(range: Int) {
        var state: UInt64 = UInt64(range)
        var lines = LineSet()
        var reference = Set<Int>()
        for _ in 0..<(2 * range) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let line = Int((state >> 33) % UInt64(range + 2)) - 1  // includes 0 and -1, which no row has
            lines.insert(line)
            if line >= 1 { reference.insert(line) }
        }
        #expect(lines.count == reference.count)
        for line in -1...(range + 65) { #expect(lines.contains(line) == reference.contains(line)) }
    }
}
