import Foundation
import GeoModel

/// How values are grouped into the colour classes of a choropleth.
///
/// ```swift
/// Classification(spec: "jenks:5")          // .fisherJenks(5)
/// Classification(spec: "manual:5,10,15")   // .manual([5, 10, 15])
/// Classification(spec: "diverging:0:3")    // .diverging(pivot: 0, classesEachSide: 3)
/// Classification(spec: "jenks:5:nice")     // .rounded(.fisherJenks(5))
/// ```
public indirect enum Classification: Sendable, Hashable, CustomStringConvertible {
    /// Classes with (about) the same number of values each.
    case quantiles(Int)
    /// Classes of equal width between the smallest and the largest value.
    case equalIntervals(Int)
    /// Fisher's exact optimal classes ("Jenks natural breaks"): least squared deviation within classes.
    case fisherJenks(Int)
    /// Classes split at the given thresholds: `[5, 10]` gives ≤5, 5–10 and >10.
    case manual([Double])
    /// Classes of equal, rounded width on both sides of a pivot (0 for change maps).
    case diverging(pivot: Double, classesEachSide: Int)
    /// Another method's breaks rounded to multiples of 1, 2, 2.5 or 5 × 10ⁿ, moving few values
    /// (see ``NiceBreaks``); classes then include their lower bound ("10–20" holds 10, not 20).
    case rounded(Classification)
    /// No numeric classes: economies are coloured by a text category (a flag's level, a
    /// text column), listed in ``MapRequest/categories``.
    case categories

    /// The spelling ``init(spec:)`` reads, e.g. `jenks:5`.
    public var description: String {
        switch self {
        case .quantiles(let count): "quantiles:\(count)"
        case .equalIntervals(let count): "equal:\(count)"
        case .fisherJenks(let count): "jenks:\(count)"
        case .manual(let thresholds):
            "manual:" + thresholds.map { NumberText.trimmed($0, maxDecimals: 6) }.joined(separator: ",")
        case .diverging(let pivot, let count): "diverging:\(NumberText.trimmed(pivot, maxDecimals: 6)):\(count)"
        case .rounded(let base): "\(base):nice"
        case .categories: "categories"
        }
    }

    /// The method in words for a map's note: "Fisher–Jenks natural breaks, 5 classes".
    public var readerDescription: String {
        switch self {
        case .fisherJenks(let count): "Fisher–Jenks natural breaks, \(count) classes"
        case .quantiles(let count): "quantiles, \(count) classes"
        case .equalIntervals(let count): "equal intervals, \(count) classes"
        case .manual: "fixed thresholds"
        case .diverging: "diverging classes around 0"
        case .rounded(let base): base.readerDescription + ", rounded (each class includes its lower bound)"
        case .categories: "categories"
        }
    }

    /// The largest number of classes a method may ask for (diverging: per side).
    public static let maximumClassCount = 9

    /// Reads a specification such as `quantiles:5`, `equal:4`, `jenks:5`, `manual:5,10,15`,
    /// `diverging:3` (pivot 0) or `diverging:0:3`; `:nice` after quantiles, equal or jenks
    /// rounds the breaks (`jenks:5:nice`).
    ///
    /// - Parameter spec: The text, as typed after `--classes`.
    /// - Throws: ``GeoError`` with code `.usage` naming the problem and the accepted forms.
    public init(spec: String) throws {
        let hint =
            "Write quantiles:N, equal:N, jenks:N (N from 1 to \(Self.maximumClassCount), each with :nice "
            + "to round the breaks), manual:A,B,C (ascending thresholds), diverging:[PIVOT:]N or categories."
        if spec.lowercased() == "categories" {
            self = .categories
            return
        }
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[2].lowercased() == "nice",
            ["quantiles", "quantile", "equal", "equal-intervals", "jenks", "fisher-jenks"]
                .contains(parts[0].lowercased())
        {
            self = .rounded(try Classification(spec: parts[0] + ":" + parts[1]))
            return
        }
        guard let method = parts.first?.lowercased(), parts.count >= 2 else {
            throw GeoError(.usage, "class specification '\(spec)' has no method and count", hint: hint)
        }
        func count(_ text: String) throws -> Int {
            guard let value = Int(text), (1...Self.maximumClassCount).contains(value) else {
                throw GeoError(
                    .usage, "class count '\(text)' in '\(spec)' is not a number from 1 to \(Self.maximumClassCount)",
                    hint: hint)
            }
            return value
        }
        switch (method, parts.count) {
        case ("quantiles", 2), ("quantile", 2): self = .quantiles(try count(parts[1]))
        case ("equal", 2), ("equal-intervals", 2): self = .equalIntervals(try count(parts[1]))
        case ("jenks", 2), ("fisher-jenks", 2): self = .fisherJenks(try count(parts[1]))
        case ("manual", 2):
            let numbers = parts[1].split(separator: ",").map { Double($0.trimmingBlanks()) }
            let thresholds = numbers.compactMap { $0 }.filter(\.isFinite)
            guard !thresholds.isEmpty, thresholds.count == numbers.count, thresholds == thresholds.sorted(),
                Set(thresholds).count == thresholds.count, thresholds.count < 2 * Self.maximumClassCount
            else {
                throw GeoError(.usage, "manual thresholds in '\(spec)' are not distinct ascending numbers", hint: hint)
            }
            self = .manual(thresholds)
        case ("diverging", 2): self = .diverging(pivot: 0, classesEachSide: try count(parts[1]))
        case ("diverging", 3):
            guard let pivot = Double(parts[1]), pivot.isFinite else {
                throw GeoError(.usage, "pivot '\(parts[1])' in '\(spec)' is not a number", hint: hint)
            }
            self = .diverging(pivot: pivot, classesEachSide: try count(parts[2]))
        default:
            throw GeoError(.usage, "unknown class specification '\(spec)'", hint: hint)
        }
    }
}
