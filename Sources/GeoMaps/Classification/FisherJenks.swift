/// Fisher's exact optimal partition of sorted values into classes (the "Jenks natural breaks").
///
/// Dynamic programming over the *distinct* values, weighted by how often each occurs, so that
/// equal values always share a class. The cost of a class is the sum of squared deviations from
/// its mean; the partition with the least total cost wins. Ties between partitions of equal cost
/// go to the one whose last break comes first, which makes the result deterministic.
enum FisherJenks {
    /// Class bounds `[min, upper₁, …, upper_k]` for sorted finite values.
    ///
    /// - Complexity: O(k·d·log d) for `d` distinct values.
    static func bounds(_ sorted: [Double], classCount: Int) -> [Double] {
        guard let low = sorted.first else { return [] }
        var distinct: [Double] = []
        var weights: [Double] = []
        for value in sorted {
            if value == distinct.last {
                weights[weights.count - 1] += 1
            } else {
                distinct.append(value)
                weights.append(1)
            }
        }
        let groups = partition(distinct, weights: weights, classCount: min(classCount, distinct.count))
        return [low] + groups.map { distinct[$0.upperBound - 1] }
    }

    /// The optimal partition of `values` into `classCount` contiguous non-empty ranges.
    static func partition(_ values: [Double], weights: [Double], classCount: Int) -> [Range<Int>] {
        let n = values.count
        guard n > 0, classCount > 0 else { return [] }
        // Prefix sums of weight, weight·value and weight·value² (values centred for precision),
        // for O(1) class costs.
        let centre = (values[0] + values[n - 1]) / 2
        var w = [0.0]
        var s = [0.0]
        var s2 = [0.0]
        for index in 0..<n {
            let value = values[index] - centre
            w.append(w[index] + weights[index])
            s.append(s[index] + weights[index] * value)
            s2.append(s2[index] + weights[index] * value * value)
        }
        func cost(_ from: Int, _ to: Int) -> Double {
            let weight = w[to] - w[from]
            let sum = s[to] - s[from]
            return max(0, (s2[to] - s2[from]) - sum * sum / weight)
        }
        // best[k][j]: least cost of the first j values in k classes; start[k][j]: where the last class begins.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: classCount + 1)
        var start = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: classCount + 1)
        best[0][0] = 0
        // The sum of squared deviations satisfies the quadrangle inequality, so the best start of
        // the last class never moves left as j grows: each row is filled by divide and conquer,
        // searching only between the best starts of its neighbours (O(n log n) per class
        // instead of O(n²)), with the same first-best tie rule as the plain scan.
        for k in 1...classCount {
            var pending: [(low: Int, high: Int, optLow: Int, optHigh: Int)] = [(k, n, k - 1, n - 1)]
            while let (low, high, optLow, optHigh) = pending.popLast() {
                guard low <= high else { continue }
                let j = (low + high) / 2
                var bestStart = optLow
                for i in optLow...min(optHigh, j - 1) where best[k - 1][i].isFinite {
                    let candidate = best[k - 1][i] + cost(i, j)
                    if candidate < best[k][j] - 1e-12 * max(1, abs(candidate)) {
                        best[k][j] = candidate
                        start[k][j] = i
                        bestStart = i
                    }
                }
                pending.append((low, j - 1, optLow, bestStart))
                pending.append((j + 1, high, bestStart, optHigh))
            }
        }
        var ranges: [Range<Int>] = []
        var end = n
        for k in stride(from: classCount, through: 1, by: -1) {
            let begin = start[k][end]
            ranges.append(begin..<end)
            end = begin
        }
        return ranges.reversed()
    }
}
