public import GeoModel

extension Aggregator {
    /// The ratio of a group's value to a baseline's under an estimator.
    ///
    /// The estimator's exclusions are removed from both sides; its statistic (weighted mean or
    /// median) is taken on both sides. When either side has no value, or the baseline's value
    /// is 0, the ratio has no value and ``Ratio/unavailableReason`` says why.
    ///
    /// - Parameters:
    ///   - metric: A declared metric id.
    ///   - period: The period.
    ///   - grouping: The grouping both groups belong to.
    ///   - region: The numerator group.
    ///   - baseline: Another group of the grouping, or the rest of the world.
    ///   - estimator: The statistic and exclusions.
    ///   - minimumCoverage: The coverage each side needs, 0–1.
    /// - Throws: ``GeoError`` (data error) for an undeclared metric or an unknown group.
    public func ratio(
        metric: String, period: Period, grouping: RegionGrouping, region: String, versus baseline: RatioBaseline,
        estimator: Estimator, minimumCoverage: Double = 0.5
    ) throws(GeoError) -> Ratio {
        let sides = try self.sides(
            metric: metric, period: period, grouping: grouping, region: region, versus: baseline)
        return self.ratio(
            of: sides, region: region, versus: baseline, groupingID: grouping.id, period: period, estimator: estimator,
            minimumCoverage: minimumCoverage)
    }

    /// The ratio of two groups whose inputs are already looked up (see the public overload).
    func ratio(
        of sides: RatioSides, region: String, versus baseline: RatioBaseline, groupingID: String, period: Period,
        estimator: Estimator, minimumCoverage: Double
    ) -> Ratio {
        func aggregate(_ group: GroupInputs, label: String) -> RegionalAggregate {
            self.aggregate(
                of: group, label: label, groupingID: groupingID, metric: sides.metric, period: period,
                excluded: estimator.excluded, minimumCoverage: minimumCoverage)
        }
        let baselineLabel: String
        switch baseline {
        case .region(let other): baselineLabel = other
        case .restOfWorld: baselineLabel = Self.restOfWorldLabel
        }
        return Self.ratio(
            numerator: aggregate(sides.numerator, label: region),
            denominator: aggregate(sides.denominator, label: baselineLabel), baseline: baseline, estimator: estimator)
    }

    /// Both sides of a ratio with their members' inputs looked up once.
    struct RatioSides {
        /// The declared metric.
        let metric: Metric
        /// The group's members.
        let numerator: GroupInputs
        /// The baseline's members.
        let denominator: GroupInputs
    }

    /// The inputs of both sides of a ratio.
    ///
    /// - Throws: ``GeoError`` (data error) for an undeclared metric or an unknown group.
    func sides(
        metric: String, period: Period, grouping: RegionGrouping, region: String, versus baseline: RatioBaseline
    ) throws(GeoError) -> RatioSides {
        let declared = try self.metric(metric)
        try Self.check(region: region, in: grouping)
        let baselineMembers: [AreaCode]
        switch baseline {
        case .region(let other):
            try Self.check(region: other, in: grouping)
            baselineMembers = grouping.members(of: other)
        case .restOfWorld:
            baselineMembers = restOfWorld(outside: region, in: grouping)
        }
        return RatioSides(
            metric: declared, numerator: inputs(of: grouping.members(of: region), metric: declared, period: period),
            denominator: inputs(of: baselineMembers, metric: declared, period: period))
    }

    /// Forms the ratio of two aggregates already computed under the estimator's exclusions.
    static func ratio(
        numerator: RegionalAggregate, denominator: RegionalAggregate, baseline: RatioBaseline, estimator: Estimator
    ) -> Ratio {
        // The baseline as a reason's sentence starts with it, named the one way place names are.
        let baselineStart =
            baseline == .restOfWorld ? "The rest of the world" : PlaceName.startingSentence(denominator.region)
        var value: RatioEstimate?
        var reason: String?
        if let why = numerator.withheldReason {
            reason = "\(PlaceName.startingSentence(numerator.region)) has no value: \(why)"
        } else if let why = denominator.withheldReason {
            reason = "\(baselineStart) has no value: \(why)"
        } else if let top = numerator.estimate(for: estimator.kind),
            let bottom = denominator.estimate(for: estimator.kind)
        {
            switch RatioEstimate.dividing(top, by: bottom) {
            case .success(let ratio):
                value = ratio
            case .failure(.zeroDivisor):
                reason =
                    "\(PlaceName.possessive(baselineStart)) \(estimator.kind.noun) is 0, so the ratio is undefined"
            case .failure(.negativeValue):
                reason = "a value below zero: ratios are defined for non-negative values only"
            }
        }
        return Ratio(
            groupingID: numerator.groupingID, region: numerator.region, baseline: baseline, metric: numerator.metric,
            period: numerator.period, estimator: estimator, numerator: numerator, denominator: denominator,
            value: value, unavailableReason: reason)
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension Estimator.Kind {
    /// "weighted mean" or "median".
    var noun: String {
        switch self {
        case .weightedMean: "weighted mean"
        case .median: "median"
        }
    }
}
