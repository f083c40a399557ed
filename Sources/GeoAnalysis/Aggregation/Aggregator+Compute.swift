import GeoModel

extension Aggregator {
    /// The core computation over an explicit member list (see ``RegionalAggregate`` for the semantics).
    func aggregate(
        of members: [ISO3], label: String, groupingID: String, metric: Metric, period: Period, excluded: [ISO3],
        minimumCoverage: Double
    ) -> RegionalAggregate {
        let excludedSet = Set(excluded)
        let kept = members.filter { !excludedSet.contains($0) }.sorted()
        var withData: [ISO3] = []
        var withoutWeight: [ISO3] = []
        var atMidpoint: [ISO3] = []
        var values: [Estimate] = []
        var totalBase = 0.0
        var coveredBase = 0.0
        var weightWithData = 0.0
        var weightedPoint = 0.0
        var weightedLow = 0.0
        var weightedHigh = 0.0
        for iso3 in kept {
            let datum = self.datum(iso3, metric: metric.id, period: period)
            let weight = self.weight(of: iso3, by: metric.weight, period: period)
            let base = self.weight(of: iso3, by: Self.coverageBase(of: metric.weight), period: period)
            if let datum {
                withData.append(iso3)
                values.append(datum)
                if isBandMidpoint(iso3, metric: metric.id, period: period) { atMidpoint.append(iso3) }
            }
            if weight == nil { withoutWeight.append(iso3) }
            if let base {
                totalBase += base
                // Covered means the value enters the mean: data *and* a known weight.
                if datum != nil && weight != nil { coveredBase += base }
            }
            if let datum, let weight {
                weightWithData += weight
                weightedPoint += weight * datum.point
                weightedLow += weight * datum.low
                weightedHigh += weight * datum.high
            }
        }
        let coverage: Double? = totalBase > 0 ? coveredBase / totalBase : nil
        let baseNoun = weightNoun(Self.coverageBase(of: metric.weight))
        var reason: String?
        if kept.isEmpty {
            reason = "the group has no members"
        } else if withData.isEmpty {
            reason = "no member has data for \(metric.id) in \(period)"
        } else if let coverage {
            if coverage < minimumCoverage {
                let shown = NumberText.percent(coverage, against: minimumCoverage)
                let minimum = NumberText.trimmed(minimumCoverage * 100, maxDecimals: 1)
                reason = "coverage \(shown) % of \(baseNoun) is below the minimum \(minimum) %"
            } else if weightWithData <= 0 {
                reason = "no member with data has a known \(weightNoun(metric.weight))"
            }
        } else {
            reason = "no member has a known \(baseNoun)"
        }
        var mean: Estimate?
        var median: Estimate?
        if reason == nil {
            mean = Estimate(
                point: weightedPoint / weightWithData, low: weightedLow / weightWithData,
                high: weightedHigh / weightWithData)
            median = Estimate(
                point: Self.median(values.map(\.point)), low: Self.median(values.map(\.low)),
                high: Self.median(values.map(\.high)))
        }
        return RegionalAggregate(
            groupingID: groupingID, region: label, period: period, metric: metric.id, weight: metric.weight,
            excluded: excludedSet.sorted(), members: kept, membersWithData: withData,
            membersWithoutWeight: withoutWeight, membersAtBandMidpoint: atMidpoint, coverage: coverage,
            minimumCoverage: minimumCoverage, mean: mean, median: median, withheldReason: reason)
    }

    /// An economy's value with its range, or `nil` when it has none.
    ///
    /// The point is the published value, else the band's midpoint; the low is the band's low,
    /// else the value; the high likewise. "Insufficient data" and non-finite values are no data.
    func datum(_ iso3: ISO3, metric: String, period: Period) -> Estimate? {
        guard let observation = observations[Observation.Key(iso3: iso3, period: period, metric: metric)],
            observation.status == .reported, let point = observation.representativeValue, point.isFinite
        else { return nil }
        let low = observation.low.flatMap { $0.isFinite ? $0 : nil } ?? point
        let high = observation.high.flatMap { $0.isFinite ? $0 : nil } ?? point
        return Estimate(point: point, low: low, high: high)
    }

    /// Whether an economy's value for the metric is a band without a published point.
    func isBandMidpoint(_ iso3: ISO3, metric: String, period: Period) -> Bool {
        observations[Observation.Key(iso3: iso3, period: period, metric: metric)]?.value == nil
    }

    /// An economy's weight, or `nil` when it is unknown.
    ///
    /// `users:M` is M's value × working-age population, with a percent divided by 100 (a band
    /// without a point counts at its midpoint); a count metric is the number of users itself.
    func weight(of iso3: ISO3, by weight: Weight, period: Period) -> Double? {
        let economy = tables.economies[iso3]
        let value: Double?
        switch weight {
        case .none:
            value = 1
        case .population:
            value = economy?.population
        case .workingAgePopulation:
            value = economy?.workingAgePopulation
        case .users(let source):
            guard let share = datum(iso3, metric: source, period: period)?.point, let unit = metrics[source]?.unit
            else { return nil }
            switch unit {
            case .percent: value = economy?.workingAgePopulation.map { share / 100 * $0 }
            case .fraction: value = economy?.workingAgePopulation.map { share * $0 }
            case .count: value = share
            case .number: value = nil
            }
        }
        guard let value, value.isFinite, value >= 0 else { return nil }
        return value
    }

    /// What coverage is measured in: the weight itself, except for users weights, where it is
    /// working-age population (the users of an economy without the share metric are unknown, so
    /// a coverage in users would always be 100 %).
    static func coverageBase(of weight: Weight) -> Weight {
        if case .users = weight { return .workingAgePopulation }
        return weight
    }

    /// What the weights measure, for coverage reasons: "working-age population".
    func weightNoun(_ weight: Weight) -> String {
        switch weight {
        case .none: return "members"
        case .population: return "population"
        case .workingAgePopulation: return "working-age population"
        case .users(let source):
            let label = metrics[source]?.label ?? source
            if metrics[source]?.unit == .count { return "users (\(label))" }
            return "users (\(label) × working-age population)"
        }
    }

    /// The median; the mean of the two middle values for an even count.
    ///
    /// - Precondition: `values` is not empty.
    static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "median of no values")
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
