import GeoModel
import Testing

@testable import GeoMaps

/// The topology's hash table behaves as a `Dictionary` would, through growth and collisions.
@Suite("The point table")
struct PointTableTests {
    static func key(_ x: Int64, _ y: Int64) -> TopologyBuilder.PointKey {
        TopologyBuilder.PointKey(GeoCoordinate(longitude: Double(x) / 1e7, latitude: Double(y) / 1e7))
    }

    @Test("stores, overwrites and finds what a Dictionary does", arguments: [1, 15, 1_000, 50_000])
    func matchesDictionary(count: Int) {
        var table = PointTable<Int>(capacity: 4)
        var dictionary: [TopologyBuilder.PointKey: Int] = [:]
        var state: UInt64 = 42
        for step in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            // Few distinct x and y values: many keys share a row or a column, and some repeat.
            let key = Self.key(Int64(state >> 58), Int64((state >> 20) % 997))
            table[key] = step
            dictionary[key] = step
        }
        #expect(table.count == dictionary.count)
        for (key, value) in dictionary { #expect(table[key] == value) }
        #expect(table[Self.key(-5, -5)] == nil)
    }

    @Test("inserts a new key's value, and changes a stored one in place")
    func update() {
        var table = PointTable<[Int]>(capacity: 1)
        let key = Self.key(1_800_000_000, -900_000_000)
        table.update(key, inserting: [1]) { $0.append(-1) }
        table.update(key, inserting: [-1]) { $0.append(2) }
        #expect(table[key] == [1, 2])
        #expect(table.count == 1)
        // Growth while updating keeps every key.
        for x in 0..<100 { table.update(Self.key(Int64(x), 7), inserting: [x]) { $0.append(-1) } }
        table.update(Self.key(42, 7), inserting: [-1]) { $0.append(43) }
        #expect(table.count == 101)
        #expect(table[Self.key(42, 7)] == [42, 43])
        #expect(table[key] == [1, 2])
    }
}
