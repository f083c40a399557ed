import Foundation

/// Rounds computed class breaks (Fisher–Jenks, quantiles, equal intervals) to numbers a reader
/// can hold in mind, moving as few values as possible into another class.
///
/// Every inner break becomes a multiple of one step from the ladder 1, 2, 2.5, 5 × 10ⁿ: the
/// coarsest step for which at most ``allowedMoves(valueCount:)`` values change class, each
/// break taking the multiple just below or just above it that moves fewer values. Rounded
/// classes include their lower bound, so a break of 20 puts 20.0 in the class above, as
/// "10–20", "20–30" is read. When the top class would hold fewer than three values, its
/// lower break goes down by steps until it holds three, unless that empties the class below,
/// in which case the two merge: one or two outliers do not get a colour of their own.
///
/// ```swift
/// // Jenks breaks 4.6 | 12.0 | 20.3 | 31.7 | 64.0 over the AI user share values
/// NiceBreaks.round(bounds: [4.6, 12.0, 20.3, 31.7, 64.0], sortedValues: values)
/// // [4.6, 10, 20, 30, 64.0]: "<10", "10–20", "20–30", "≥30"
/// ```
enum NiceBreaks {
    /// The factors of the step ladder within one power of ten.
    static let ladder: [Double] = [1, 2, 2.5, 5]

    /// The smallest top class that keeps its own colour.
    static let minimumTopClassSize = 3

    /// How many values rounding may move: 5 % of them (rounded up), at least two.
    ///
    /// Computed breaks are no truer than round ones, whose classes a reader can name; five
    /// in a hundred values changing colour is the price of breaks at 20, 40, 60 instead of
    /// 22.5, 40, 62.5.
    static func allowedMoves(valueCount: Int) -> Int {
        max(2, Int((Double(valueCount) * 0.05).rounded(.up)))
    }

    /// The rounded bounds: the outer two as given, the inner ones multiples of one nice step.
    ///
    /// - Parameters:
    ///   - bounds: Breaks computed with upper-inclusive classes (`bounds[i] < v ≤ bounds[i+1]`).
    ///   - sortedValues: The finite values the breaks were computed from, ascending.
    /// - Returns: Ascending bounds for lower-inclusive classes (`bounds[i] ≤ v < bounds[i+1]`,
    ///   the last class closed), with at least one value in every class; `bounds` unchanged
    ///   when it has no inner break.
    static func round(bounds: [Double], sortedValues: [Double]) -> [Double] {
        guard bounds.count > 2, let low = bounds.first, let high = bounds.last, high > low else { return bounds }
        let inner = Array(bounds.dropFirst().dropLast())
        let allowance = allowedMoves(valueCount: sortedValues.count)
        var chosen: (step: Double, cuts: [Double])?
        for step in steps(spanning: high - low) {
            guard let cuts = cuts(for: inner, step: step, values: sortedValues, low: low, high: high) else { continue }
            let moved = zip(inner, cuts).reduce(0) { $0 + moves(from: $1.0, to: $1.1, values: sortedValues) }
            if moved <= allowance {
                chosen = (step, cuts)
                break
            }
        }
        guard let chosen else { return bounds }
        return [low] + widenTopClass(chosen.cuts, step: chosen.step, values: sortedValues) + [high]
    }

    /// Candidate steps from coarse to fine: the ladder from the span's power of ten down to a
    /// thousandth of the span.
    static func steps(spanning span: Double) -> [Double] {
        let top = floor(log10(span))
        var result: [Double] = []
        for exponent in stride(from: top, through: top - 3, by: -1) {
            for factor in ladder.reversed() { result.append(factor * pow(10, exponent)) }
        }
        return result
    }

    /// Each inner break rounded down or up to a multiple of `step`, whichever moves fewer
    /// values (down on a tie); `nil` when the cuts would not stay strictly inside the range
    /// and ascending with a value in every class.
    private static func cuts(for inner: [Double], step: Double, values: [Double], low: Double, high: Double)
        -> [Double]?
    {
        var cuts: [Double] = []
        for cut in inner {
            let down = (cut / step).rounded(.down) * step
            let up = (cut / step).rounded(.up) * step
            let candidates = [down, up].map { clean($0, step: step) }.filter { $0 > low && $0 <= high }
            guard
                let best = candidates.min(by: {
                    moves(from: cut, to: $0, values: values) < moves(from: cut, to: $1, values: values)
                })
            else { return nil }
            cuts.append(best)
        }
        let edges = [low] + cuts + [high]
        for (index, (a, b)) in zip(edges, edges.dropFirst()).enumerated() {
            let isLast = index == edges.count - 2
            guard a < b, count(values, from: a, to: b, closed: isLast) > 0 else { return nil }
        }
        return cuts
    }

    /// Lowers the last cut until the top class holds ``minimumTopClassSize`` values, or drops it.
    private static func widenTopClass(_ cuts: [Double], step: Double, values: [Double]) -> [Double] {
        guard var last = cuts.last, values.count >= 2 * minimumTopClassSize else { return cuts }
        let floor = cuts.dropLast().last ?? -.infinity
        while values.count - lowerIndex(values, last) < minimumTopClassSize {
            let lowered = clean(last - step, step: step)
            guard lowered > floor, count(values, from: floor, to: lowered, closed: false) > 0 || floor == -.infinity
            else { return Array(cuts.dropLast()) }
            last = lowered
        }
        return Array(cuts.dropLast()) + [last]
    }

    /// Values that change side when an upper-inclusive break `from` becomes a lower-inclusive `to`.
    static func moves(from: Double, to: Double, values: [Double]) -> Int {
        // Above before: v > from. Above after: v ≥ to.
        let aboveBefore = values.count - upperIndex(values, from)
        let aboveAfter = values.count - lowerIndex(values, to)
        let both = values.count - max(upperIndex(values, from), lowerIndex(values, to))
        return (aboveBefore - both) + (aboveAfter - both)
    }

    /// Values in `from ≤ v < to` (or `≤ to` when `closed`).
    private static func count(_ values: [Double], from: Double, to: Double, closed: Bool) -> Int {
        (closed ? upperIndex(values, to) : lowerIndex(values, to)) - lowerIndex(values, from)
    }

    /// The index of the first value `≥ x`.
    private static func lowerIndex(_ values: [Double], _ x: Double) -> Int {
        var range = 0..<values.count
        while !range.isEmpty {
            let middle = range.lowerBound + range.count / 2
            if values[middle] < x { range = (middle + 1)..<range.upperBound } else { range = range.lowerBound..<middle }
        }
        return range.lowerBound
    }

    /// The index of the first value `> x`.
    private static func upperIndex(_ values: [Double], _ x: Double) -> Int {
        var range = 0..<values.count
        while !range.isEmpty {
            let middle = range.lowerBound + range.count / 2
            if values[middle] <= x {
                range = (middle + 1)..<range.upperBound
            } else {
                range = range.lowerBound..<middle
            }
        }
        return range.lowerBound
    }

    /// A multiple of `step` without binary noise (0.1 × 3 → 0.3, not 0.30000000000000004).
    private static func clean(_ value: Double, step: Double) -> Double {
        let decimals = max(0, -Int(floor(log10(step))) + 1)
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }
}
