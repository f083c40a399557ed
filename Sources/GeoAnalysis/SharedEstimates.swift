public import GeoModel

/// Finds groups of economies that share one published estimate.
public enum SharedEstimates {
    /// Groups of two or more economies whose published point values of `metric` are identical
    /// in every period, over at least two periods (one identical figure is a coincidence; the
    /// same series is a regional estimate). Bands without a point are never grouped.
    ///
    /// - Returns: Largest group first, then by first member.
    public static func find(metric: String, in observations: [Observation]) -> [SharedEstimate] {
        var series: [AreaCode: [(Period, Double)]] = [:]
        for observation in observations where observation.metric == metric && observation.status == .reported {
            guard let value = observation.value else { continue }
            series[observation.iso3, default: []].append((observation.period, value))
        }
        var groups: [[String]: [AreaCode]] = [:]
        var keyed: [[String]: [(Period, Double)]] = [:]
        for (iso3, points) in series where points.count >= 2 {
            let sorted = points.sorted { $0.0 < $1.0 }
            let key = sorted.map { "\($0.0)=\($0.1)" }
            groups[key, default: []].append(iso3)
            keyed[key] = sorted
        }
        return groups.compactMap { key, members -> SharedEstimate? in
            guard members.count >= 2, let points = keyed[key] else { return nil }
            return SharedEstimate(
                metric: metric, members: members.sorted(), periods: points.map(\.0), values: points.map(\.1))
        }
        .sorted { ($1.members.count, $0.members[0]) < ($0.members.count, $1.members[0]) }
    }
}
