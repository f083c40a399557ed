import GeoMaps
import GeoModel
import GeoReports

/// Labels for the classes of shared breaks, as the diff shows them ("5–10 %").
enum ClassLabels {
    static func label(_ breaks: ClassBreaks, index: Int, unit: Unit) -> String {
        if let labels = breaks.labels, index < labels.count { return labels[index] }
        let range = breaks.range(ofClass: index)
        let symbol = unit.symbol.isEmpty ? "" : " " + unit.symbol
        let low = NumberFormat.trimmed(range.lowerBound, maximumDecimals: 2)
        let high = NumberFormat.trimmed(range.upperBound, maximumDecimals: 2)
        return low == high ? low + symbol : "\(low)–\(high)\(symbol)"
    }
}
