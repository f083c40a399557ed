import Foundation
public import GeoModel

extension Aggregator {
    /// The largest set of exclusions the decisive-set search tries.
    public static let decisiveSearchLimit = 3

    /// Which economies decide a claim's verdict under one estimator against one baseline.
    ///
    /// - Leave-one-out: each economy with data on either side is left out in turn (on top of
    ///   the estimator's own exclusions); those that move the best estimate most (by factor,
    ///   so 0.33× → 0.66× and 2× → 4× weigh alike) are kept, at most three, ties by code; an
    ///   economy whose removal leaves a side without a value is not counted as an influence.
    /// - Smallest exclusion set: greedily, the economy whose removal takes the best estimate
    ///   closest to (or across) a bound is left out, up to ``decisiveSearchLimit`` times; the set
    ///   is decisive once the best estimate moves below, within or above the bounds from where
    ///   it started. Greedy search can miss a smaller set; it never reports a set that does not work.
    ///
    /// - Returns: `nil` when the ratio has no best estimate.
    public func robustness(
        of ratio: Ratio, bounds: ClaimBounds, grouping: RegionGrouping, minimumCoverage: Double
    ) -> ClaimRobustness? {
        guard ratio.value?.point.value != nil,
            let sides = try? self.sides(
                metric: ratio.metric, period: ratio.period, grouping: grouping, region: ratio.region,
                versus: ratio.baseline)
        else { return nil }
        return robustness(of: ratio, bounds: bounds, sides: sides, minimumCoverage: minimumCoverage)
    }

    /// The search of the public overload over sides already looked up (each trial is then two
    /// passes over arrays).
    func robustness(of ratio: Ratio, bounds: ClaimBounds, sides: RatioSides, minimumCoverage: Double)
        -> ClaimRobustness?
    {
        guard let point = ratio.value?.point.value else { return nil }
        let start = Self.position(of: point, within: bounds)
        let candidates = Set(ratio.numerator.membersWithData + ratio.denominator.membersWithData).sorted()
        // Each trial leaves out a few more members than the estimator does (candidates by index).
        var numerator = TrialSide(sides.numerator, excluding: ratio.estimator.excluded, candidates: candidates)
        var denominator = TrialSide(sides.denominator, excluding: ratio.estimator.excluded, candidates: candidates)
        func estimate(_ side: inout TrialSide, without extra: [Int]) -> Estimate? {
            side.leaveOut(extra)
            defer { side.restore(extra) }
            return self.estimate(
                of: side.group, kind: ratio.estimator.kind, leavingOut: side.mask, tally: side.tally(),
                metric: sides.metric, period: ratio.period, minimumCoverage: minimumCoverage)
        }
        func pointWithout(_ extra: [Int]) -> Double? {
            guard let top = estimate(&numerator, without: extra), let bottom = estimate(&denominator, without: extra),
                case .success(let value) = RatioEstimate.dividing(top, by: bottom)
            else { return nil }
            return value.point.value
        }
        // The ratio without each candidate alone: the influences, and the greedy search's first round.
        let alone = candidates.indices.map { pointWithout([$0]) }
        var moves: [(influence: ClaimRobustness.Influence, move: Double)] = []
        for (index, iso3) in candidates.enumerated() {
            // Leaving out a side's only economy leaves no ratio to compare: not an influence.
            guard let without = alone[index] else { continue }
            let move = Self.logDistance(without, point)
            if move > 1e-9 { moves.append((ClaimRobustness.Influence(iso3: iso3, ratioWithout: without), move)) }
        }
        moves.sort { ($1.move, $0.influence.iso3) < ($0.move, $1.influence.iso3) }
        var chosen: [Int] = []
        var decisive: [AreaCode]?
        var after: Double?
        for _ in 0..<Self.decisiveSearchLimit {
            var best: (index: Int, distance: Double, ratio: Double)?
            for index in candidates.indices where !chosen.contains(index) {
                guard let value = chosen.isEmpty ? alone[index] : pointWithout(chosen + [index]) else { continue }
                let distance = Self.distanceToCrossing(value, from: start, bounds: bounds)
                if best == nil || distance < (best?.distance ?? .infinity) { best = (index, distance, value) }
            }
            guard let best else { break }
            chosen.append(best.index)
            if Self.position(of: best.ratio, within: bounds) != start {
                decisive = chosen.map { candidates[$0] }
                after = best.ratio
                break
            }
        }
        return ClaimRobustness(
            influential: moves.prefix(3).map(\.influence), decisiveSet: decisive, ratioWithoutDecisiveSet: after,
            searchLimit: Self.decisiveSearchLimit)
    }

    /// Below, within or above the bounds (a bound itself is within).
    public static func position(of value: Double, within bounds: ClaimBounds) -> ClaimPosition {
        if let low = bounds.low, value < low { return .below }
        if let high = bounds.high, value > high { return .above }
        return .within
    }

    /// How far (in log-ratio) a value still is from leaving `start`; zero or less once it has.
    static func distanceToCrossing(_ value: Double, from start: ClaimPosition, bounds: ClaimBounds) -> Double {
        let logValue = value > 0 ? log(value) : -Double.infinity
        switch start {
        case .within:
            let fromLow = bounds.low.map { logValue - log($0) } ?? .infinity
            let fromHigh = bounds.high.map { log($0) - logValue } ?? .infinity
            return min(fromLow, fromHigh)
        case .below:
            return bounds.low.map { log($0) - logValue } ?? .infinity
        case .above:
            return bounds.high.map { logValue - log($0) } ?? .infinity
        }
    }

    /// |log(a / b)|; infinite when either is not positive and they differ.
    static func logDistance(_ a: Double, _ b: Double) -> Double {
        if a == b { return 0 }
        guard a > 0, b > 0 else { return .infinity }
        return abs(log(a / b))
    }
}

/// One side of a ratio under the robustness search's trials: the estimator's exclusions, the
/// tallies of its prefixes under them, and where each candidate sits in the group.
///
/// A trial marks its extra exclusions in the mask, tallies from the prefix before the first of
/// them (the same sums in the same order as a full pass), and unmarks them again: no mask copy
/// and no lookup by code per trial.
private struct TrialSide {
    /// The side's members.
    let group: GroupInputs
    /// The estimator's exclusions, with the current trial's marked on top.
    private(set) var mask: [Bool]
    /// The estimator's exclusions alone.
    private let base: [Bool]
    /// ``GroupInputs/prefixTallies(leavingOut:)`` under `base`.
    private let prefix: [GroupInputs.Tally]
    /// Each candidate's position in the group, or `nil` when it is not a member.
    private let positions: [Int?]
    /// The first position the current trial changes (the member count when none).
    private var first: Int

    init(_ group: GroupInputs, excluding excluded: [AreaCode], candidates: [AreaCode]) {
        self.group = group
        base = group.exclusionMask(excluded)
        mask = base
        prefix = group.prefixTallies(leavingOut: base)
        positions = candidates.map { group.position(of: $0) }
        first = group.members.count
    }

    /// Marks the candidates `extra` (indices) as left out.
    mutating func leaveOut(_ extra: [Int]) {
        first = group.members.count
        for candidate in extra {
            guard let position = positions[candidate] else { continue }
            mask[position] = true
            first = min(first, position)
        }
    }

    /// Puts back the estimator's exclusions where `extra` changed them.
    mutating func restore(_ extra: [Int]) {
        for candidate in extra {
            if let position = positions[candidate] { mask[position] = base[position] }
        }
        first = group.members.count
    }

    /// The tally under the current mask.
    func tally() -> GroupInputs.Tally {
        group.tally(leavingOut: mask, resuming: prefix[first], at: first)
    }
}
