import GeoModel
import GeoTestSupport
import Testing

@testable import GeoAnalysis

/// A grouping's groups are carved out of every area's inputs by filtering their value orders;
/// they must aggregate as inputs made from the same members and sorted anew.
@Suite("Group inputs carved out of every area's")
struct GroupSubsetTests {
    /// Members in code order with values from a small set (many ties, zeros of both signs),
    /// some without a value or a weight.
    static func members(_ count: Int, using random: inout SplitMix64) -> [GroupInputs.Member] {
        let values = [0.0, -0.0, 1, 2, 2.5, 7, 40]
        return (0..<count).map { index in
            let point = values.randomElement(using: &random) ?? 0
            let hasValue = Int.random(in: 0..<6, using: &random) > 0
            let hasWeight = Int.random(in: 0..<6, using: &random) > 0
            return GroupInputs.Member(
                area: Self.code(index),
                value: hasValue ? Estimate(point: point, low: point / 2, high: point * 2) : nil,
                weight: hasWeight ? Double(Int.random(in: 1...9, using: &random)) : nil,
                base: Double(Int.random(in: 1...9, using: &random)), atBandMidpoint: false)
        }
    }

    /// The index-th code of AAA, AAB, …, in code order.
    static func code(_ index: Int) -> AreaCode {
        let letters = [index / 676, index / 26 % 26, index % 26].map { Character(Unicode.Scalar(UInt8(65 + $0))) }
        guard let code = AreaCode(String(letters)) else { preconditionFailure("three capitals are a code") }
        return code
    }

    @Test("aggregates as inputs made from the kept members", arguments: [1, 2, 3])
    func matchesMadeAnew(seed: UInt64) {
        var random = SplitMix64(state: seed)
        for _ in 0..<200 {
            let members = Self.members(Int.random(in: 0..<40, using: &random), using: &random)
            let everyone = GroupInputs(members: members)
            let keep = members.map { _ in Bool.random(using: &random) }
            let carved = everyone.subset(keep)
            let made = GroupInputs(members: zip(members, keep).filter(\.1).map(\.0))
            #expect(carved.members.map(\.area) == made.members.map(\.area))
            #expect(Set(members.map(\.area)).count == members.count)
            // The whole group and the group with some members left out.
            for mask in [made.members.map { _ in false }, made.members.map { _ in Bool.random(using: &random) }] {
                let (a, b) = (carved.median(leavingOut: mask), made.median(leavingOut: mask))
                #expect(a.map(Self.bits) == b.map(Self.bits))
                #expect(Self.bits(carved.tally(leavingOut: mask)) == Self.bits(made.tally(leavingOut: mask)))
            }
        }
    }

    @Test("a tally resumed from a prefix is a pass from the first member, to the bit", arguments: [4, 5])
    func resumedTally(seed: UInt64) {
        var random = SplitMix64(state: seed)
        for _ in 0..<300 {
            // Values with many significant digits, so that adding in another order changes bits.
            let members = Self.members(Int.random(in: 0..<60, using: &random), using: &random).map { member in
                let scale = Double.random(in: 0.1...3, using: &random)
                return GroupInputs.Member(
                    area: member.area,
                    value: member.value.map { Estimate(point: $0.point * scale, low: $0.low, high: $0.high * scale) },
                    weight: member.weight.map { $0 * Double.random(in: 0.3...1.7, using: &random) },
                    base: member.base.map { $0 / 3 }, atBandMidpoint: false)
            }
            let group = GroupInputs(members: members)
            let base = members.map { _ in Int.random(in: 0..<5, using: &random) == 0 }
            let prefix = group.prefixTallies(leavingOut: base)
            #expect(prefix.count == members.count + 1)
            var more = base
            var first = members.count
            for _ in 0..<Int.random(in: 0...3, using: &random) where !members.isEmpty {
                let position = Int.random(in: 0..<members.count, using: &random)
                more[position] = true
                first = min(first, position)
            }
            // The reference: the definition, summed member by member in code order.
            var expected = GroupInputs.Tally()
            for (member, isLeftOut) in zip(members, more) where !isLeftOut {
                expected.kept += 1
                if let base = member.base { expected.totalBase += base }
                guard let value = member.value else { continue }
                guard let weight = member.weight else {
                    expected.unweighted += 1
                    continue
                }
                expected.weighted += 1
                expected.weight += weight
                expected.weightedPoint += weight * value.point
                expected.weightedLow += weight * value.low
                expected.weightedHigh += weight * value.high
                if let base = member.base { expected.coveredBase += base }
            }
            #expect(Self.bits(group.tally(leavingOut: more, resuming: prefix[first], at: first)) == Self.bits(expected))
            #expect(Self.bits(group.tally(leavingOut: more)) == Self.bits(expected))
        }
    }

    static func bits(_ estimate: Estimate) -> [UInt64] {
        [estimate.point.bitPattern, estimate.low.bitPattern, estimate.high.bitPattern]
    }

    static func bits(_ tally: GroupInputs.Tally) -> [UInt64] {
        [UInt64(tally.kept), UInt64(tally.weighted), UInt64(tally.unweighted)]
            + [
                tally.totalBase, tally.coveredBase, tally.weight, tally.weightedPoint, tally.weightedLow,
                tally.weightedHigh,
            ]
            .map(\.bitPattern)
    }
}
