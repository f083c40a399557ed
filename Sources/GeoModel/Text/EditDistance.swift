/// Levenshtein edit distance, for "Did you mean …?" suggestions.
///
/// ```swift
/// EditDistance.between("sources", "soruces", limit: 3)  // 2
/// ```
public enum EditDistance {
    /// The number of single-character edits turning `a` into `b`, or `limit + 1` once it exceeds `limit`.
    ///
    /// - Complexity: O(|a|·|b|), stopping early once every cell of a row exceeds `limit`.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        if abs(left.count - right.count) > limit { return limit + 1 }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// The candidates within a small distance of `word`, closest first (ties alphabetical), at most `count`.
    public static func suggestions(for word: String, among candidates: some Sequence<String>, count: Int = 3)
        -> [String]
    {
        guard word.count <= 80 else { return [] }
        let limit = max(2, word.count / 3)
        return candidates.compactMap { candidate -> (String, Int)? in
            let distance = between(word.lowercased(), candidate.lowercased(), limit: limit)
            return distance <= limit ? (candidate, distance) : nil
        }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        .prefix(count).map(\.0)
    }
}
