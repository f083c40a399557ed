/// How a regional value is estimated from its members: the weighted mean or the unweighted
/// median, optionally leaving out named economies (e.g. "weighted mean excluding CHN").
///
/// Excluded economies are removed from every group a ratio compares, so a ratio under
/// "weighted mean excluding CHN" compares regions and a rest of world without China.
///
/// ```swift
/// Estimator.weightedMean.description                              // "weighted mean"
/// Estimator.weightedMean.excluding([AreaCode("CHN")!]).description     // "weighted mean excluding CHN"
/// ```
public struct Estimator: Hashable, Sendable, CustomStringConvertible {
    /// The statistic.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Σ wᵢ·vᵢ / Σ wᵢ over members with data, using the metric's weight (equal weights for `none`).
        case weightedMean = "weighted_mean"
        /// The unweighted median of members' values.
        case median
    }

    /// The statistic.
    public let kind: Kind
    /// Economies left out of every group, sorted.
    public let excluded: [AreaCode]

    /// Creates an estimator.
    public init(_ kind: Kind, excluding excluded: [AreaCode] = []) {
        self.kind = kind
        self.excluded = Array(Set(excluded)).sorted()
    }

    /// The weighted mean of all members.
    public static let weightedMean = Estimator(.weightedMean)
    /// The unweighted median of all members.
    public static let median = Estimator(.median)

    /// The same statistic, also leaving out `economies`.
    public func excluding(_ economies: [AreaCode]) -> Estimator { Estimator(kind, excluding: excluded + economies) }

    /// Parses `weighted_mean`, `median`, or either followed by `excluding:` and comma-separated codes
    /// (`weighted_mean excluding:CHN,IND`); returns `nil` for anything else.
    public init?(spec: String) {
        let parts = spec.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = parts.first, let kind = Kind(rawValue: String(first)), parts.count <= 2 else { return nil }
        var codes: [AreaCode] = []
        if parts.count == 2 {
            let prefix = "excluding:"
            guard parts[1].hasPrefix(prefix) else { return nil }
            for text in parts[1].dropFirst(prefix.count).split(separator: ",", omittingEmptySubsequences: false) {
                guard let code = AreaCode(String(text)) else { return nil }
                codes.append(code)
            }
        }
        self.init(kind, excluding: codes)
    }

    /// The spelling ``init(spec:)`` reads: `weighted_mean`, `median excluding:CHN`.
    public var spec: String {
        guard !excluded.isEmpty else { return kind.rawValue }
        return kind.rawValue + " excluding:" + excluded.map(\.rawValue).joined(separator: ",")
    }

    /// "weighted mean", "median", "weighted mean excluding CHN".
    public var description: String {
        let base = kind == .weightedMean ? "weighted mean" : "median"
        guard !excluded.isEmpty else { return base }
        return base + " excluding " + excluded.map(\.rawValue).joined(separator: ", ")
    }
}
