import Dispatch
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoIngest

/// A large long table is read in parts side by side and the parts joined: the outcome must be
/// what one pass over the rows gives, errors (and where reading stops at 50 of them) included.
@Suite("Reading a long table in parts")
struct PartedReadingTests {
    typealias Generator = SplitMix64

    /// Everything a reading gives that a user or the store sees.
    struct Outcome: Equatable {
        var observations: [Observation] = []
        var keys: [ObservationList.Key] = []
        var byKey: [Int32] = []
        var source: SourceFile?
        var resolutions: [Resolution] = []
        var ignored: [GeoModel.SourceLocation: String] = [:]
        var diagnostics: [String] = []
    }

    static let metrics = [
        "ai_user_share": Metric(id: "ai_user_share", label: "AI", unit: .percent, weight: .workingAgePopulation),
        "users": Metric(id: "users", label: "Users", unit: .count, weight: .none),
    ]

    /// What reading `text` gives, in `parts` parts (`nil`: the parts it was scanned in, from
    /// `scanPartsFrom` bytes), with the usual rows read from the bytes or not.
    static func outcome(
        _ text: String, spec: SourceSpec, metrics: [String: Metric]? = metrics, parts: Int?, plainRows: Bool = true,
        scanPartsFrom: Int = CSVUTF8Scanner.bytesForTwoParts
    ) -> Outcome {
        let reader = ObservationReader(reference: ShippedReference.tables, metrics: metrics)
        do {
            let file = try reader.read(
                Array(text.utf8), spec: spec, longTableParts: parts, plainRows: plainRows, scanPartsFrom: scanPartsFrom)
            let list = file.observations
            return Outcome(
                observations: Array(list), keys: list.indices.map { list.key(at: $0) }, byKey: list.positionsByKey(),
                source: file.source, resolutions: file.resolutions, ignored: file.ignored,
                diagnostics: file.diagnostics.map(\.description))
        } catch {
            return Outcome(diagnostics: error.diagnostics.map(\.description))
        }
    }

    /// A long table of `rows` rows, some of them wrong in one way or another (about one in `errorEvery`).
    static func table(rows: Int, errorEvery: Int, withCodes: Bool, using generator: inout Generator) -> String {
        let names = ["Aruba", "Afghanistan", "\"Korea, Rep.\"", "Viet Nam", "Chad", "Brazil", "Kosovo", "Bolivia"]
        let wrongNames = ["Atlantis", "Congo", "", "Atlantis"]
        var lines = [withCodes ? "country,iso3,period,metric,value,low,high,note" : "country,period,metric,value,note"]
        for index in 0..<rows {
            var name = names.randomElement(using: &generator) ?? ""
            var code = ""
            // A period of its own for every row, so that a file without errors has no repeated key.
            var period =
                ["\(1700 + index)", "\(1700 + index)-H2", "\(1700 + index)-07"].randomElement(using: &generator) ?? ""
            var metric = Bool.random(using: &generator) ? "ai_user_share" : "users"
            var value = String(Double(Int.random(in: 0...1000, using: &generator)) / 10)
            var low = ""
            var high = ""
            let note =
                Int.random(in: 0..<5, using: &generator) == 0 ? "n\(Int.random(in: 0..<3, using: &generator))" : ""
            if withCodes, Bool.random(using: &generator) {
                (name, code) =
                    [("Aruba", "ABW"), ("Afghanistan", "AFG"), ("", "TCD"), ("Brazil", "BRA")]
                    .randomElement(using: &generator) ?? ("", "BRA")
            }
            if withCodes, Int.random(in: 0..<6, using: &generator) == 0 {
                // An ambiguous name is recorded with whichever of its codes the row gives, the last one standing.
                name = "Congo"
                code = Bool.random(using: &generator) ? "COG" : "COD"
            }
            if withCodes, Int.random(in: 0..<4, using: &generator) == 0 {
                low = "0"
                high = "100"
            }
            if Int.random(in: 0..<errorEvery, using: &generator) == 0 {
                switch Int.random(in: 0..<8, using: &generator) {
                case 0: name = wrongNames.randomElement(using: &generator) ?? ""
                case 1: period = "2025-Q7"
                case 2: metric = "Bad Metric"
                case 3: metric = "undeclared"
                case 4: value = "12 apples"
                case 5: value = metric == "users" ? "-4" : "140"
                case 7 where withCodes: code = "ABW"  // disagrees with most names
                case 6: period = "\(1700 + Int.random(in: 0...index, using: &generator))"  // may repeat a key
                default: value = ""
                }
            }
            let fields =
                withCodes ? [name, code, period, metric, value, low, high, note] : [name, period, metric, value, note]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("any number of parts gives what one pass gives", arguments: [0, 1, 2, 3])
    func partsAgree(seed: UInt64) {
        var generator = Generator(state: 100 + seed)
        for _ in 0..<60 {
            let rows = Int.random(in: 1...300, using: &generator)
            // From clean files (only duplicates can be wrong) to files with far more than 50 errors.
            let errorEvery = [1_000_000, 200, 40, 8, 2].randomElement(using: &generator) ?? 8
            let withCodes = Bool.random(using: &generator)
            let text = Self.table(rows: rows, errorEvery: errorEvery, withCodes: withCodes, using: &generator)
            var spec = SourceSpec(path: "t.csv", ignore: Bool.random(using: &generator) ? ["Kosovo"] : [])
            spec.aliases = Bool.random(using: &generator) ? ["Atlantis": AreaCode("ATA")!] : [:]
            let single = Self.outcome(text, spec: spec, parts: 1)
            for parts in [2, 3, 7] {
                let parted = Self.outcome(text, spec: spec, parts: parts)
                #expect(parted == single, "\(parts) parts of:\n\(text)")
            }
            // The parts the file was scanned in, read side by side without joining their records.
            let scanned = Self.outcome(text, spec: spec, parts: nil, scanPartsFrom: 0)
            #expect(scanned == single, "scanned parts of:\n\(text)")
            // Cut by row count after the scan's parts were joined.
            #expect(Self.outcome(text, spec: spec, parts: 2, scanPartsFrom: 0) == single)
        }
    }

    /// What reading `text` part by part as it is scanned gives (parts of about `firstBytes`,
    /// then `laterBytes`), and the observations handed on.
    static func deliveredOutcome(_ text: String, spec: SourceSpec, firstBytes: Int, laterBytes: Int) -> (
        outcome: Outcome, delivered: [ObservationList]
    ) {
        let reader = ObservationReader(reference: ShippedReference.tables, metrics: metrics)
        var parts: [ObservationList] = []
        let delivery = LongTableReader.Delivery(
            deliver: { parts.append($0) }, firstPartBytes: firstBytes, laterPartBytes: laterBytes)
        do {
            let file = try reader.read(Array(text.utf8), spec: spec, longTableParts: nil, delivery: delivery)
            let list = file.observations
            let outcome = Outcome(
                observations: Array(list), keys: list.indices.map { list.key(at: $0) }, byKey: list.positionsByKey(),
                source: file.source, resolutions: file.resolutions, ignored: file.ignored,
                diagnostics: file.diagnostics.map(\.description))
            return (outcome, parts)
        } catch {
            return (Outcome(diagnostics: error.diagnostics.map(\.description)), parts)
        }
    }

    @Test(
        "a read scanning and handing on its parts gives what one pass gives, and the parts are its observations",
        arguments: [0, 1, 2, 3])
    func deliveredParts(seed: UInt64) throws {
        var generator = Generator(state: 900 + seed)
        for _ in 0..<60 {
            let rows = Int.random(in: 1...300, using: &generator)
            let errorEvery = [1_000_000, 200, 40, 8].randomElement(using: &generator) ?? 8
            let text = Self.table(
                rows: rows, errorEvery: errorEvery, withCodes: Bool.random(using: &generator), using: &generator)
            let spec = SourceSpec(path: "t.csv")
            let single = Self.outcome(text, spec: spec, parts: 1)
            // One part, or parts of a few rows to a few hundred bytes.
            for (first, later) in [
                (1 << 30, 1 << 30), (1, 1),
                (Int.random(in: 1...400, using: &generator), Int.random(in: 1...900, using: &generator)),
            ] {
                let (outcome, parts) = Self.deliveredOutcome(text, spec: spec, firstBytes: first, laterBytes: later)
                #expect(outcome == single, "parts of \(first) and \(later) bytes:\n\(text)")
                let delivered = parts.flatMap { Array($0) }
                if outcome.source != nil {
                    #expect(delivered == single.observations)
                } else {
                    // Refused: nothing from the first wrong row on was handed on. (A repeated key
                    // is found once the whole file is read; the store refuses it.)
                    let lines = outcome.diagnostics.filter { !$0.contains("duplicate value") }.compactMap {
                        Int($0.split(separator: ":").dropFirst().first ?? "")
                    }
                    let firstWrong = lines.min() ?? Int.max
                    #expect(delivered.allSatisfy { ($0.origin.line ?? 0) < firstWrong }, "\(text)")
                }
            }
        }
    }

    @Test(
        "a read handing on its parts announces the SHA-256 of its bytes once, hashed here or on another core",
        arguments: [10, 150_000])
    func announcedSHA256(rows: Int) {
        // 150,000 rows are 4.5 MB, past the size hashed on another core. The repeated key is
        // refused once the file is read; the bytes are announced all the same.
        let text = "country,period,metric,value\n" + String(repeating: "Aruba,2025-H1,ai_user_share,1\n", count: rows)
        let bytes = Array(text.utf8)
        let announced = Announcements()
        let reader = ObservationReader(reference: ShippedReference.tables, metrics: Self.metrics)
        _ = try? reader.read(
            bytes, spec: SourceSpec(path: "t.csv"), deliveringParts: { _ in },
            announcingSHA256: { announced.add($0) })
        #expect(announced.first() == SHA256.hex(of: bytes))
        #expect(announced.all().count == 1)
    }

    /// A small table with rows of the wrong width now and then (`trouble`: also open quotes,
    /// quotes inside fields, quoted commas, blank lines before the header and between rows, a
    /// header with two spellings of one column, CRLF line ends).
    static func raggedTable(trouble: Bool, using generator: inout Generator) -> String {
        var lines = trouble ? Array(repeating: "", count: Int.random(in: 0...3, using: &generator)) : []
        lines.append(
            !trouble || Bool.random(using: &generator)
                ? "country,period,metric,value" : "country,period,Metric,metric,value")
        let kinds = trouble ? 40 : 12
        for index in 0..<Int.random(in: trouble ? 0...60 : 2...120, using: &generator) {
            var line = "Chad,\(1800 + index),ai_user_share,\(index % 90)"
            switch Int.random(in: 0..<kinds, using: &generator) {
            case 0: line += ",extra"  // one field too many
            case 1: line = "Chad,\(1800 + index),ai_user_share"  // one too few
            case 2: line += ",,"  // trailing empty fields: harmless
            case 3 where trouble: line = "\"Chad,\(1800 + index),ai_user_share,1"  // a quote left open
            case 4 where trouble: line = "Ch\"ad,\(1800 + index),ai_user_share,1"  // a quote inside a field
            case 5 where trouble: line = "\"Korea, Rep.\",\(1800 + index),ai_user_share,1"  // a quoted comma
            case 6 where trouble: line = ""
            default: break
            }
            lines.append(line)
        }
        let separator = trouble && Bool.random(using: &generator) ? "\r\n" : "\n"
        return lines.joined(separator: separator) + (!trouble || Bool.random(using: &generator) ? separator : "")
    }

    @Test(
        "a table of wrong widths, quotes, blank lines and CRLF scanned part by part is refused as one pass refuses it")
    func scannedPartByPart() {
        var generator = Generator(state: 31)
        for _ in 0..<300 {
            let text = Self.raggedTable(trouble: true, using: &generator)
            let spec = SourceSpec(path: "t.csv")
            let single = Self.outcome(text, spec: spec, parts: 1)
            let (first, later) = (
                Int.random(in: 1...200, using: &generator), Int.random(in: 1...200, using: &generator)
            )
            let (outcome, _) = Self.deliveredOutcome(text, spec: spec, firstBytes: first, laterBytes: later)
            #expect(outcome == single, "parts of \(first) and \(later) bytes:\n\(text)")
        }
    }

    @Test("rows of the wrong width in either scanned part are refused as one pass refuses them")
    func raggedRowsInScannedParts() {
        var generator = Generator(state: 77)
        for _ in 0..<100 {
            let text = Self.raggedTable(trouble: false, using: &generator)
            let single = Self.outcome(text, spec: SourceSpec(path: "t.csv"), parts: 1)
            let scanned = Self.outcome(text, spec: SourceSpec(path: "t.csv"), parts: nil, scanPartsFrom: 0)
            #expect(scanned == single, "scanned parts of:\n\(text)")
        }
    }

    @Test("errors past the limit in a later part are cut where one pass would have stopped")
    func stopsAtTheLimit() {
        // 30 bad rows, then 10 good ones, then 40 more bad ones: one pass stops after the 50th
        // bad row, so the good rows before it are read and the 20 bad rows after are never seen.
        var lines = ["country,period,metric,value"]
        for index in 0..<30 { lines.append("Atlantis\(index),2025-H1,ai_user_share,1") }
        for _ in 0..<10 { lines.append("Chad,2025-H1,ai_user_share,2") }  // 9 duplicates
        for index in 0..<40 { lines.append("Atlantis\(30 + index),2025-H1,ai_user_share,1") }
        let text = lines.joined(separator: "\n")
        let single = Self.outcome(text, spec: SourceSpec(path: "t.csv"), parts: 1)
        for parts in [2, 4] {
            #expect(Self.outcome(text, spec: SourceSpec(path: "t.csv"), parts: parts) == single)
        }
        // 50 shown, the 9 duplicates of Chad's row counted in "more errors not shown".
        #expect(single.diagnostics.count == 51)
        #expect(single.diagnostics.contains { $0.contains("9 more errors not shown") })
        #expect(single.diagnostics.contains { $0.contains("Atlantis49") })
        #expect(!single.diagnostics.contains { $0.contains("Atlantis50") })
    }

    @Test("joining lists gives the list of all the observations appended one by one")
    func joinedLists() {
        var generator = Generator(state: 5)
        func observation() -> Observation {
            let code = AreaCode(["ABW", "AFG", "TCD", "BRA", "USA"].randomElement(using: &generator) ?? "ABW")!
            let period = Period(["2025-H1", "2025-H2", "2025"].randomElement(using: &generator) ?? "2025")
            let text = ["a", "b", nil].randomElement(using: &generator) ?? nil
            return Observation(
                iso3: code, period: period!,
                metric: Bool.random(using: &generator) ? "m" : "n",
                value: Double(Int.random(in: 0...9, using: &generator)),
                low: nil, high: nil, status: .reported, label: text,
                origin: GeoModel.SourceLocation(path: "f\(text ?? "")", line: 3),
                sourceID: ["s", nil].randomElement(using: &generator) ?? nil, note: text)
        }
        for _ in 0..<200 {
            let first = (0..<Int.random(in: 0...20, using: &generator)).map { _ in observation() }
            let second = (0..<Int.random(in: 0...20, using: &generator)).map { _ in observation() }
            let cut = Int.random(in: 0...second.count, using: &generator)
            var joined = ObservationList(first)
            joined.append(contentsOf: ObservationList(second).prefix(cut))
            let reference = ObservationList(first + second.prefix(cut))
            #expect(Array(joined) == Array(reference))
            #expect(joined.indices.map { joined.key(at: $0) } == reference.indices.map { reference.key(at: $0) })
        }
    }

    @Test("a union of line sets holds and counts what a union of Sets does")
    func lineSetUnion() {
        var generator = Generator(state: 9)
        for _ in 0..<200 {
            var (first, second) = (LineSet(), LineSet())
            var reference = Set<Int>()
            for _ in 0..<Int.random(in: 0...50, using: &generator) {
                let line = Int.random(in: 1...300, using: &generator)
                first.insert(line)
                reference.insert(line)
            }
            for _ in 0..<Int.random(in: 0...50, using: &generator) {
                let line = Int.random(in: 1...700, using: &generator)
                second.insert(line)
                reference.insert(line)
            }
            first.formUnion(second)
            #expect(first.count == reference.count)
            #expect((1...701).filter(first.contains) == reference.sorted())
        }
    }
}

/// The SHA-256 values a read announced, from whichever thread.
private final class Announcements: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private let arrived = DispatchSemaphore(value: 0)
    private var values: [String] = []

    func add(_ value: String) {
        lock.wait()
        values.append(value)
        lock.signal()
        arrived.signal()
    }

    /// The first value, waiting for it (a minute at most: a safety net, not a timing limit).
    func first() -> String? {
        guard arrived.wait(timeout: .now() + 60) == .success else { return nil }
        arrived.signal()
        return all().first
    }

    func all() -> [String] {
        lock.wait()
        defer { lock.signal() }
        return values
    }
}
