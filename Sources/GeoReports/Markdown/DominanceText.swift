import GeoModel

/// Says when one economy carries more than half of a group's weight.
enum DominanceText {
    /// "China carries 19 % of the weight but 79 % of the weighted total; without it 5.3 % (3.0–7.6)",
    /// or `nil` when no economy carries more than half of either.
    static func clause(_ aggregate: RegionalAggregate, unit: Unit, reference: ReferenceTables) -> String? {
        guard let dominance = aggregate.dominance else { return nil }
        let name = MarkdownText.inline(PlaceName.inSentence(reference.name(of: dominance.iso3)))
        let weight = ValueText.percentage(dominance.weightShare)
        let total = ValueText.percentage(dominance.totalShare)
        let without = dominance.meanWithout.map { ValueText.estimate($0, unit: unit) } ?? "no value"
        let carries =
            dominance.weightShare > 0.5
            ? "\(name) carries \(weight) of the weight"
            : "\(name) carries \(weight) of the weight but \(total) of the weighted total"
        return "\(carries); without it \(without)"
    }
}
