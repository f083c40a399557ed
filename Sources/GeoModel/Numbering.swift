/// Each distinct value once, numbered from 0 in order of first appearance.
///
/// The one way a large file's repeated texts (area codes, periods, metrics, paths) become small
/// integers: the tables stay as small as the distinct values, and the last value numbered is
/// checked first, because rows mostly repeat their neighbour's period and metric.
///
/// ```swift
/// var periods = Numbering<String>()
/// periods.number(of: "2025-H1")   // 0
/// periods.number(of: "2025-H2")   // 1
/// periods.number(of: "2025-H1")   // 0
/// periods.values                  // ["2025-H1", "2025-H2"]
/// ```
///
/// Its members are `@inlinable` so that callers in other modules get it specialised for their
/// value type: unspecialised, every lookup goes through witness tables (a million rows took a
/// second longer).
public struct Numbering<Value: Hashable & Sendable>: Sendable {
    /// The values by number.
    public var values: [Value] { storedValues }
    @usableFromInline var storedValues: [Value] = []
    @usableFromInline var numbers: [Value: UInt32] = [:]
    @usableFromInline var last: (value: Value, number: UInt32)?

    /// An empty numbering.
    @inlinable public init() {}

    /// The number of `value`, giving it the next one if it is new.
    @inlinable public mutating func number(of value: Value) -> UInt32 {
        if let last, last.value == value { return last.number }
        let number: UInt32
        if let known = numbers[value] {
            number = known
        } else {
            number = UInt32(storedValues.count)
            numbers[value] = number
            storedValues.append(value)
        }
        last = (value, number)
        return number
    }
}
