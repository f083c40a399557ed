/// The order of a file's observations by key (period, metric, then area code numbers), equal
/// keys by position: what finds a file's repeated keys (they become neighbours) and the order the
/// store inserts its rows in.
///
/// Keys already in that order, as in a file written period by period and metric by metric with
/// its areas in the same order in each block (the usual export), are recognised in one pass and
/// cost no sort; others are sorted by three counting sorts (``Swift/Array/stablySorted(ranks:by:)``).
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
        var sorted = true
        for position in 0..<count {
            let current = key(position)
            if let previous, current < previous {
                sorted = false
                break
            }
            previous = current
        }
        if sorted { return positions }
        return
            positions
            .stablySorted(ranks: codes) { key(Int($0)).code }
            .stablySorted(ranks: metrics) { key(Int($0)).metric }
            .stablySorted(ranks: periods) { key(Int($0)).period }
    }
}
