import GeoTestSupport
import Testing

@testable import GeoIngest

struct CellTableTests {
    private static func lookUp(_ table: CellTable<Int>, _ key: String) -> Int? {
        Array(key.utf8).withUnsafeBufferPointer { table.value(of: $0) }
    }

    private static func insert(_ table: inout CellTable<Int>, _ key: String, _ value: Int) {
        Array(key.utf8).withUnsafeBufferPointer { table.insert($0, value) }
    }

    @Test(
        "every stored cell is found by its bytes, and only by them",
        arguments: [
            (["Afghanistan", "Aruba", "Angola"], ["afghanistan", "Aruba ", "Arub", "", "Chad"]),
            (["", "a", "ab", "ba"], ["b", "aa", "abc"]),
            (["Côte d’Ivoire", "Türkiye", "Åland Islands"], ["Cote d'Ivoire", "Turkiye"]),
        ])
    func handPicked(stored: [String], absent: [String]) {
        var table = CellTable<Int>()
        for (index, key) in stored.enumerated() { Self.insert(&table, key, index) }
        for (index, key) in stored.enumerated() { #expect(Self.lookUp(table, key) == index, "\(key)") }
        for key in absent { #expect(Self.lookUp(table, key) == nil, "\(key)") }
    }

    @Test("thousands of generated names, grown through many sizes, agree with a dictionary")
    func againstDictionary() {
        var generator = SplitMix64(state: 14)
        let letters = Array("abcdefghijklmnopqrstuvwxyz ABC'-".utf8)
        var reference: [String: Int] = [:]
        var table = CellTable<Int>()
        for index in 0..<5_000 {
            let length = Int.random(in: 1...24, using: &generator)
            let name = String(
                decoding: (0..<length).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            if reference[name] != nil { continue }
            reference[name] = index
            Self.insert(&table, name, index)
        }
        // Random names do not fill a window of slots: the table grows instead, and keeps them all.
        #expect(table.count == reference.count)
        for (name, index) in reference { #expect(Self.lookUp(table, name) == index) }
        for index in 0..<500 { #expect(Self.lookUp(table, "absent \(index)") == nil) }
    }

    /// FNV-1a, 64 bits, folded as the table folds it, worked out here from its published constants.
    private static func foldedFNV1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return hash ^ (hash >> 32)
    }

    @Test("names that all start at one slot are stored only up to the probe limit, and never found wrongly")
    func collidingNames() {
        // Names whose folded hash agrees in the low 12 bits: the same first slot in a table of up
        // to 4,096 slots, as a file made to slow the table down would hold.
        var generator = SplitMix64(state: 7)
        var colliding: [String] = []
        var candidate = 0
        while colliding.count < 40 {
            candidate += 1
            let name = "name \(candidate) \(generator.next() % 1_000)"
            if Self.foldedFNV1a(name) & 0xFFF == 0x5A5 { colliding.append(name) }
        }
        var table = CellTable<Int>()
        for (index, name) in colliding.enumerated() { Self.insert(&table, name, index) }
        #expect(table.count == CellTable<Int>.maximumProbes)
        var found = 0
        for (index, name) in colliding.enumerated() {
            guard let value = Self.lookUp(table, name) else { continue }
            #expect(value == index)
            found += 1
        }
        #expect(found == CellTable<Int>.maximumProbes)
    }
}
