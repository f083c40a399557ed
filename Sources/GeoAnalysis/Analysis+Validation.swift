import GeoModel

extension Analysis {
    /// Checks that the specification is consistent before anything is computed.
    static func validate(
        metrics: [Metric], groupings: [RegionGrouping], rules: [UnderservedRule], claims: [ClaimSpec],
        options: AnalysisOptions
    ) throws(GeoError) {
        guard options.minimumCoverage >= 0, options.minimumCoverage <= 1 else {
            throw GeoError(
                .dataError, "Minimum coverage \(options.minimumCoverage) is outside 0–1",
                hint: "Write it as a share: 0.5 for 50 %.")
        }
        var seen: Set<String> = []
        for grouping in groupings where !seen.insert(grouping.id).inserted {
            throw GeoError(
                .dataError, "Grouping '\(grouping.id)' is declared twice", hint: "Give each grouping its own id.")
        }
        let metricIDs = Set(metrics.map(\.id))
        for rule in rules {
            for condition in rule.conditions {
                switch condition {
                case .metric(let id, _, _) where !metricIDs.contains(id):
                    throw GeoError(
                        .dataError, "Rule '\(rule.flag)' tests metric '\(id)', which is not declared",
                        hint: "Declared metrics: \(metricIDs.sorted().joined(separator: ", ")).")
                case .providersUnavailable(let count) where count < 1:
                    throw GeoError(
                        .dataError, "Rule '\(rule.flag)' needs at least \(count) unavailable providers",
                        hint: "Use a count of 1 or more.")
                default: continue
                }
            }
            if rule.conditions.isEmpty {
                throw GeoError(.dataError, "Rule '\(rule.flag)' has no conditions", hint: "Add at least one condition.")
            }
        }
        for claim in claims {
            try validate(claim, metricIDs: metricIDs, groupings: groupings)
        }
    }

    static func validate(_ claim: ClaimSpec, metricIDs: Set<String>, groupings: [RegionGrouping]) throws(GeoError) {
        let name = "Claim '\(claim.id)'"
        guard metricIDs.contains(claim.metric) else {
            throw GeoError(
                .dataError, "\(name) names metric '\(claim.metric)', which is not declared",
                hint: "Declared metrics: \(metricIDs.sorted().joined(separator: ", ")).")
        }
        guard let grouping = groupings.first(where: { $0.id == claim.grouping }) else {
            throw GeoError(
                .dataError, "\(name) names grouping '\(claim.grouping)', which is not declared",
                hint: "Declared groupings: \(groupings.map(\.id).joined(separator: ", ")).")
        }
        var regions = [claim.region]
        if case .regions(let names) = claim.versus { regions += names }
        for region in regions where !grouping.contains(region: region) {
            throw GeoError(
                .dataError, "\(name) names group '\(region)', which grouping '\(grouping.id)' does not have",
                hint: "Its groups are: \(grouping.regions.joined(separator: ", ")).")
        }
        switch claim.versus {
        case .regions(let names) where names.isEmpty || names.contains(claim.region):
            throw GeoError(
                .dataError, "\(name) must compare '\(claim.region)' with other groups",
                hint: "List one or more groups other than '\(claim.region)', or compare with the rest of the world.")
        case .eachOtherRegion where grouping.regions.count < 2:
            throw GeoError(
                .dataError, "\(name) compares with each other group, but grouping '\(grouping.id)' has only one",
                hint: "Choose a grouping with two or more groups.")
        default: break
        }
        guard !claim.estimators.isEmpty else {
            throw GeoError(
                .dataError, "\(name) names no estimator", hint: "Add weighted_mean, median or both.")
        }
        guard claim.bounds.low != nil || claim.bounds.high != nil else {
            throw GeoError(.dataError, "\(name) has no bounds", hint: "Give a low bound, a high bound or both.")
        }
        if let low = claim.bounds.low, let high = claim.bounds.high, low > high {
            throw GeoError(
                .dataError, "\(name) has bounds out of order (\(low) > \(high))", hint: "Swap the low and high bound.")
        }
    }
}
