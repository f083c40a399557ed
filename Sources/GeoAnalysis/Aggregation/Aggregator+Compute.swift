import GeoModel

extension Aggregator {
    /// The core computation over an explicit member list (see ``RegionalAggregate`` for the semantics).
    func aggregate(
        of members: [AreaCode], label: String, groupingID: String, metric: Metric, period: Period, excluded: [AreaCode],
        minimumCoverage: Double
    ) -> RegionalAggregate {
        let excludedSet = Set(excluded)
        let kept = members.filter { !excludedSet.contains($0) }.sorted()
        var withData: [AreaCode] = []
        var dataWithoutWeight: [AreaCode] = []
        var withoutWeight: [AreaCode] = []
        var atMidpoint: [AreaCode] = []
        var weighted: [(iso3: AreaCode, weight: Double, value: Estimate)] = []
        var totalBase = 0.0
        var coveredBase = 0.0
        for iso3 in kept {
            let datum = self.datum(iso3, metric: metric.id, period: period)
            let weight = self.weight(of: iso3, by: metric.weight, period: period)
            let base = self.weight(of: iso3, by: Self.coverageBase(of: metric.weight), period: period)
            if weight == nil { withoutWeight.append(iso3) }
            // Counted and weighted alike: a value that cannot be weighted is in neither the
            // "with data" count, the mean nor the median, and is named instead.
            if let datum, let weight {
                withData.append(iso3)
                weighted.append((iso3, weight, datum))
                if isBandMidpoint(iso3, metric: metric.id, period: period) { atMidpoint.append(iso3) }
            } else if datum != nil {
                dataWithoutWeight.append(iso3)
            }
            if let base {
                totalBase += base
                if datum != nil && weight != nil { coveredBase += base }
            }
        }
        let weightWithData = weighted.reduce(0) { $0 + $1.weight }
        let coverage: Double? = totalBase > 0 ? coveredBase / totalBase : nil
        let reason = withheldReason(
            metric: metric, period: period, isEmpty: kept.isEmpty, withData: withData.count,
            unweighted: dataWithoutWeight.count, coverage: coverage, minimumCoverage: minimumCoverage,
            weightWithData: weightWithData)
        var mean: Estimate?
        var median: Estimate?
        var dominance: Dominance?
        if reason == nil {
            mean = Self.weightedMean(weighted)
            let values = weighted.map(\.value)
            median = Estimate(
                point: Self.median(values.map(\.point)), low: Self.median(values.map(\.low)),
                high: Self.median(values.map(\.high)))
            if metric.weight != .none { dominance = Self.dominance(in: weighted, weightWithData: weightWithData) }
        }
        return RegionalAggregate(
            groupingID: groupingID, region: label, period: period, metric: metric.id, weight: metric.weight,
            excluded: excludedSet.sorted(), members: kept, membersWithData: withData,
            membersWithoutWeight: withoutWeight, membersWithDataWithoutWeight: dataWithoutWeight,
            membersAtBandMidpoint: atMidpoint, coverage: coverage, minimumCoverage: minimumCoverage, mean: mean,
            median: median, dominance: dominance, withheldReason: reason)
    }

    /// The member that carries more than half of the weight, or more than half of the weighted
    /// total Σ wᵢ·vᵢ (China holds a fifth of the world's AI users but most of its DeepSeek use), with
    /// the mean of the others; `nil` when none does or it is the only member with data.
    static func dominance(in members: [(iso3: AreaCode, weight: Double, value: Estimate)], weightWithData: Double)
        -> Dominance?
    {
        guard members.count > 1, weightWithData > 0 else { return nil }
        let total = members.reduce(0) { $0 + $1.weight * $1.value.point }
        func share(_ member: (iso3: AreaCode, weight: Double, value: Estimate)) -> (weight: Double, total: Double) {
            (member.weight / weightWithData, total > 0 ? member.weight * member.value.point / total : 0)
        }
        guard
            let top = members.max(by: {
                max(share($0).weight, share($0).total) < max(share($1).weight, share($1).total)
            }),
            share(top).weight > 0.5 || share(top).total > 0.5
        else { return nil }
        return Dominance(
            iso3: top.iso3, weightShare: share(top).weight, totalShare: share(top).total,
            meanWithout: weightedMean(members.filter { $0.iso3 != top.iso3 }))
    }

    /// Σ wᵢ·vᵢ / Σ wᵢ on the point, the lows and the highs; `nil` for no members or no weight.
    static func weightedMean(_ members: [(iso3: AreaCode, weight: Double, value: Estimate)]) -> Estimate? {
        var total = 0.0
        var point = 0.0
        var low = 0.0
        var high = 0.0
        for member in members {
            total += member.weight
            point += member.weight * member.value.point
            low += member.weight * member.value.low
            high += member.weight * member.value.high
        }
        guard total > 0 else { return nil }
        return Estimate(point: point / total, low: low / total, high: high / total)
    }

    /// Why a group has no value, or `nil` when it has one.
    private func withheldReason(
        metric: Metric, period: Period, isEmpty: Bool, withData: Int, unweighted: Int, coverage: Double?,
        minimumCoverage: Double, weightWithData: Double
    ) -> String? {
        let baseNoun = weightNoun(Self.coverageBase(of: metric.weight))
        if isEmpty { return "the group has no members" }
        if withData == 0 && unweighted == 0 { return "no member has data for \(metric.label) in \(period)" }
        guard let coverage else { return "no member has a known \(baseNoun)" }
        guard coverage >= minimumCoverage else {
            let shown = NumberText.percent(coverage, against: minimumCoverage)
            let minimum = NumberText.trimmed(minimumCoverage * 100, maxDecimals: 1)
            return "coverage \(shown) % of \(baseNoun) is below the minimum \(minimum) %"
        }
        if withData == 0 || weightWithData <= 0 {
            return "no member with data has a known \(weightNoun(metric.weight))"
        }
        return nil
    }

    /// An economy's value with its range, or `nil` when it has none.
    ///
    /// A published point value is its own low and high: its band (China's 89 % sits in the band
    /// ">25 %") is context for classes and legends, never a range. A band without a point counts
    /// at its midpoint with the band's ends as its range. "Insufficient data" and non-finite
    /// values are no data.
    func datum(_ iso3: AreaCode, metric: String, period: Period) -> Estimate? {
        guard let observation = observations[Observation.Key(iso3: iso3, period: period, metric: metric)] else {
            return nil
        }
        return Self.estimate(of: observation)
    }

    /// An observation's value with its range (see ``datum(_:metric:period:)``), or `nil` when it has none.
    static func estimate(of observation: Observation) -> Estimate? {
        guard observation.status == .reported, let point = observation.representativeValue, point.isFinite else {
            return nil
        }
        if observation.value != nil { return Estimate(exactly: point) }
        let low = observation.low.flatMap { $0.isFinite ? $0 : nil } ?? point
        let high = observation.high.flatMap { $0.isFinite ? $0 : nil } ?? point
        return Estimate(point: point, low: low, high: high)
    }

    /// Whether an economy's value for the metric is a band without a published point.
    func isBandMidpoint(_ iso3: AreaCode, metric: String, period: Period) -> Bool {
        observations[Observation.Key(iso3: iso3, period: period, metric: metric)]?.value == nil
    }

    /// An economy's weight, or `nil` when it is unknown.
    ///
    /// `users:M` is M's value × working-age population, with a percent divided by 100 (a band
    /// without a point counts at its midpoint); a count metric is the number of users itself.
    func weight(of iso3: AreaCode, by weight: Weight, period: Period) -> Double? {
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
