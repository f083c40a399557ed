import GeoModel

/// A parsed JSON value together with its JSON path, for readers whose errors must say exactly
/// where the input is wrong.
///
/// Every accessor checks the type and throws a ``GeoError`` with code `.dataError` naming the
/// path (`features[3].geometry.coordinates[0]`) instead of trapping on unexpected input.
struct JSONNode {
    /// The value, typed by ``JSONParser``.
    let value: JSONValue
    /// The path of the node this one is an element of, or this node's whole path.
    private let base: String
    /// This node's position in the array at ``base``, or `nil` when ``base`` is its whole path.
    private let index: Int?
    /// The file the document came from, for error locations.
    let file: String

    /// Where the value sits in the document, e.g. `features[3].geometry`.
    ///
    /// An element's path is written only when asked for (an error, a member's path): a
    /// TopoJSON file has an element for every position of every arc.
    var path: String { index.map { "\(base)[\($0)]" } ?? base }

    private init(value: JSONValue, path: String, file: String) {
        self.init(value: value, base: path, index: nil, file: file)
    }

    private init(value: JSONValue, base: String, index: Int?, file: String) {
        self.value = value
        self.base = base
        self.index = index
        self.file = file
    }

    /// Parses a whole document.
    ///
    /// - Throws: ``GeoError`` `.dataError` at the line and column where the bytes stop being
    ///   JSON, with a hint naming the expected format.
    static func parse(_ bytes: [UInt8], file: String, expecting format: String) throws -> JSONNode {
        do {
            return JSONNode(value: try JSONParser.parse(bytes, file: file), path: "", file: file)
        } catch let error as GeoError {
            throw GeoError(
                .dataError, "the file is not valid JSON: \(error.message)",
                at: error.location ?? SourceLocation(path: file),
                hint: "Check that the file is complete \(format) and saved as UTF-8.")
        }
    }

    /// The path as shown to users; the document root is called "the top level".
    var displayPath: String { path.isEmpty ? "the top level" : path }

    /// A data error located in this node's file.
    func error(_ message: String, hint: String) -> GeoError {
        GeoError(.dataError, "\(displayPath): \(message)", at: SourceLocation(path: file), hint: hint)
    }

    /// What kind of JSON value this is, for messages ("an array", "a boolean").
    var kind: String { value.kind }

    /// Whether the value is JSON `null`.
    var isNull: Bool { value == .null }

    /// The members of an object.
    func object(hint: String) throws -> [String: JSONValue] {
        guard case .object(let members) = value else { throw error("expected an object, found \(kind)", hint: hint) }
        return members
    }

    /// A member of an object, or `nil` when it is absent or `null`.
    func optionalMember(_ key: String) -> JSONNode? {
        guard case .object(let members) = value, let member = members[key], member != .null else { return nil }
        let path = path
        return JSONNode(value: member, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// A member that must be present.
    func member(_ key: String, hint: String) throws -> JSONNode {
        _ = try object(hint: hint)
        guard let member = optionalMember(key) else { throw error("member \"\(key)\" is missing", hint: hint) }
        return member
    }

    /// The elements of an array, each with its path.
    func elements(hint: String) throws -> [JSONNode] {
        guard let array = value.elements else { throw error("expected an array, found \(kind)", hint: hint) }
        let base = path
        return array.enumerated().map { JSONNode(value: $1, base: base, index: $0, file: file) }
    }

    /// A finite number; a boolean or a string is not one.
    func number(hint: String) throws -> Double {
        guard case .number(let number) = value else { throw error("expected a number, found \(kind)", hint: hint) }
        guard number.isFinite else { throw error("the number is not finite", hint: hint) }
        return number
    }

    /// A string, or `nil` for any other kind.
    var string: String? {
        guard case .string(let text) = value else { return nil }
        return text
    }
}

extension JSONValue {
    /// The text of a string value, else `nil`.
    var text: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// A finite number, else `nil` (booleans included).
    var finiteNumber: Double? {
        guard case .number(let number) = self, number.isFinite else { return nil }
        return number
    }

    /// The first two numbers of a position (`[x, y]`, or more numbers), when both are finite;
    /// `nil` for anything else, which the readers' checked paths then name.
    var finitePosition: (Double, Double)? {
        switch self {
        case .pair(let first, let second) where first.isFinite && second.isFinite:
            return (first, second)
        case .array(let numbers) where numbers.count >= 2:
            guard let first = numbers[0].finiteNumber, let second = numbers[1].finiteNumber else { return nil }
            return (first, second)
        default:
            return nil
        }
    }
}
