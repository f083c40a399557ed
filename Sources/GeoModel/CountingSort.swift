extension Array {
    /// The elements stably sorted by `rank`, each rank below `ranks`: a counting sort, O(n + ranks)
    /// where a comparison sort is O(n log n).
    ///
    /// The one way the store and the reader sort a file's keys: passes from the least to the
    /// most significant field give the order of all fields, elements with equal fields keeping
    /// the order they came in (a million keys sorted by comparison took about 40 ms; three
    /// passes take a few).
    ///
    /// ```swift
    /// [3, 1, 2, 1].stablySorted(ranks: 4) { UInt32($0) }   // [1, 1, 2, 3]
    /// ```
    ///
    /// - Precondition: every rank is below `ranks`.
    @inlinable public func stablySorted(ranks: Int, by rank: (Element) -> UInt32) -> [Element] {
        var starts = [Int](repeating: 0, count: ranks + 1)
        for element in self { starts[Int(rank(element)) + 1] += 1 }
        for value in 0..<ranks { starts[value + 1] += starts[value] }
        guard let first else { return [] }
        var sorted = [Element](repeating: first, count: count)
        for element in self {
            let value = Int(rank(element))
            sorted[starts[value]] = element
            starts[value] += 1
        }
        return sorted
    }
}
