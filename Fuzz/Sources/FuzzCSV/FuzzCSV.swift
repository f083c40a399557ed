import Foundation
import FuzzSupport
import GeoIngest
import GeoModel

/// libFuzzer entry point for the CSV reading path: `ObservationReader.read(_:spec:)`, which
/// runs TextDecoder, CSVReader, CSVTable, country resolution and row validation.
///
/// The first byte selects the spec, the rest is the file:
///
/// | bits | meaning |
/// |---|---|
/// | 0–1 | format: 0 long, 1 wide, 2 monthly (economy from the file name), 3 monthly (`economy:` set) |
/// | 2 | long/wide: `period: 2025-H2`; monthly: `minimum_months: 1` |
/// | 3 | `metric: ai_user_share` |
/// | 4–6 | encoding: 0–2 detect, 3 UTF-8, 4 UTF-16, 5 Latin-1, 6 Windows-1252, 7 Mac OS Roman |
/// | 7 | declared metrics (units checked) instead of any metric id |
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput.bytes(data, size)
    let selector = input.first ?? 0
    let file = Array(input.dropFirst())
    let spec = CSVFuzzSpec.make(selector)
    let reader = selector & 0x80 != 0 ? CSVFuzzSpec.checkedReader : CSVFuzzSpec.reader
    FuzzInput.expectGeoError {
        let ingested = try reader.read(file, spec: spec)
        _ = ObservationReader.crossFileDuplicates([ingested, ingested])
    }
    CSVFuzzSpec.checkPartByPart(file, spec: spec, reader: reader)
    return 0
}

enum CSVFuzzSpec {
    /// The shipped reference tables, read once from `Data/reference/`.
    static let reference: ReferenceTables = {
        func file(_ name: String) -> ReferenceLoader.File {
            let url = FuzzInput.root.appendingPathComponent("Data/reference/\(name)")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                preconditionFailure("cannot read \(url.path); run from the repository or set GEO_AI_ROOT")
            }
            return ReferenceLoader.File(path: "Data/reference/\(name)", text: text)
        }
        do {
            return try ReferenceLoader.load(
                countries: file("countries.csv"), aliases: file("aliases.csv"), ambiguous: file("ambiguous.csv"),
                sanctions: file("sanctions.csv"), providers: file("provider_unavailable.csv"))
        } catch {
            preconditionFailure("the shipped reference tables must load: \(error)")
        }
    }()

    static let reader = ObservationReader(reference: reference)
    static let checkedReader = ObservationReader(
        reference: reference,
        metrics: [
            "ai_user_share": Metric(id: "ai_user_share", label: "AI user share", unit: .percent, weight: .workingAgePopulation),
            "deepseek_share": Metric(id: "deepseek_share", label: "DeepSeek share", unit: .percent, weight: .users(of: "ai_user_share")),
            "share_chatgpt": Metric(id: "share_chatgpt", label: "ChatGPT share", unit: .percent, weight: .none),
            "users": Metric(id: "users", label: "Users", unit: .count, weight: .none),
            "ratio": Metric(id: "ratio", label: "Ratio", unit: .fraction, weight: .population),
        ])

    /// The read that hands a file's observations on part by part, for storing them while it
    /// reads (`read(_:spec:deliveringParts:)`, which scans a UTF-8 long table part by part),
    /// must give what the plain read gives: the same file or the same errors, and hand on the
    /// file's observations, in order, or nothing.
    static func checkPartByPart(_ file: [UInt8], spec: SourceSpec, reader: ObservationReader) {
        func describe(_ result: Result<IngestedFile, GeoError>) -> String {
            switch result {
            case .success(let ingested):
                let ignored = ingested.ignored.sorted { $0.key.description < $1.key.description }
                return "\(ingested.source) \(Array(ingested.observations)) \(ingested.diagnostics) "
                    + "\(ingested.resolutions) \(ignored)"
            case .failure(let error): return "refused: \(error)"
            }
        }
        final class Parts { var observations: [Observation] = [] }
        let parts = Parts()
        let plain = Result { () throws(GeoError) in try reader.read(file, spec: spec) }
        let partByPart = Result { () throws(GeoError) in
            try reader.read(file, spec: spec, deliveringParts: { parts.observations += Array($0) })
        }
        precondition(
            describe(plain) == describe(partByPart),
            "read part by part: \(describe(partByPart))\nread whole: \(describe(plain))")
        if case .success(let ingested) = plain, !parts.observations.isEmpty {
            precondition(
                "\(parts.observations)" == "\(Array(ingested.observations))", "handed on: \(parts.observations)")
        }
    }

    static func make(_ selector: UInt8) -> SourceSpec {
        let encodings: [TextEncoding?] = [nil, nil, nil, .utf8, .utf16, .latin1, .windows1252, .macRoman]
        let flag = selector & 0x04 != 0
        var spec = SourceSpec(
            path: "Data/usage/fuzz.csv", encoding: encodings[Int(selector >> 4) & 7],
            metric: selector & 0x08 != 0 ? "ai_user_share" : nil,
            aliases: ["Congo": AreaCode("COG"), "Korea": AreaCode("KOR")].compactMapValues { $0 },
            ignore: ["Bir Tawil (Egypt/Sudan)", "Antarctica"])
        switch selector & 3 {
        case 0:
            spec.format = .long
            spec.period = flag ? Period("2025-H2") : nil
        case 1:
            spec.format = .wide
            spec.period = flag ? Period("2025-H2") : nil
            spec.columns = ["Share (latest)": .init(period: Period("2026-Q1")), "Users": .init(metric: "users")]
        case 2:
            spec.format = .monthly
            spec.path = "Data/usage/ai_chatbot-market_share-KE-monthly-202507-202512.csv"
            spec.minimumMonths = flag ? 1 : 3
            spec.columns = ["Microsoft Copilot": .init(metric: "copilot_share")]
        default:
            spec.format = .monthly
            spec.path = "Data/usage/Kenya.csv"
            spec.economy = flag ? "KE" : "Côte d'Ivoire"
        }
        return spec
    }
}
