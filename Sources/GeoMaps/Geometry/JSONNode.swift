import Foundation
import GeoModel

/// A value decoded by `JSONSerialization` together with its JSON path, for readers whose
/// errors must say exactly where the input is wrong.
///
/// Every accessor checks the type and throws a ``GeoError`` with code `.dataError` naming the
/// path (`features[3].geometry.coordinates[0]`) instead of trapping on unexpected input.
struct JSONNode {
    /// The decoded value: `[String: Any]`, `[Any]`, `String`, `NSNumber` or `NSNull`.
    let value: Any
    /// Where the value sits in the document, e.g. `features[3].geometry`.
    let path: String
    /// The file the document came from, for error locations.
    let file: String

    /// Parses a whole document.
    ///
    /// - Throws: ``GeoError`` `.dataError` when the bytes are not JSON.
    static func parse(_ bytes: [UInt8], file: String, expecting format: String) throws -> JSONNode {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            let suffix = detail.map { " (\($0))" } ?? ""
            throw GeoError(
                .dataError, "the file is not valid JSON\(suffix)", at: SourceLocation(path: file),
                hint: "Check that the file is complete \(format) and saved as UTF-8.")
        }
        return JSONNode(value: value, path: "", file: file)
    }

    /// The path as shown to users; the document root is called "the top level".
    var displayPath: String { path.isEmpty ? "the top level" : path }

    /// A data error located in this node's file.
    func error(_ message: String, hint: String) -> GeoError {
        GeoError(.dataError, "\(displayPath): \(message)", at: SourceLocation(path: file), hint: hint)
    }

    /// What kind of JSON value this is, for messages ("an array", "a string").
    var kind: String {
        switch value {
        case is NSNull: "null"
        case is String: "a string"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNumber: "a number"
        default: "an unknown value"
        }
    }

    /// Whether the value is JSON `null`.
    var isNull: Bool { Self.isNull(value) }

    /// Whether a decoded value is JSON `null`.
    ///
    /// Compares the dynamic type instead of writing `value is NSNull`: on Linux that cast bridges
    /// a whole Swift array or dictionary to Foundation objects first, which made reading the
    /// 1:50m file five times slower.
    static func isNull(_ value: Any) -> Bool {
        ObjectIdentifier(type(of: value)) == ObjectIdentifier(NSNull.self)
    }

    /// The members of an object.
    func object(hint: String) throws -> [String: Any] {
        guard let object = value as? [String: Any] else { throw error("expected an object, found \(kind)", hint: hint) }
        return object
    }

    /// A member of an object, or `nil` when it is absent or `null`.
    func optionalMember(_ key: String) -> JSONNode? {
        guard let object = value as? [String: Any], let member = object[key], !Self.isNull(member) else { return nil }
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
        guard let array = value as? [Any] else { throw error("expected an array, found \(kind)", hint: hint) }
        return array.enumerated().map { JSONNode(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// A finite number.
    func number(hint: String) throws -> Double {
        guard let number = value as? NSNumber else {
            throw error("expected a number, found \(kind)", hint: hint)
        }
        let double = number.doubleValue
        guard double.isFinite else { throw error("the number is not finite", hint: hint) }
        return double
    }

    /// A string, or `nil` for any other kind.
    var string: String? { value as? String }

    /// A finite number, or `nil` for any other kind.
    var optionalNumber: Double? {
        guard let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        return double.isFinite ? double : nil
    }
}
