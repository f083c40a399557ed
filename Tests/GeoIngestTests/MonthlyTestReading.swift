import GeoIngest
import GeoModel
import Testing

/// Reads monthly exports in tests: fixtures from `Fixtures/monthly/`, or inline text.
enum MonthlyTestReading {
    /// The KE fixture: 12 months of 2025, CRLF with a BOM, April's Deepseek cell empty.
    static let kenyaFile = "ai_chatbot-market_share-KE-monthly-202501-202512.csv"
    /// The NG fixture: May–December 2025 (2 months of H1, 6 of H2), dates as `May 2025`.
    static let nigeriaFile = "ai_chatbot-market_share-NG-monthly-202505-202512.csv"

    /// A monthly spec for `path`.
    static func spec(_ path: String, economy: String? = nil, minimumMonths: Int = 3) -> SourceSpec {
        SourceSpec(path: path, format: .monthly, economy: economy, minimumMonths: minimumMonths)
    }

    /// Reads a fixture under `Fixtures/monthly/`, stored under `Data/monthly/<name>`.
    static func fixture(
        _ name: String, spec edit: (inout SourceSpec) -> Void = { _ in }, metrics: [String: Metric]? = nil
    ) throws -> IngestedFile {
        var spec = spec("Data/monthly/\(name)")
        edit(&spec)
        let bytes = try ShippedReference.fixture("monthly/\(name)")
        return try ObservationReader(reference: ShippedReference.tables, metrics: metrics).read(bytes, spec: spec)
    }

    /// Reads inline text.
    static func read(_ text: String, spec: SourceSpec, metrics: [String: Metric]? = nil) throws(GeoError)
        -> IngestedFile
    {
        try ObservationReader(reference: ShippedReference.tables, metrics: metrics).read(Array(text.utf8), spec: spec)
    }

    /// The printed diagnostics of a read that fails (empty when it succeeds).
    static func failure(_ text: String, spec: SourceSpec, metrics: [String: Metric]? = nil) -> [String] {
        do {
            _ = try read(text, spec: spec, metrics: metrics)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    /// The observation for a half-year and metric, if reported.
    static func value(_ file: IngestedFile, _ period: String, _ metric: String) -> Observation? {
        file.observations.first { $0.period.description == period && $0.metric == metric }
    }

    /// A two-provider file for 2025-H2 with the given date spellings, one per row.
    static func text(dates: [String]) -> String {
        (["Date,ChatGPT,Other"] + dates.enumerated().map { "\($1),\(70 + $0),\(30 - $0)" }).joined(separator: "\n")
    }
}
