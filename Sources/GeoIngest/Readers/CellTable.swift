import Foundation

/// Values looked up by a cell's bytes, without making a `String` of the cell.
///
/// The usual row of a long table names its economy in a cell that an earlier row already named
/// (a file ordered by period names every economy once per period and metric): a million rows
/// looked each name up in a `[String: AreaCode]`, building the string and hashing it with the
/// standard library's SipHash, about 400 instructions a row. Here the bytes are hashed with
/// FNV-1a (a multiply and an exclusive-or per byte) into an open-addressing table, and a hit is
/// confirmed by comparing the bytes.
///
/// FNV-1a has no secret seed, so a file could be made of names that collide. A lookup therefore
/// looks at no more than ``maximumProbes`` slots, and a key that finds no free one among them is
/// not stored: such a file's names miss here and take the caller's slower, seeded path, and no
/// input makes a lookup cost more than a few comparisons.
struct CellTable<Value> {
    /// The most slots a lookup or an insertion looks at.
    static var maximumProbes: Int { 16 }

    private struct Entry {
        let start: Int
        let count: Int
        let hash: UInt64
        let value: Value
    }

    /// Each entry's index in `entries`, or -1, at the slot its hash (then linear probing) picks;
    /// a power of two long, at most a quarter full.
    private var slots = [Int32](repeating: -1, count: 16)
    private var entries: [Entry] = []
    /// The bytes of every key, one after another.
    private var keys: [UInt8] = []

    /// The value stored for exactly the bytes of `cell`, or `nil`.
    func value(of cell: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(cell)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.maximumProbes {
            guard slots[slot] >= 0 else { return nil }
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, same(entry, cell) { return entry.value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` for the bytes of `cell`, which the table does not hold yet.
    ///
    /// When the ``maximumProbes`` slots it would go in are taken, the table grows until they are
    /// not, but to no more than 64 slots per key; past that the cell is not stored and lookups
    /// of it keep missing (names made to collide).
    mutating func insert(_ cell: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if (entries.count + 1) * 4 > slots.count { grow() }
        let hash = Self.hash(cell)
        var free = freeSlot(for: hash)
        while free == nil, slots.count < 64 * (entries.count + 1) {
            grow()
            free = freeSlot(for: hash)
        }
        guard let slot = free else { return }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(start: keys.count, count: cell.count, hash: hash, value: value))
        keys.append(contentsOf: cell)
    }

    /// How many keys are stored.
    var count: Int { entries.count }

    /// Doubles the slots and places the entries again, dropping any that find no free slot.
    private mutating func grow() {
        let kept = entries
        slots = [Int32](repeating: -1, count: slots.count * 2)
        entries = []
        entries.reserveCapacity(kept.count)
        for entry in kept {
            guard let slot = freeSlot(for: entry.hash) else { continue }
            slots[slot] = Int32(entries.count)
            entries.append(entry)
        }
    }

    /// The first free slot of the ``maximumProbes`` from where `hash` points, or `nil`.
    private func freeSlot(for hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.maximumProbes {
            if slots[slot] < 0 { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether `entry`'s key is exactly the bytes of `cell`.
    private func same(_ entry: Entry, _ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entry.count == cell.count else { return false }
        guard let other = cell.baseAddress, entry.count > 0 else { return true }
        return keys.withUnsafeBufferPointer { keys in
            keys.baseAddress.map { memcmp($0 + entry.start, other, entry.count) == 0 } ?? false
        }
    }

    /// FNV-1a, 64 bits; the high bits folded down, since the slot is taken from the low ones.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ (hash >> 32)
    }
}
