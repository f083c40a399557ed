/// A set of line numbers as a bit per line: the rows of a file that gave an observation.
///
/// A file's lines run from 1 to its line count, densely, so a bit each (125 KB for a million
/// lines) replaces a hash set of a million integers (16 MB and a hash per insert).
struct LineSet: Sendable {
    private var words: [UInt64] = []
    /// How many distinct lines are in the set.
    private(set) var count = 0

    /// Adds `line` (from 1; lines below 1 are ignored, as no row has one).
    mutating func insert(_ line: Int) {
        guard line >= 1 else { return }
        let (word, bit) = line.quotientAndRemainder(dividingBy: 64)
        if word >= words.count {
            words.append(contentsOf: repeatElement(0, count: max(word + 1 - words.count, words.count)))
        }
        let mask = UInt64(1) << UInt64(bit)
        if words[word] & mask == 0 {
            words[word] |= mask
            count += 1
        }
    }

    /// Adds every line of `other`.
    mutating func formUnion(_ other: LineSet) {
        if other.words.count > words.count {
            words.append(contentsOf: repeatElement(0, count: other.words.count - words.count))
        }
        for (index, word) in other.words.enumerated() where word != 0 {
            count += (word & ~words[index]).nonzeroBitCount
            words[index] |= word
        }
    }

    /// Whether `line` is in the set.
    func contains(_ line: Int) -> Bool {
        guard line >= 1 else { return false }
        let (word, bit) = line.quotientAndRemainder(dividingBy: 64)
        return word < words.count && words[word] & (UInt64(1) << UInt64(bit)) != 0
    }
}
