public import GeoIngest
public import GeoModel

/// A new pipeline file as `geo-ai init` writes it: what is known about its data, rendered as
/// commented YAML that ``PipelineConfig`` loads.
///
/// Without a data file it is a template whose source path and metric are placeholders named
/// after the pipeline; with one, ``PipelineScaffold/init(name:reading:spec:reference:)`` fills
/// in the format, period or metric columns, and the periods and metrics the data holds.
public struct PipelineScaffold: Sendable, Hashable {
    /// One metric the data holds.
    public struct MetricEntry: Sendable, Hashable {
        /// The metric id.
        public var id: String
        /// The unit guessed from the values: percent when every value lies in 0–100.
        public var unit: GeoModel.Unit
        /// The periods with data, oldest first (none for a template).
        public var periods: [Period]
    }

    /// The pipeline name (the file is `Pipelines/<name>.yaml`).
    public var name: String
    /// How to read the source, as the pipeline will declare it.
    public var source: SourceSpec
    /// Whether a data file was read (else the source and metric are placeholders).
    public var isFromData: Bool
    /// The metrics, sorted by id.
    public var metrics: [MetricEntry]
    /// Notes and warnings from reading the data (e.g. a column that maps to nothing).
    public var diagnostics: [Diagnostic] = []

    /// A template for a pipeline without data yet: `Data/usage/<name>.csv` in the long layout.
    public init(name: String) {
        self.name = name
        source = SourceSpec(path: "Data/usage/\(name).csv", format: .long)
        isFromData = false
        metrics = [MetricEntry(id: Self.metricID(from: name), unit: .percent, periods: [])]
    }

    /// Whether `name` can name a pipeline file: letters, digits, `-` and `_`, starting with a
    /// letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        let isLetterOrDigit: (Unicode.Scalar) -> Bool = {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
        guard let first = name.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" || $0 == "_" }
    }

    /// A metric id made from a file or pipeline name: lower case, runs of other characters as
    /// `_` (`AI-Diffusion 2025` → `ai_diffusion_2025`); `value` when nothing valid is left.
    public static func metricID(from name: String) -> String {
        var id = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, !id.hasSuffix("_") {
                id += "_"
            }
        }
        while id.hasSuffix("_") { id.removeLast() }
        return Metric.isValidID(id) ? id : "value"
    }
}
