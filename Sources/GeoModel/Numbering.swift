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
public struct Numbering<Value: Hashable & Sendable>: Sendable {
    /// The values by number.
    public private(set) var values: [Value] = []
    private var numbers: [Value: UInt32] = [:]
    private var last: (value: Value, number: UInt32)?

    /// An empty numbering.
    public init() {}

    /// The number of `value`, giving it the next one if it is new.
    public mutating func number(of value: Value) -> UInt32 {
        if let last, last.value == value { return last.number }
        let number: UInt32
        if let known = numbers[value] {
            number = known
        } else {
            number = UInt32(values.count)
            numbers[value] = number
            values.append(value)
        }
        last = (value, number)
        return number
    }
}
