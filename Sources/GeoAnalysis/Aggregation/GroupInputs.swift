import GeoModel

/// One group's members with what an aggregate of one metric in one period needs from each of
/// them, looked up once.
///
/// An aggregate is a pass over these arrays with some members left out by position: no
/// dictionary lookup, no hashing and no sorting per call. That matters because a claim's
/// robustness search aggregates the same two groups under hundreds of different exclusions.
/// Members are in code order, and every sum runs in that order, so the floating-point results
/// do not depend on how the members were found.
struct GroupInputs: Sendable {
    /// One member's inputs.
    struct Member: Sendable {
        /// The member.
        let area: AreaCode
        /// Its value with its range (``Aggregator/datum(_:metric:period:)``), or `nil` for no data.
        let value: Estimate?
        /// Its weight under the metric's weight, or `nil` when unknown.
        let weight: Double?
        /// Its share of the coverage base, or `nil` when unknown.
        let base: Double?
        /// Whether its value is a band without a published point.
        let atBandMidpoint: Bool
    }

    /// The members, in code order.
    let members: [Member]
    /// The weighted members' positions and points, lows and highs, each in ascending order of
    /// the value: a median with some members left out is a walk along these, never a sort.
    private let byPoint: [(position: Int, value: Double)]
    private let byLow: [(position: Int, value: Double)]
    private let byHigh: [(position: Int, value: Double)]

    /// The inputs of the members `keep` selects by position, in the same order.
    ///
    /// The value orders are this group's, filtered: the same orders sorting the kept members
    /// would give (the sort is stable, and members tied on a value share it, so a median is the
    /// same either way), without sorting again. A grouping's groups and their rests of the world
    /// are carved out of every area this way.
    func subset(_ keep: [Bool]) -> GroupInputs {
        var newPosition = [Int](repeating: -1, count: members.count)
        var kept: [Member] = []
        kept.reserveCapacity(keep.count { $0 })
        for position in members.indices where keep[position] {
            newPosition[position] = kept.count
            kept.append(members[position])
        }
        func filtered(_ order: [(position: Int, value: Double)]) -> [(position: Int, value: Double)] {
            var result: [(position: Int, value: Double)] = []
            result.reserveCapacity(kept.count)
            for entry in order where keep[entry.position] { result.append((newPosition[entry.position], entry.value)) }
            return result
        }
        return GroupInputs(members: kept, byPoint: filtered(byPoint), byLow: filtered(byLow), byHigh: filtered(byHigh))
    }

    private init(
        members: [Member], byPoint: [(position: Int, value: Double)], byLow: [(position: Int, value: Double)],
        byHigh: [(position: Int, value: Double)]
    ) {
        self.members = members
        self.byPoint = byPoint
        self.byLow = byLow
        self.byHigh = byHigh
    }

    /// Creates the inputs from members in code order.
    init(members: [Member]) {
        self.members = members
        let weighted = members.enumerated().compactMap { position, member in
            member.weight == nil ? nil : member.value.map { (position, $0) }
        }
        func ordered(_ value: (Estimate) -> Double) -> [(position: Int, value: Double)] {
            weighted.map { ($0.0, value($0.1)) }.sorted { $0.value < $1.value }
        }
        byPoint = ordered(\.point)
        byLow = ordered(\.low)
        byHigh = ordered(\.high)
    }

    /// The position of a member, or `nil` when the area is not one.
    func position(of area: AreaCode) -> Int? {
        var low = 0
        var high = members.count
        while low < high {
            let middle = (low + high) / 2
            if members[middle].area < area { low = middle + 1 } else { high = middle }
        }
        return low < members.count && members[low].area == area ? low : nil
    }

    /// A mask of the members to leave out (`true` = left out); areas that are not members are ignored.
    func exclusionMask(_ excluded: [AreaCode]) -> [Bool] {
        var mask = [Bool](repeating: false, count: members.count)
        for area in excluded {
            if let position = position(of: area) { mask[position] = true }
        }
        return mask
    }

    /// Counts and sums over the members that are not left out.
    struct Tally: Sendable {
        /// Members kept.
        var kept = 0
        /// Kept members with a value and a weight.
        var weighted = 0
        /// Kept members with a value but no weight.
        var unweighted = 0
        /// Σ base over the kept members with a base.
        var totalBase = 0.0
        /// Σ base over those of them that are weighted.
        var coveredBase = 0.0
        /// Σ wᵢ over the weighted members.
        var weight = 0.0
        /// Σ wᵢ·vᵢ on the points, lows and highs.
        var weightedPoint = 0.0
        var weightedLow = 0.0
        var weightedHigh = 0.0

        /// The share of the base the weighted members hold, or `nil` when no kept member has a base.
        var coverage: Double? { totalBase > 0 ? coveredBase / totalBase : nil }

        /// Σ wᵢ·vᵢ / Σ wᵢ on the point, the lows and the highs; `nil` without weight.
        var mean: Estimate? {
            guard weight > 0 else { return nil }
            return Estimate(point: weightedPoint / weight, low: weightedLow / weight, high: weightedHigh / weight)
        }
    }

    /// The tally of the members not left out by `mask`, summed in code order.
    func tally(leavingOut mask: [Bool]) -> Tally {
        tally(leavingOut: mask, resuming: Tally(), at: 0)
    }

    /// The tally of the members not left out by `mask`, continued from `start`: `partial` must
    /// be the tally of the members before `start` (under `mask`, or any mask that agrees with it
    /// there). The sums add the same values in the same order as a pass from the first member,
    /// so the result is the same to the bit.
    func tally(leavingOut mask: [Bool], resuming partial: Tally, at start: Int) -> Tally {
        var tally = partial
        for position in start..<members.count where !mask[position] {
            add(members[position], to: &tally)
        }
        return tally
    }

    /// The tallies of the first 0, 1, …, `members.count` members not left out by `mask`: a
    /// search that leaves out more members resumes from the last one before its first change
    /// (``tally(leavingOut:resuming:at:)``) instead of summing the unchanged members again.
    func prefixTallies(leavingOut mask: [Bool]) -> [Tally] {
        var tallies: [Tally] = []
        tallies.reserveCapacity(members.count + 1)
        var tally = Tally()
        tallies.append(tally)
        for position in members.indices {
            if !mask[position] { add(members[position], to: &tally) }
            tallies.append(tally)
        }
        return tallies
    }

    /// Counts a kept member into a tally.
    @inline(__always)
    private func add(_ member: Member, to tally: inout Tally) {
        tally.kept += 1
        if let value = member.value, let weight = member.weight {
            tally.weighted += 1
            tally.weight += weight
            tally.weightedPoint += weight * value.point
            tally.weightedLow += weight * value.low
            tally.weightedHigh += weight * value.high
            if let base = member.base { tally.coveredBase += base }
        } else if member.value != nil {
            tally.unweighted += 1
        }
        if let base = member.base { tally.totalBase += base }
    }

    /// The median of the weighted members not left out, on the point, the lows and the highs
    /// (the mean of the two middle values for an even count); `nil` when there are none.
    func median(leavingOut mask: [Bool]) -> Estimate? {
        let count = byPoint.count { !mask[$0.position] }
        guard count > 0 else { return nil }
        func middle(_ order: [(position: Int, value: Double)]) -> Double {
            var seen = 0
            var below = 0.0
            for (position, current) in order where !mask[position] {
                if seen == count / 2 { return count % 2 == 1 ? current : (below + current) / 2 }
                below = current
                seen += 1
            }
            preconditionFailure("the middle of \(count) values is within them")
        }
        return Estimate(point: middle(byPoint), low: middle(byLow), high: middle(byHigh))
    }
}

extension Aggregator {
    /// Each group of a grouping and the rest of the world outside it, with the inputs of one
    /// metric in one period, carved out of one lookup of every area (`everyone`, which must hold
    /// the reference table's economies and the grouping's members).
    struct GroupingInputs {
        /// Each group's members.
        let groups: [String: GroupInputs]
        /// Each group's rest of the world (see ``Aggregator/restOfWorld(outside:in:)``).
        let outside: [String: GroupInputs]
    }

    /// Splits `everyone` by a grouping (membership is read once per area, not once per call).
    func inputs(of grouping: RegionGrouping, from everyone: GroupInputs) -> GroupingInputs {
        let regions = everyone.members.map { grouping.region(of: $0.area) }
        let inUniverse = zip(everyone.members, regions).map { member, region in
            region != nil || tables.economies[member.area] != nil
        }
        // Each member's group as its index in the grouping's list (-1 for none or another):
        // the masks below then compare integers, not names.
        var index: [String: Int] = [:]
        for (position, region) in grouping.regions.enumerated() { index[region] = position }
        let groupIndex = regions.map { region in region.flatMap { index[$0] } ?? -1 }
        var groups: [String: GroupInputs] = [:]
        var outside: [String: GroupInputs] = [:]
        for (position, region) in grouping.regions.enumerated() {
            groups[region] = everyone.subset(groupIndex.map { $0 == position })
            outside[region] = everyone.subset(zip(inUniverse, groupIndex).map { $0 && $1 != position })
        }
        return GroupingInputs(groups: groups, outside: outside)
    }
}
