public import GeoModel

/// The derived tables written to `Reports/<pipeline>/data/`: aggregates, ratios, flags.
///
/// Column sets are a contract (scripts read them); values use fixed, locale-free formatting.
public enum DerivedTables {
    /// `aggregates.csv`: one row per grouping × region × period × metric.
    public static func aggregates(_ aggregates: [RegionalAggregate]) -> String {
        let header = [
            "grouping", "region", "period", "metric", "value", "low", "high", "median", "coverage", "members",
            "members_with_data", "weight",
        ]
        let rows = aggregates.filter { $0.excluded.isEmpty }.map { aggregate in
            [
                aggregate.groupingID, aggregate.region, aggregate.period.description, aggregate.metric,
                CSVText.number(aggregate.mean?.point), CSVText.number(aggregate.mean?.low),
                CSVText.number(aggregate.mean?.high), CSVText.number(aggregate.median?.point),
                CSVText.number(aggregate.coverage), String(aggregate.members.count),
                String(aggregate.membersWithData.count), aggregate.weight.description,
            ]
        }
        return CSVText.table(header: header, rows: rows)
    }

    /// `ratios.csv`: one row per region × baseline × period × metric × estimator.
    public static func ratios(_ ratios: [Ratio]) -> String {
        let header = ["grouping", "region", "versus", "period", "metric", "value", "low", "high", "estimator"]
        let rows = ratios.map { ratio in
            [
                ratio.groupingID, ratio.region, ratio.baseline.description, ratio.period.description, ratio.metric,
                bound(ratio.value?.point), bound(ratio.value?.low), bound(ratio.value?.high), ratio.estimator.spec,
            ]
        }
        return CSVText.table(header: header, rows: rows)
    }

    /// `claims.csv`: one row per claim × group definition × comparison × estimator, with the
    /// verdict judging best estimate and range separately, and the economies that decide it.
    ///
    /// `influential` lists up to three economies (ISO3) whose removal moves the best estimate
    /// most, each with the ratio without it (`CHN:2.497`); `decisive_exclusions` is the smallest
    /// set found (greedily, up to three) whose removal moves the best estimate across a bound,
    /// empty when none does, and `ratio_without_decisive` the best estimate once it is left out.
    public static func claims(_ claims: [ClaimEvaluation]) -> String {
        let header = [
            "claim", "definition", "region", "comparison", "period", "estimator", "best_estimate", "low", "high",
            "claimed_low", "claimed_high", "verdict", "influential", "decisive_exclusions", "ratio_without_decisive",
        ]
        var rows: [[String]] = []
        for claim in claims {
            for verdict in claim.verdicts {
                let robustness = verdict.robustness
                rows.append([
                    claim.spec.id, claim.spec.definition ?? "", claim.spec.region, verdict.baseline.description,
                    claim.spec.period.description, verdict.estimator.spec, bound(verdict.ratio.value?.point),
                    bound(verdict.ratio.value?.low), bound(verdict.ratio.value?.high),
                    CSVText.number(claim.spec.bounds.low),
                    CSVText.number(claim.spec.bounds.high), verdict.reading.rawValue,
                    (robustness?.influential ?? []).map { "\($0.iso3):\(CSVText.number($0.ratioWithout))" }
                        .joined(separator: " "),
                    (robustness?.decisiveSet ?? []).map(\.rawValue).joined(separator: " "),
                    CSVText.number(robustness?.ratioWithoutDecisiveSet),
                ])
            }
        }
        return CSVText.table(header: header, rows: rows)
    }

    /// `flags.csv`: one row per economy × period × flag.
    public static func flags(_ flags: [EconomyFlag]) -> String {
        let header = ["iso3", "period", "flag", "level", "reason", "evidence"]
        let rows = flags.map { flag in
            [
                flag.iso3.rawValue, flag.period.description, flag.flag.rawValue, flag.level?.rawValue ?? "",
                flag.reason,
                flag.evidence.map { "\($0.statement) <\($0.source)>" }.joined(separator: "; "),
            ]
        }
        return CSVText.table(header: header, rows: rows)
    }

    private static func bound(_ bound: RatioBound?) -> String {
        switch bound {
        case .finite(let value)?: CSVText.number(value)
        case .unbounded?: "inf"
        case nil: ""
        }
    }
}
