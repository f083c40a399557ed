extension String {
    /// The text cut to at most `limit` characters, ending in "…" when cut.
    ///
    /// ```swift
    /// "Atlantis".excerpt(limit: 4)   // "Atl…"
    /// ```
    public func excerpt(limit: Int) -> String {
        guard limit > 1, utf8.count > limit else { return self }
        var count = 0
        var end = startIndex
        for index in indices {
            if count == limit - 1 { break }
            count += 1
            end = self.index(after: index)
        }
        return end == endIndex ? self : String(self[..<end]) + "…"
    }
}
