import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoIngest

/// The byte-level fast paths of ingest (kept for 1 M-row files) must give exactly what the
/// general code gives: checked on many generated inputs against the general code itself or
/// a copy of the code they replaced.
@Suite("Ingest fast paths agree with the general code")
struct FastPathEquivalenceTests {
    /// A deterministic generator, so failures reproduce.
    typealias Generator = SplitMix64

    static func text(from alphabet: [String], length: Int, using generator: inout Generator) -> String {
        (0..<Int.random(in: 0...length, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "" }
            .joined()
    }

    struct Outcome: Equatable {
        var records: [CSVRecord] = []
        var error: String?
    }

    static func outcome(_ body: () throws(GeoError) -> [CSVRecord]) -> Outcome {
        do { return Outcome(records: try body()) } catch { return Outcome(error: "\(error)") }
    }

    @Test("the UTF-8 CSV scanner gives the scalar reader's records, positions and errors")
    func csvScanner() {
        let alphabet = [
            ",", ",", "\"", "\"", "\n", "\r", "\r\n", " ", "\t", "a", "b", "Zz", "é", "e\u{301}", "😀", "\u{FEFF}",
            "\u{00A0}", ";", "1.5",
        ]
        var generator = Generator(state: 7)
        for separator in [",", ";", "\t"] as [Unicode.Scalar] {
            let reader = CSVReader(separator: separator)
            for _ in 0..<3000 {
                let text = Self.text(from: alphabet, length: 40, using: &generator)
                let fast = Self.outcome { () throws(GeoError) in try reader.records(in: text, path: "x.csv") }
                let slow = Self.outcome { () throws(GeoError) in try reader.scalarRecords(in: text, path: "x.csv") }
                #expect(fast == slow, "\(text.debugDescription) with separator \(separator.escaped(asASCII: true))")
            }
        }
    }

    @Test("trimming whitespace keeps its meaning for every kind of edge character")
    func trimming() {
        func reference(_ text: String) -> String {
            var slice = Substring(text)
            while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
            while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
            return String(slice)
        }
        let alphabet = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "a", "Z", "9", "é",
            "\u{301}", "\u{600}", "%", "-",
        ]
        var generator = Generator(state: 11)
        for _ in 0..<5000 {
            let text = Self.text(from: alphabet, length: 8, using: &generator)
            #expect(text.trimmingWhitespace() == reference(text), "\(text.debugDescription)")
        }
    }

    @Test("numbers read the same on the plain path as on the general path")
    func values() {
        // The general path, as it is after the plain-number shortcut.
        func reference(_ raw: String) -> ValueParser.Outcome {
            var text = raw.trimmingWhitespace()
            if text.isEmpty { return .missing }
            var percent = false
            if text.hasSuffix("%") {
                percent = true
                text = String(text.dropLast()).trimmingWhitespace()
            }
            if ["nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(text.lowercased()) {
                return .invalid(
                    reason: "'\(raw)' is not a finite number", hint: "Leave the cell empty for a missing value.")
            }
            if text.contains(",") { return ValueParser.parse(raw) }  // not on the plain path
            guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }), let value = Double(text)
            else {
                return .invalid(
                    reason: "'\(raw)' is not a number",
                    hint: "Write a plain number such as 12.5 or 64%; leave the cell empty for a missing value.")
            }
            guard value.isFinite else {
                return .invalid(
                    reason: "'\(raw)' is too large to be a value", hint: "Check the cell; values must be finite.")
            }
            return .number(value, hadPercentSign: percent)
        }
        let alphabet = ["0", "1", "5", "9", ".", "+", "-", "e", "E", "%", " ", "n", "a", "i", "f", "999"]
        var generator = Generator(state: 13)
        for _ in 0..<5000 {
            let text = Self.text(from: alphabet, length: 7, using: &generator)
            #expect(ValueParser.parse(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test("ASCII names fold to the key the Unicode path gives")
    func nameKeys() {
        // The general folding, applied to every input.
        func reference(_ name: String) -> String {
            let decomposed = name.replacingOccurrences(of: "&", with: " and ").lowercased()
                .decomposedStringWithCanonicalMapping
            var folded = String.UnicodeScalarView()
            for scalar in decomposed.unicodeScalars
            where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.generalCategory != .nonspacingMark { folded.append(scalar) }
            }
            return String(folded)
        }
        var generator = Generator(state: 17)
        let ascii = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        for _ in 0..<3000 {
            let name = Self.text(from: ascii, length: 20, using: &generator)
            #expect(NameKey(name).rawValue == reference(name), "\(name.debugDescription)")
        }
    }
}
