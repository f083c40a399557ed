import GeoModel

/// How reports write values, ranges and ratios: fixed decimals, the unit's symbol, en dashes.
///
/// ```
/// ValueText.value(15.125, unit: .percent)                      // "15.1 %"
/// ValueText.estimate(Estimate(point: 10.5, low: 8.5, high: 12.5), unit: .percent)  // "10.5 % (8.5–12.5)"
/// ValueText.ratio(RatioEstimate(point: .finite(1.42), low: .finite(0.64), high: .unbounded))  // "1.4× (0.64× – unbounded)"
/// ```
enum ValueText {
    static func number(_ value: Double, decimals: Int = 1) -> String {
        NumberText.fixed(value, decimals: decimals)
    }

    static func value(_ value: Double, unit: Unit, decimals: Int = 1) -> String {
        let text = number(value, decimals: decimals)
        return unit.symbol.isEmpty ? text : "\(text) \(unit.symbol)"
    }

    static func estimate(_ estimate: Estimate, unit: Unit, decimals: Int = 1) -> String {
        let point = value(estimate.point, unit: unit, decimals: decimals)
        guard !estimate.isExact else { return point }
        return "\(point) (\(number(estimate.low, decimals: decimals))–\(number(estimate.high, decimals: decimals)))"
    }

    /// An observation as published: the point value, or the band ("16–20 %"), or ">25 %".
    static func observation(_ observation: Observation, unit: Unit) -> String {
        if let point = observation.value {
            guard let low = observation.low, let high = observation.high else { return value(point, unit: unit) }
            return "\(value(point, unit: unit)) (band \(band(low, high, unit: unit)))"
        }
        if let low = observation.low, let high = observation.high { return band(low, high, unit: unit) }
        return observation.status == .insufficientData ? "insufficient data" : "no data"
    }

    static func band(_ low: Double, _ high: Double, unit: Unit) -> String {
        let symbol = unit.symbol.isEmpty ? "" : " \(unit.symbol)"
        if unit == .percent, high >= 100, low > 0 {
            return ">\(NumberText.trimmed(low, maxDecimals: 2))\(symbol)"
        }
        return
            "\(NumberText.trimmed(low, maxDecimals: 2))–\(NumberText.trimmed(high, maxDecimals: 2))\(symbol)"
    }

    static func ratioBound(_ bound: RatioBound) -> String {
        switch bound {
        case .finite(let value): significant(value) + "×"
        case .unbounded: "unbounded"
        }
    }

    static func ratio(_ ratio: RatioEstimate) -> String {
        let point = ratioBound(ratio.point)
        let low = ratioBound(ratio.low)
        let high = ratioBound(ratio.high)
        return low == point && high == point ? point : "\(point) (\(low) – \(high))"
    }

    /// Two significant digits, at least one decimal below 10 ("0.64", "3.4", "21").
    static func significant(_ value: Double) -> String {
        if abs(value) >= 10 { return NumberText.fixed(value, decimals: 0) }
        if abs(value) >= 1 { return NumberText.fixed(value, decimals: 1) }
        return NumberText.fixed(value, decimals: 2)
    }

    static func percentage(_ share: Double) -> String { NumberText.fixed(share * 100, decimals: 0) + " %" }

    /// "2025-H1 (first half of 2025)".
    static func periodName(_ period: Period) -> String {
        switch period.length {
        case .half: "\(period.index == 1 ? "first" : "second") half of \(period.year)"
        case .quarter: "Q\(period.index) \(period.year)"
        case .month: "\(period)"
        case .year: "\(period.year)"
        }
    }
}
