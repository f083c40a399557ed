/// One entry of a map's legend, as drawn: a class, "insufficient data", "no data" or a flag.
public struct LegendEntry: Sendable, Hashable {
    /// What the entry stands for.
    public enum Kind: Sendable, Hashable {
        /// A value class, by 0-based index.
        case dataClass(Int)
        /// Economies the source marks as insufficient data (`data-class="insufficient"`).
        case insufficientData
        /// Economies without a value (`data-class="none"`).
        case noData
        /// A flag overlay, by id.
        case overlay(String)
    }

    /// What the entry stands for.
    public let kind: Kind
    /// The text shown ("11–15 %", "No data").
    public let label: String
    /// The swatch's `fill` attribute: a colour, or `url(#…)` for a pattern.
    public let fill: String
    /// The class's lower bound (classes only).
    public let minimum: Double?
    /// The class's upper bound (classes only).
    public let maximum: Double?
    /// How many economies on the map the entry covers.
    public let count: Int
}
