import GeoModel

/// A source file's identity in the store: its path, its bytes' SHA-256 and the SHA-256 of the
/// observations read from it (`sources.path`, `sources.sha256`, `sources.observations_hash`).
///
/// The same file read the same way by two pipelines has one identity, so its observations
/// are stored once. The same bytes read differently (another pipeline's aliases map a name to
/// another economy) give other observations, so another identity: never silently merged.
struct SourceIdentity: Hashable, Sendable {
    /// The path as ingested.
    let path: String
    /// The SHA-256 of the file's bytes.
    let sha256: String
    /// ``observationsHash(of:)`` of the file's observations.
    let observationsHash: String

    /// The identity of an ingested file.
    init(_ file: IngestedFile) {
        path = file.source.path
        sha256 = file.source.sha256
        observationsHash = Self.observationsHash(of: file.observations)
    }

    /// The identity's line in a source set hash: `path<TAB>sha256<TAB>observations_hash`.
    var sourceSetLine: String { "\(path)\t\(sha256)\t\(observationsHash)" }

    /// The SHA-256 of a canonical serialisation of `observations`, independent of their order.
    ///
    /// Each observation becomes one line of every stored field (see ``canonicalLine(_:)``);
    /// the lines are sorted by their UTF-8 bytes and joined by newlines.
    ///
    /// - Complexity: O(n log n) in the number of observations.
    static func observationsHash(of observations: some Sequence<Observation>) -> String {
        let lines = observations.map(canonicalLine).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return SHA256.hex(of: lines.joined(separator: "\n"))
    }

    /// One observation's stored fields, tab-separated, in the order iso3, period, metric,
    /// value, low, high, status, label, line, column, source_ref, note.
    ///
    /// A missing field is `-`; a present one is `+` and its text, with backslash, tab, newline
    /// and carriage return escaped, so `nil` differs from empty and no field can forge another.
    /// Doubles are their IEEE 754 bit pattern in hex, so equal lines mean bit-identical values.
    static func canonicalLine(_ observation: Observation) -> String {
        [
            field(observation.iso3.rawValue), field(observation.period.description), field(observation.metric),
            field(observation.value), field(observation.low), field(observation.high),
            field(observation.status.rawValue), field(observation.label), field(observation.origin.line),
            field(observation.origin.column), field(observation.sourceID), field(observation.note),
        ].joined(separator: "\t")
    }

    private static func field(_ text: String?) -> String {
        guard let text else { return "-" }
        var escaped = "+"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func field(_ number: Double?) -> String {
        number.map { "+" + String($0.bitPattern, radix: 16) } ?? "-"
    }

    private static func field(_ integer: Int?) -> String {
        integer.map { "+" + String($0) } ?? "-"
    }
}
