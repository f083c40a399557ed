import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoMaps

@Suite("JSON parser")
struct JSONParserTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        let text: String
        let value: JSONValue
        var testDescription: String { text }
    }

    static let valid: [Valid] = [
        Valid(text: "[true, -16.07]", value: .array([.bool(true), .number(-16.07)])),
        Valid(
            text: #"{"a": [1, 2.5e3, -0, 0.001], "b": null}"#,
            value: .object(["a": .array([.number(1), .number(2500), .number(0), .number(0.001)]), "b": .null])),
        Valid(
            text: #"  "C\u00f4te d\u2019Ivoire \ud83c\udf0d \"q\" \\ \/ \n"  "#,
            value: .string("Côte d’Ivoire 🌍 \"q\" \\ / \n")),
        Valid(text: "\u{FEFF}[]", value: .array([])),
        Valid(text: "{}", value: .object([:])),
        Valid(text: "123456789012345678901234567890", value: .number(1.2345678901234568e29)),
        Valid(text: "0.1", value: .number(0.1)),
        Valid(text: "-179.99999999999997", value: .number(-179.99999999999997)),
    ]

    @Test("reads values exactly, strings with every escape, numbers as strtod does", arguments: valid)
    func reads(_ example: Valid) throws {
        #expect(try JSONParser.parse(Array(example.text.utf8), file: "x.json") == example.value)
    }

    @Test("generated numbers of every shape read as Double(text) reads them, bit for bit")
    func generatedNumbers() throws {
        var generator = SplitMix64(state: 50)
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
        }
        var texts: [String] = []
        for _ in 0..<20_000 {
            var text = Bool.random(using: &generator) ? "-" : ""
            let whole = Int.random(in: 1...20, using: &generator)
            text += whole == 1 ? digits(1) : String(Int.random(in: 1...9, using: &generator)) + digits(whole - 1)
            if Bool.random(using: &generator) { text += "." + digits(Int.random(in: 1...25, using: &generator)) }
            if Int.random(in: 0..<4, using: &generator) == 0 {
                text +=
                    ["e", "E"].randomElement(using: &generator)! + ["", "+", "-"].randomElement(using: &generator)!
                text += String(Int.random(in: 0...320, using: &generator))
            }
            texts.append(text)
        }
        let parsed = try JSONParser.parse(Array("[\(texts.joined(separator: ","))]".utf8), file: "x.json")
        guard case .array(let values) = parsed else { Issue.record("not an array"); return }
        for (text, value) in zip(texts, values) {
            let expected = try #require(Double(text))
            #expect(value == .number(expected), "\(text)")
            if case .number(let number) = value { #expect(number.bitPattern == expected.bitPattern, "\(text)") }
        }
    }

    @Test(
        "an array of exactly two numbers is held as a pair, equal to and hashed as the array it is",
        arguments: [
            ("[1, 2.5]", true), ("[[-16.07, 14.2], [1e3, -0.5]]", false), ("[1]", false), ("[1, 2, 3]", false),
            (#"[1, "2"]"#, false), ("[true, 2]", false), ("[[1, 2]]", false), ("[]", false),
        ])
    func pairs(text: String, isPair: Bool) throws {
        let value = try JSONParser.parse(Array(text.utf8), file: "x.json")
        if case .pair = value { #expect(isPair) } else { #expect(!isPair) }
        let elements = try #require(value.elements)
        let spelledOut = JSONValue.array(elements.map { element in element.elements.map(JSONValue.array) ?? element })
        #expect(value == spelledOut && spelledOut == value)
        #expect(value.hashValue == spelledOut.hashValue)
        #expect(value.kind == "an array")
        // Foundation reads the same numbers in the same places.
        #expect(Self.matches(value, try JSONSerialization.jsonObject(with: Data(text.utf8))))
    }

    @Test("a pair is never equal to a different array, a number or an object")
    func pairInequality() {
        let pair = JSONValue.pair(1, 2)
        #expect(pair != .array([.number(1)]))
        #expect(pair != .array([.number(2), .number(1)]))
        #expect(pair != .array([.number(1), .number(2), .number(3)]))
        #expect(pair != .array([.number(1), .string("2")]))
        #expect(pair != .pair(1, 3))
        #expect(pair != .number(1))
        #expect(pair != .object(["0": .number(1), "1": .number(2)]))
        #expect(pair.elements == [.number(1), .number(2)])
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let text: String
        let message: String
        var testDescription: String { message }
    }

    static let invalid: [Invalid] = [
        Invalid(text: "[1,]", message: "x.json:1:4: expected a value, found ']'"),
        Invalid(text: "[1 2]", message: "x.json:1:4: expected ',' or ']' in an array, found '2'"),
        Invalid(text: "[1, 2 3]", message: "x.json:1:7: expected ',' or ']' in an array, found '3'"),
        Invalid(text: "[1, 2, 3 4]", message: "x.json:1:10: expected ',' or ']' in an array, found '4'"),
        Invalid(text: "[1, 2", message: "x.json:1:6: the document ends inside an array"),
        Invalid(text: "[1,", message: "x.json:1:4: the document ends where a value was expected"),
        Invalid(text: "{\n  \"a\": 1,\n  \"a\": 2\n}", message: "x.json:3:3: member \"a\" appears twice in one object"),
        Invalid(text: "[01]", message: "x.json:1:2: a number may not start with 0 followed by more digits"),
        Invalid(text: "[1.]", message: "x.json:1:4: a number needs digits after '.'"),
        Invalid(text: "[-]", message: "x.json:1:3: a number needs digits after '-'"),
        Invalid(text: "[NaN]", message: "x.json:1:2: expected a value, found 'N'"),
        Invalid(text: "[tru]", message: "x.json:1:2: expected a value, found 't'"),
        Invalid(text: "\"abc", message: "x.json:1:1: a string is not closed"),
        Invalid(text: "\"a\u{1}b\"", message: "x.json:1:3: a control character (byte 1) inside a string"),
        Invalid(text: #""\x""#, message: "x.json:1:2: unknown escape '\\x' in a string"),
        Invalid(text: #""\ud83c""#, message: "x.json:1:2: a \\u escape is half of a surrogate pair"),
        Invalid(text: "[] []", message: "x.json:1:4: unexpected '[' after the JSON value"),
        Invalid(text: "", message: "x.json:1:1: the document ends where a value was expected"),
        Invalid(text: "{\"a\" 1}", message: "x.json:1:6: expected ':' after member name \"a\", found '1'"),
        Invalid(
            text: String(repeating: "[", count: 100_000),
            message: "x.json:1:65: arrays and objects are nested more than 64 deep"),
    ]

    @Test("refuses malformed JSON at the line and column of the problem", arguments: invalid)
    func refuses(_ example: Invalid) throws {
        let error = try #require(throws: GeoError.self) {
            try JSONParser.parse(Array(example.text.utf8), file: "x.json")
        }
        #expect("\(error.location.map(\.description) ?? ""): \(error.message)" == example.message)
        #expect(error.code == .dataError)
    }

    @Test("refuses text that is not UTF-8")
    func refusesBadUTF8() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x22]
        let error = try #require(throws: GeoError.self) { try JSONParser.parse(bytes, file: "x.json") }
        #expect(error.message == "a string is not valid UTF-8")
    }

    /// Foundation's reading of the same document, as the reference.
    static func matches(_ value: JSONValue, _ reference: Any) -> Bool {
        switch value {
        case .null: return reference is NSNull
        case .bool(let flag): return (reference as? NSNumber)?.boolValue == flag
        case .number(let number):
            return (reference as? NSNumber).map { $0.doubleValue.bitPattern == number.bitPattern } ?? false
        case .string(let text): return (reference as? String) == text
        case .array, .pair:
            guard let elements = value.elements, let array = reference as? [Any], array.count == elements.count
            else { return false }
            return zip(elements, array).allSatisfy { matches($0, $1) }
        case .object(let members):
            guard let object = reference as? [String: Any], object.count == members.count else { return false }
            return members.allSatisfy { key, member in object[key].map { matches(member, $0) } ?? false }
        }
    }

    @Test(
        "reads the shipped geometry exactly as Foundation's JSONSerialization does",
        arguments: [
            "Data/geo/countries-110m.geojson", "Data/geo/countries-50m.geojson",
        ])
    func agreesWithFoundation(_ path: String) throws {
        let bytes = Array(try Data(contentsOf: RepositoryPaths.url(path)))
        let ours = try JSONParser.parse(bytes, file: path)
        let reference = try JSONSerialization.jsonObject(with: Data(bytes))
        #expect(Self.matches(ours, reference))
    }

    @Test("a boolean is not a coordinate: [true, -16.07] is refused with its path")
    func booleanCoordinate() throws {
        let document =
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"ISO_A3": "AAA"}, "geometry": {"type": "Polygon", "coordinates": [[[true, -16.07], [1, 0], [1, 1], [true, -16.07]]]}}]}"#
        let error = try #require(throws: GeoError.self) {
            try WorldGeometry.geoJSON(Array(document.utf8), path: "bad.geojson")
        }
        #expect(error.message == "features[0].geometry.coordinates[0][0][0]: expected a number, found a boolean")
    }
}
