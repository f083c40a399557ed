public import GeoModel

extension Flagger {
    /// The rule's flag when its conditions fire (any or all of them, as the rule says).
    ///
    /// The reason lists the conditions that fired with their values, e.g.
    /// "meets 2 of 2 conditions (all required): AI user share in 2025-H2 is 4.1 %, below 10 %;
    /// 2 providers leave it out (Anthropic (Claude API), OpenAI (ChatGPT and API)), at least 2 required".
    ///
    /// - Returns: The flag, or `nil` when the rule does not fire (or has no conditions).
    public func underservedFlag(for iso3: AreaCode, in period: Period, rule: UnderservedRule) -> EconomyFlag? {
        guard !rule.conditions.isEmpty else { return nil }
        let findings = rule.conditions.map { check($0, iso3: iso3, period: period) }
        let fired = findings.compactMap { $0 }
        switch rule.combination {
        case .any: guard !fired.isEmpty else { return nil }
        case .all: guard fired.count == rule.conditions.count else { return nil }
        }
        let requirement = rule.combination == .any ? "any one suffices" : "all required"
        // A rule of one condition needs no count: "meets the condition: … below 10 %".
        let lead =
            rule.conditions.count == 1
            ? "meets the condition: " : "meets \(fired.count) of \(rule.conditions.count) conditions (\(requirement)): "
        let reason = lead + fired.map(\.statement).joined(separator: "; ")
        return EconomyFlag(
            iso3: iso3, period: period, flag: rule.flag, level: nil, reason: reason, evidence: fired)
    }

    /// The evidence for a condition that fires, or `nil` when it does not.
    func check(_ condition: UnderservedRule.Condition, iso3: AreaCode, period: Period) -> FlagEvidence? {
        switch condition {
        case .metric(let id, let comparison, let threshold):
            guard let position = firstPositionByKey[Observation.Key(iso3: iso3, period: period, metric: id)],
                case let observation = observations[position],
                observation.status == .reported, let value = observation.representativeValue, value.isFinite,
                Self.compare(value, comparison, threshold)
            else { return nil }
            let metric = metrics[id]
            let symbol = metric.map { $0.unit.symbol.isEmpty ? "" : " " + $0.unit.symbol } ?? ""
            var shown = NumberText.trimmed(value) + symbol
            if observation.value == nil, let low = observation.low, let high = observation.high {
                shown += " (midpoint of the band \(NumberText.trimmed(low))–\(NumberText.trimmed(high)))"
            }
            let statement =
                "\(metric?.label ?? id) in \(period) is \(shown), \(comparison.phrase) \(NumberText.trimmed(threshold))\(symbol)"
            let source = [observation.origin.description, observation.sourceID].compactMap { $0 }.joined(
                separator: ", ")
            return FlagEvidence(statement: statement, source: source)
        case .providersUnavailable(let minimum):
            let gaps = unavailableProviders(for: iso3)
            guard gaps.count >= minimum, !gaps.isEmpty else { return nil }
            let names = NumberText.list(gaps.map(\.providerName))
            let providers = gaps.count == 1 ? "1 provider leaves" : "\(gaps.count) providers leave"
            let statement =
                "\(providers) it out of their supported-country lists (\(names)), at least \(minimum) required"
            let sources = Set(gaps.map(\.sourceURL)).sorted().joined(separator: " ")
            return FlagEvidence(statement: statement, source: sources)
        case .sanctioned:
            guard let flag = sanctionFlag(for: iso3, in: period) else { return nil }
            let sources = Set(flag.evidence.map(\.source)).sorted().joined(separator: " ")
            return FlagEvidence(statement: "under sanctions: \(flag.reason)", source: sources)
        }
    }

    static func compare(_ value: Double, _ comparison: UnderservedRule.Comparison, _ threshold: Double) -> Bool {
        switch comparison {
        case .below: value < threshold
        case .atMost: value <= threshold
        case .above: value > threshold
        case .atLeast: value >= threshold
        }
    }
}

extension UnderservedRule.Comparison {
    /// "below", "at most", "above", "at least".
    var phrase: String {
        switch self {
        case .below: "below"
        case .atMost: "at most"
        case .above: "above"
        case .atLeast: "at least"
        }
    }
}
