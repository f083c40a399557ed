import GeoModel

extension Aggregator {
    /// The inputs of a group's members to one metric in one period (see ``GroupInputs``).
    func inputs(of members: [AreaCode], metric: Metric, period: Period) -> GroupInputs {
        let coverageBase = Self.coverageBase(of: metric.weight)
        return GroupInputs(
            members: members.sorted().map { area in
                // One lookup gives the value and whether it is a band midpoint.
                let observation = observations[Observation.Key(iso3: area, period: period, metric: metric.id)]
                return GroupInputs.Member(
                    area: area, value: observation.flatMap(Self.estimate(of:)),
                    weight: weight(of: area, by: metric.weight, period: period),
                    base: weight(of: area, by: coverageBase, period: period),
                    atBandMidpoint: observation?.value == nil)
            })
    }

    /// The core computation over a group's members (see ``RegionalAggregate`` for the semantics).
    func aggregate(
        of group: GroupInputs, label: String, groupingID: String, metric: Metric, period: Period, excluded: [AreaCode],
        minimumCoverage: Double
    ) -> RegionalAggregate {
        let mask = group.exclusionMask(excluded)
        let tally = group.tally(leavingOut: mask)
        let reason = withheldReason(of: tally, metric: metric, period: period, minimumCoverage: minimumCoverage)
        var kept: [AreaCode] = []
        var withData: [AreaCode] = []
        var dataWithoutWeight: [AreaCode] = []
        var withoutWeight: [AreaCode] = []
        var atMidpoint: [AreaCode] = []
        var weighted: [(iso3: AreaCode, weight: Double, value: Estimate)] = []
        kept.reserveCapacity(tally.kept)
        withData.reserveCapacity(tally.weighted)
        weighted.reserveCapacity(tally.weighted)
        for (position, member) in group.members.enumerated() where !mask[position] {
            kept.append(member.area)
            if member.weight == nil { withoutWeight.append(member.area) }
            // Counted and weighted alike: a value that cannot be weighted is in neither the
            // "with data" count, the mean nor the median, and is named instead.
            if let value = member.value, let weight = member.weight {
                withData.append(member.area)
                weighted.append((member.area, weight, value))
                if member.atBandMidpoint { atMidpoint.append(member.area) }
            } else if member.value != nil {
                dataWithoutWeight.append(member.area)
            }
        }
        var mean: Estimate?
        var median: Estimate?
        var dominance: Dominance?
        if reason == nil {
            mean = tally.mean
            median = group.median(leavingOut: mask)
            if metric.weight != .none { dominance = Self.dominance(in: weighted, weightWithData: tally.weight) }
        }
        return RegionalAggregate(
            groupingID: groupingID, region: label, period: period, metric: metric.id, weight: metric.weight,
            excluded: Set(excluded).sorted(), members: kept, membersWithData: withData,
            membersWithoutWeight: withoutWeight, membersWithDataWithoutWeight: dataWithoutWeight,
            membersAtBandMidpoint: atMidpoint, coverage: tally.coverage, minimumCoverage: minimumCoverage, mean: mean,
            median: median, dominance: dominance, withheldReason: reason)
    }

    /// A group's value under an estimator's statistic with some members left out, or `nil`
    /// when the group has none: the figure of ``aggregate(of:label:groupingID:metric:period:excluded:minimumCoverage:)``
    /// without the lists, for searches that try many exclusions.
    ///
    /// `tally` is the group's tally under `mask` (``GroupInputs/tally(leavingOut:)``, or resumed
    /// from a prefix).
    func estimate(
        of group: GroupInputs, kind: Estimator.Kind, leavingOut mask: [Bool], tally: GroupInputs.Tally, metric: Metric,
        period: Period, minimumCoverage: Double
    ) -> Estimate? {
        guard withheldReason(of: tally, metric: metric, period: period, minimumCoverage: minimumCoverage) == nil
        else { return nil }
        switch kind {
        case .weightedMean: return tally.mean
        case .median: return group.median(leavingOut: mask)
        }
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
    private func withheldReason(of tally: GroupInputs.Tally, metric: Metric, period: Period, minimumCoverage: Double)
        -> String?
    {
        // Built only for a reason: the robustness search asks thousands of times, mostly of groups with a value.
        var baseNoun: String { weightNoun(Self.coverageBase(of: metric.weight)) }
        if tally.kept == 0 { return "the group has no members" }
        if tally.weighted == 0 && tally.unweighted == 0 { return "no member has data for \(metric.label) in \(period)" }
        guard let coverage = tally.coverage else { return "no member has a known \(baseNoun)" }
        guard coverage >= minimumCoverage else {
            let shown = NumberText.percent(coverage, against: minimumCoverage)
            let minimum = NumberText.trimmed(minimumCoverage * 100, maxDecimals: 1)
            return "coverage \(shown) % of \(baseNoun) is below the minimum \(minimum) %"
        }
        if tally.weighted == 0 || tally.weight <= 0 {
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
}
