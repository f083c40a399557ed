import GeoModel

/// The per-economy fields of a diff, as the CSV and JSON outputs carry them.
///
/// A band-only value is a range and is written `low..high` in CSV (an object with `low`,
/// `high` and `midpoint` in JSON); so is a change computed from bands.
enum DiffFields {
    static let names = [
        "iso3", "name", "from_value", "to_value", "change", "relative_change", "from_rank", "to_rank", "from_class",
        "to_class", "flags_gained", "flags_lost", "status",
    ]

    /// A value as text: the point, or `low..high` for a band without a point.
    static func valueText(_ observation: Observation?) -> String {
        guard let observation else { return "" }
        if let value = observation.value { return CSVText.number(value) }
        if let low = observation.low, let high = observation.high {
            return "\(CSVText.number(low))..\(CSVText.number(high))"
        }
        return ""
    }

    static func changeText(_ change: Estimate?) -> String {
        guard let change else { return "" }
        return change.isExact
            ? CSVText.number(change.point) : "\(CSVText.number(change.low))..\(CSVText.number(change.high))"
    }

    static func csvRow(_ change: EconomyChange) -> [String] {
        [
            change.iso3.rawValue, change.name, valueText(change.from), valueText(change.to), changeText(change.change),
            CSVText.number(change.relativeChange), change.fromRank.map(String.init) ?? "",
            change.toRank.map(String.init) ?? "",
            change.fromClass.map(String.init) ?? "", change.toClass.map(String.init) ?? "",
            change.flagsGained.map(\.rawValue).joined(separator: ";"),
            change.flagsLost.map(\.rawValue).joined(separator: ";"),
            change.status.rawValue,
        ]
    }
}
