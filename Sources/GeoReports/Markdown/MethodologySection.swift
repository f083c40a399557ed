import GeoModel

/// "Methodology": weights, estimators, thresholds, period semantics — stated from the settings.
enum MethodologySection {
    static func markdown(_ input: ReportInput) -> String {
        var lines = ["## Methodology", ""]
        for metric in input.metrics {
            lines.append(
                "- **\(MarkdownText.inline(metric.label))** (`\(metric.id)`, \(metric.unit.rawValue)): regional values are "
                    + "the mean weighted by \(WeightText.noun(metric.weight, labels: input.metricLabels)).")
        }
        lines += [
            "- Regional value = Σ wᵢ·vᵢ / Σ wᵢ over members with data; coverage = the share of the group's weight "
                + "held by members with data. Below \(ValueText.percentage(input.minimumCoverage)) coverage a group has no "
                + "value and the tables say why. The unweighted median of members' values is given beside the mean. "
                + "When one economy carries more than half of a group's weight or of its weighted total, the report says so "
                + "and gives the group's value without it.",
            "- Populations are World Bank WDI 2024 (UN WPP 2024 for 20 territories); working-age means 15–64. "
                + "A member that cannot be weighted (population unknown, or no value of the metric its users are counted "
                + "by) is counted nowhere: not among members with data, not in the mean and not in the median; the "
                + "report names it.",
            "- Bands: a value published only as a band (e.g. 11–15 %) counts at the band's midpoint in the mean and "
                + "median; the range of an aggregate uses members' lows and highs (an open band \">25 %\" runs to 100 %). "
                + "A published point value is its own low and high: its band is context for the map's classes only.",
            "- Ratios: point = A / B; range = A.low / B.high … A.high / B.low; a zero lower bound in the denominator "
                + "makes the range unbounded. Each figure names its estimator (weighted mean, median, or either with "
                + "named economies such as China left out of both sides).",
            "- Periods are calendar half-years (H1 = January–June) and quarters; flags count a programme in force on any "
                + "day of the period (a programme's `until` date is the first day it no longer applies).",
            "- Missing is missing: an empty cell is never read as zero, and \"insufficient data\" is kept apart from "
                + "\"not covered\".",
        ]
        return lines.joined(separator: "\n")
    }
}
