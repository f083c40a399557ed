import GeoModel
import Yams

/// A limit on how far YAML aliases (`*name`) may expand a pipeline file.
///
/// An alias repeats its anchor's node, so a small file can stand for a huge document (a 100 KB
/// string anchored once and repeated 500 times is a 50 MB report). The parsed tree is walked as
/// if every alias were written out, counting bytes, and refused as soon as it grows past
/// ``limit(forTextOf:)``; the walk stops there, so even nested aliases that would expand to
/// gigabytes cost no more than the limit.
struct AliasBudget {
    /// The expanded size a file of `bytes` bytes may reach: ten times its size plus 1 MB.
    static func limit(forTextOf bytes: Int) -> Int { bytes * 10 + 1_000_000 }

    private var remaining: Int

    /// Checks `root`, parsed from `text`.
    ///
    /// - Throws: ``GeoError`` `.dataError` at the first use of the alias that crossed the limit.
    static func check(_ root: Node, text: String, path: String) throws(GeoError) {
        let limit = limit(forTextOf: text.utf8.count)
        var budget = AliasBudget(remaining: limit)
        guard let culprit = budget.exceeded(root) else { return }
        // Yams gives an alias's copy the mark of the anchored node, which starts with `&name`.
        let anchor = culprit.mark.flatMap { anchorName(at: $0.line, $0.column, in: text) }
        let location = anchor.flatMap { firstUse(of: $0, in: text, path: path) } ?? SourceLocation(path: path)
        throw GeoError(
            .dataError,
            "YAML aliases\(anchor.map { " (*\($0))" } ?? "") expand the pipeline past \(limit) bytes, "
                + "ten times its size plus 1 MB",
            at: location,
            hint:
                "Write the value out where it is needed, or repeat it fewer times; aliases are for small repeated settings."
        )
    }

    /// Counts `node` as written out; returns the node being counted when the budget runs out.
    private mutating func exceeded(_ node: Node) -> Node? {
        remaining -= 8
        switch node {
        case .scalar(let scalar): remaining -= scalar.string.utf8.count
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = exceeded(key) ?? exceeded(value) { return found }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let found = exceeded(item) { return found }
            }
        case .alias: break
        }
        return remaining < 0 ? node : nil
    }

    /// The name of the anchor (`&name`) written at a 1-based line and column, if any.
    private static func anchorName(at line: Int, _ column: Int, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let rest = lines[line - 1].dropFirst(max(column - 1, 0))
        guard rest.first == "&" else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && !",[]{}".contains($0) }
        return name.isEmpty ? nil : String(name)
    }

    /// Where `*anchor` is first written in `text`.
    private static func firstUse(of anchor: String, in text: String, path: String) -> SourceLocation? {
        guard let range = text.range(of: "*" + anchor) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column =
            before.distance(
                from: before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex, to: before.endIndex)
            + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
