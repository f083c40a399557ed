import GeoModel
import GeoTestSupport
import Testing

@testable import GeoIngest

/// The usual rows of a `country,period,metric,value` table are read straight from the bytes
/// (``PlainLongRows``); every file must read exactly as it does with every row taken the
/// general way: observations, numbering, errors, audit.
@Suite("Reading usual long rows from the bytes")
struct PlainLongRowsTests {
    /// Cells of every kind the two readings could tell apart: usual ones most of the time.
    static let names = [
        "Aruba", "Afghanistan", "\"Korea, Rep.\"", "Viet Nam", "Chad", "Brazil", " Chile", "Chile ", "Atlantis",
        "Congo", "", "Kosovo", "Côte d'Ivoire", "Türkiye", String(repeating: "Chile", count: 60),
    ]
    static let periods = ["2025-H1", "2025-H2", "2024", "2025-07", "2025-Q7", "", " 2025-H1", "2025-H1\u{A0}"]
    static let metrics = ["ai_user_share", "users", "ai_user_share", "Bad Metric", "undeclared", "", "users "]
    static let values = [
        "12.5", "7", "-0", "0", "100", "100.0", "150", "-4", "1e2", "1E-2", "1e400", "12,5", "1,234", "64%", "", "nan",
        "+.5", "5.", ".", "-", "0.123456789012345", "0.1234567890123456", "123456789012345678901234", " 7",
        "12 apples", "99.99", "00012.50",
    ]

    static func table(rows: Int, columns: [String], unusualEvery: Int, using generator: inout SplitMix64) -> String {
        var lines = [columns.joined(separator: ",")]
        for _ in 0..<rows {
            let unusual = Int.random(in: 0..<unusualEvery, using: &generator) == 0
            let usual = ["Aruba", "Chad", "\"Korea, Rep.\"", "Brazil"].randomElement(using: &generator) ?? ""
            let cells: [String: String] = [
                "country": unusual ? names.randomElement(using: &generator) ?? "" : usual,
                "period": unusual
                    ? periods.randomElement(using: &generator) ?? ""
                    : "\(Int.random(in: 1990...2030, using: &generator))",
                "metric": unusual ? metrics.randomElement(using: &generator) ?? "" : "ai_user_share",
                "value": unusual
                    ? values.randomElement(using: &generator) ?? ""
                    : "\(Int.random(in: 0...1000, using: &generator)).5",
                "note": "n",
            ]
            var line = columns.map { cells[$0] ?? "" }.joined(separator: ",")
            if Int.random(in: 0..<40, using: &generator) == 0 { line += ",," }  // empty fields past the header
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("generated files read the same with and without the plain path", arguments: [0, 1, 2])
    func agrees(seed: UInt64) {
        var generator = SplitMix64(state: 500 + seed)
        let declared = PartedReadingTests.metrics
        let layouts = [
            ["country", "period", "metric", "value"], ["value", "metric", "country", "period"],
            ["country", "period", "metric", "value", "note"],
        ]
        for _ in 0..<80 {
            let rows = Int.random(in: 1...250, using: &generator)
            let unusualEvery = [1_000_000, 30, 6, 2].randomElement(using: &generator) ?? 6
            let columns = layouts.randomElement(using: &generator) ?? layouts[0]
            let text = Self.table(rows: rows, columns: columns, unusualEvery: unusualEvery, using: &generator)
            var spec = SourceSpec(
                path: "t.csv", period: Bool.random(using: &generator) ? Period("2025-H1") : nil,
                ignore: Int.random(in: 0..<5, using: &generator) == 0 ? ["Kosovo"] : [])
            spec.aliases = Bool.random(using: &generator) ? ["Atlantis": AreaCode("ATA")!] : [:]
            let metrics = Bool.random(using: &generator) ? declared : nil
            for parts in [1, 2] {
                let general = PartedReadingTests.outcome(
                    text, spec: spec, metrics: metrics, parts: parts, plainRows: false)
                let plain = PartedReadingTests.outcome(
                    text, spec: spec, metrics: metrics, parts: parts, plainRows: true)
                #expect(plain == general, "\(parts) part(s) of:\n\(text)")
            }
        }
    }

    @Test("a short decimal reads as Double(text) reads it, bit for bit")
    func shortDecimals() {
        var generator = SplitMix64(state: 77)
        var fast = 0
        for _ in 0..<200_000 {
            let sign = ["", "-", "+"].randomElement(using: &generator) ?? ""
            let whole = String(
                (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                    Character(String(Int.random(in: 0...9, using: &generator)))
                })
            let fraction = String(
                (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                    Character(String(Int.random(in: 0...9, using: &generator)))
                })
            let text = sign + whole + (Bool.random(using: &generator) ? "." + fraction : "")
            let short = Array(text.utf8).withUnsafeBufferPointer { ValueParser.shortDecimal($0) }
            let reference = Double(text)
            if let short {
                fast += 1
                #expect(short.bitPattern == reference?.bitPattern, "\(text)")
            } else {
                // Only what has no digit, or more than 15, is left to strtod.
                #expect(reference == nil || text.filter(\.isNumber).count > 15, "\(text)")
            }
        }
        #expect(fast > 150_000)
        for text in ["1e5", "1.5.5", "--1", "1-", "0x10", "", "+", "."] {
            let short = Array(text.utf8).withUnsafeBufferPointer { ValueParser.shortDecimal($0) }
            #expect(short == nil, "\(text)")
        }
    }
}
