/// A JSON value as read by ``JSONParser``: typed, so that a boolean is never taken for a
/// number (Foundation's parser hands `true` back as the number 1).
///
/// An array of exactly two numbers is held inline as ``pair(_:_:)`` instead of as an array of
/// its own: a boundary file is mostly `[longitude, latitude]` positions (200,000 in the 1:50m
/// world, more in TopoJSON arcs), and an allocated array for each made reading the file a quarter
/// of a first 1:50m map's instructions, and freeing it an eighth. It is the same value as that array: equal to it, hashed as
/// it, and given as it by ``elements``; only a `switch` on the cases tells the two apart.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// `[first, second]`: an array of two numbers.
    case pair(Double, Double)
    case object([String: JSONValue])

    /// What kind of value this is, for messages ("an array", "a boolean").
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array, .pair: "an array"
        case .object: "an object"
        }
    }

    /// The elements of an array (a ``pair(_:_:)`` included), else `nil`.
    package var elements: [JSONValue]? {
        switch self {
        case .array(let elements): elements
        case .pair(let first, let second): [.number(first), .number(second)]
        default: nil
        }
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        case (.pair(let a, let b), .pair(let c, let d)): a == c && b == d
        case (.array, .array), (.array, .pair), (.pair, .array): lhs.elements == rhs.elements
        default: false
        }
    }

    package func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let flag):
            hasher.combine(1)
            hasher.combine(flag)
        case .number(let number):
            hasher.combine(2)
            hasher.combine(number)
        case .string(let text):
            hasher.combine(3)
            hasher.combine(text)
        case .array, .pair:
            hasher.combine(4)
            hasher.combine(elements)
        case .object(let members):
            hasher.combine(5)
            hasher.combine(members)
        }
    }
}
