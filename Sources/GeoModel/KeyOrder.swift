/// The order of a file's observations by key (period, metric, then area code numbers), equal
/// keys by position: what finds a file's repeated keys (they become neighbours) and the order the
/// store inserts its rows in.
///
/// Keys already in that order, as in a file written period by period and metric by metric with
/// its areas in the same order in each block (the usual export), are recognised in one pass and
/// cost no sort; others are sorted by three counting sorts (``Swift/Array/stablySorted(ranks:by:)``),
/// or by comparison when the numbers run far past the count.
public enum KeyOrder {
    /// The positions `0..<count`, ordered by `key` and then by position.
    ///
    /// - Parameters:
    ///   - count: How many keys there are.
    ///   - periods: One more than the largest period number.
    ///   - metrics: One more than the largest metric number.
    ///   - codes: One more than the largest area code number.
    ///   - key: The key at a position.
    @inlinable public static func positions(
        count: Int, periods: Int, metrics: Int, codes: Int, key: (Int) -> ObservationList.Key
    ) -> [Int32] {
        let positions = (0..<Int32(count)).map { $0 }
        var previous: ObservationList.Key?
        var inOrder = true
        for position in 0..<count {
            let current = key(position)
            if let previous, current < previous {
                inOrder = false
                break
            }
            previous = current
        }
        if inOrder { return positions }
        // Numbers far beyond the count (a store's ids after many other files) would make the
        // counting sort's tables larger than the keys: compare instead.
        guard max(periods, metrics, codes) <= Swift.max(count, 1 << 16) * 4 else {
            return positions.sorted { (key(Int($0)), $0) < (key(Int($1)), $1) }
        }
        return
            positions
            .stablySorted(ranks: codes) { key(Int($0)).code }
            .stablySorted(ranks: metrics) { key(Int($0)).metric }
            .stablySorted(ranks: periods) { key(Int($0)).period }
    }
}
