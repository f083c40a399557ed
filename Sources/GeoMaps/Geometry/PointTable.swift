/// A hash table keyed by ``TopologyBuilder/PointKey``, for the hundreds of thousands of
/// lookups a topology makes.
///
/// Open addressing with linear probing and a fixed multiplicative hash: a lookup is a few
/// integer operations, where `Dictionary` pays for a seeded SipHash per key (the top symbol of
/// a county map's profile). Iteration order is never used, so the hash's quality only affects
/// speed, never output.
struct PointTable<Value> {
    private var keys: [TopologyBuilder.PointKey?]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    /// Creates a table with room for `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    private static func slot(of key: TopologyBuilder.PointKey, mask: Int) -> Int {
        var hash = UInt64(bitPattern: key.x) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(bitPattern: key.y) &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 31
        return Int(truncatingIfNeeded: hash) & mask
    }

    private func position(of key: TopologyBuilder.PointKey) -> (index: Int, found: Bool) {
        var index = Self.slot(of: key, mask: mask)
        while let existing = keys[index] {
            if existing == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    /// The value stored under `key`; setting `nil` is not supported (nothing is ever removed).
    subscript(key: TopologyBuilder.PointKey) -> Value? {
        get {
            let (index, found) = position(of: key)
            return found ? values[index] : nil
        }
        set {
            guard let newValue else { preconditionFailure("PointTable never removes a key") }
            var (index, found) = position(of: key)
            if !found {
                if (count + 1) * 2 > keys.count {
                    grow()
                    index = position(of: key).index
                }
                keys[index] = key
                count += 1
            }
            values[index] = newValue
        }
    }

    private mutating func grow() {
        var larger = PointTable(capacity: keys.count)
        for (index, key) in keys.enumerated() {
            if let key, let value = values[index] { larger[key] = value }
        }
        self = larger
    }
}

extension PointTable {
    /// Stores `value` under `key` if the key is new, else changes the stored value in place: one
    /// probe, and an array value is appended to without a copy.
    mutating func update(_ key: TopologyBuilder.PointKey, inserting value: Value, _ change: (inout Value) -> Void) {
        if (count + 1) * 2 > keys.count { grow() }
        let (index, found) = position(of: key)
        if found, var stored = values[index] {
            // Taken out first, so an array's storage stays uniquely referenced while it changes.
            values[index] = nil
            change(&stored)
            values[index] = stored
        } else {
            keys[index] = key
            values[index] = value
            count += 1
        }
    }
}

extension PointTable: Sendable where Value: Sendable {}
