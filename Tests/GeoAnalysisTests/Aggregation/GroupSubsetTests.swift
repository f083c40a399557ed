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
