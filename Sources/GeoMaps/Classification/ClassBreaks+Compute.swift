import Foundation

extension ClassBreaks {
    /// Computes class breaks from a pooled list of values.
    ///
    /// NaN and infinite values are ignored, and class counts are limited to 1…12. Methods never
    /// produce duplicate breaks: with fewer
    /// distinct values than classes, quantiles and Fisher–Jenks give one class per distinct value;
    /// ties are never split between classes. Equal intervals keep empty classes (each still has
    /// its own range); manual and diverging classes are as specified.
    ///
    /// ```swift
    /// ClassBreaks.compute(.quantiles(4), values: [1, 1, 1, 1, 2, 3]).bounds   // [1, 1, 2, 3]
    /// ```
    ///
    /// - Parameters:
    ///   - classification: The method and the number of classes.
    ///   - values: Every value the breaks must serve (pool all maps that are compared).
    /// - Returns: The breaks; no classes when `values` is empty (except manual and diverging).
    /// - Complexity: O(k·d²) for Fisher–Jenks with `d` distinct values, O(n log n) otherwise.
    public static func compute(_ classification: Classification, values: [Double]) -> ClassBreaks {
        let sorted = values.filter(\.isFinite).sorted()
        func limited(_ count: Int) -> Int { min(max(count, 1), 12) }
        switch classification {
        case .quantiles(let count):
            return ClassBreaks(classification: classification, bounds: quantileBounds(sorted, count: limited(count)))
        case .equalIntervals(let count):
            return ClassBreaks(
                classification: classification, bounds: equalIntervalBounds(sorted, count: limited(count)))
        case .fisherJenks(let count):
            return ClassBreaks(
                classification: classification, bounds: FisherJenks.bounds(sorted, classCount: limited(count)))
        case .manual(let thresholds):
            let cuts = Array(Array(Set(thresholds.filter(\.isFinite))).sorted().prefix(11))
            guard let firstCut = cuts.first, let lastCut = cuts.last else {
                return ClassBreaks(classification: classification, bounds: [])
            }
            let low = min(sorted.first ?? firstCut, firstCut)
            let high = max(sorted.last ?? lastCut, lastCut)
            return ClassBreaks(classification: classification, bounds: [low] + cuts + [high], isOpenEnded: true)
        case .diverging(let pivot, let count):
            return divergingBreaks(
                sorted, pivot: pivot.isFinite ? pivot : 0, count: limited(count), classification: classification)
        case .categories:
            return ClassBreaks(classification: classification, bounds: [])
        case .rounded(.rounded(let base)):
            return compute(.rounded(base), values: values)
        case .rounded(let base):
            let computed = compute(base, values: values)
            return ClassBreaks(
                classification: classification, bounds: NiceBreaks.round(bounds: computed.bounds, sortedValues: sorted),
                isOpenEnded: true, includesLowerBound: true)
        }
    }

    /// Upper bounds at ranks `ceil(i·n/k)`, deduplicated so that no class is empty.
    private static func quantileBounds(_ sorted: [Double], count: Int) -> [Double] {
        guard let low = sorted.first, let high = sorted.last else { return [] }
        var uppers: [Double] = []
        for index in 1...count {
            let rank = Int((Double(index) * Double(sorted.count) / Double(count)).rounded(.up)) - 1
            let upper = index == count ? high : sorted[min(max(rank, 0), sorted.count - 1)]
            if upper > (uppers.last ?? -.infinity) { uppers.append(upper) }
        }
        return [low] + uppers
    }

    private static func equalIntervalBounds(_ sorted: [Double], count: Int) -> [Double] {
        guard let low = sorted.first, let high = sorted.last else { return [] }
        guard high > low else { return [low, high] }
        let width = (high - low) / Double(count)
        return (0...count).map { $0 == count ? high : low + Double($0) * width }
    }

    /// Classes of one rounded width ("nice" step 1, 2, 2.5 or 5 × 10ⁿ) on each side of the
    /// pivot, only as far as the values reach: a side without values gets no class, so a map
    /// where everything rose shows no empty "fell" classes, and the pivot is always a bound.
    private static func divergingBreaks(
        _ sorted: [Double], pivot: Double, count: Int, classification: Classification
    ) -> ClassBreaks {
        let below = sorted.filter { $0 < pivot }.map { pivot - $0 }.max() ?? 0
        let above = sorted.filter { $0 > pivot }.map { $0 - pivot }.max() ?? 0
        let reach = max(below, above)
        let step = niceStep(reach > 0 ? reach / Double(count) : 1)
        func classes(_ extent: Double) -> Int {
            extent > 0 ? min(count, max(1, Int((extent / step - 1e-9).rounded(.up)))) : 0
        }
        let negative = classes(below)
        let positive = reach > 0 ? classes(above) : 1
        let bounds = (-negative...positive).map { pivot + Double($0) * step }
        return ClassBreaks(classification: classification, bounds: bounds, pivot: pivot)
    }

    /// The smallest of 1, 2, 2.5, 5, 10 × 10ⁿ that is at least `value`.
    static func niceStep(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= value * (1 - 1e-12) {
            return factor * magnitude
        }
        return 10 * magnitude
    }
}
