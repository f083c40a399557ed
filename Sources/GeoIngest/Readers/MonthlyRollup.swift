import GeoModel

/// Averages the months of a monthly export into half-year observations (H1 = Jan–Jun, H2 = Jul–Dec).
///
/// Each provider's value for a half-year is the plain mean of the months of that half that
/// have a value; an empty cell is a missing month, never zero. A half-year with fewer than
/// ``minimumMonths`` such months is not reported, and a note says why. Each observation
/// records the months it covers and points at the first row of its half:
///
/// ```
/// 2025-H2 share_chatgpt 79.5  note: "mean of 6 months: 2025-07, 2025-08, 2025-09, 2025-10, 2025-11, 2025-12"
/// t.csv:2:1: note: 2025-H1 is not reported: only 2 months have a value (2025-05, 2025-06); the minimum is 3
/// ```
struct MonthlyRollup {
    /// One month's row of the export.
    struct Month {
        /// The month.
        let period: Period
        /// The row it was read from.
        let record: CSVRecord
        /// The row's date cell.
        let origin: SourceLocation
        /// The row's values, one per provider column (in ``MonthlyRollup/providers`` order); `nil` when empty.
        let values: [Double?]
    }

    /// One reported half-year mean and the rows it averaged.
    struct Mean {
        /// The observation.
        let observation: Observation
        /// The rows with a value for it, in chronological order.
        let months: [Month]
    }

    /// The economy of the file.
    let iso3: AreaCode
    /// The provider columns, in header order.
    let providers: [MonthlyProviderColumn]
    /// The fewest months with a value a half-year needs.
    let minimumMonths: Int

    /// The half-year means of `months` (each month at most once), ordered by half then column, and a
    /// note for every half-year (or metric of one) left out for too few months.
    func means(of months: [Month]) -> (means: [Mean], notes: [Diagnostic]) {
        var halves: [Period: [Month]] = [:]
        for month in months {
            guard let half = Period.half(containing: month.period.year, month: month.period.index) else { continue }
            halves[half, default: []].append(month)
        }
        var means: [Mean] = []
        var notes: [Diagnostic] = []
        for (half, rows) in halves.sorted(by: { $0.key < $1.key }) {
            let chronological = rows.sorted { $0.period < $1.period }
            guard let first = rows.min(by: { $0.record.line < $1.record.line }) else { continue }
            var shortfalls: [(months: [Period], metrics: [String])] = []
            for (column, provider) in providers.enumerated() {
                let used = chronological.filter { $0.values[column] != nil }
                guard used.count >= minimumMonths else {
                    let periods = used.map(\.period)
                    if let index = shortfalls.firstIndex(where: { $0.months == periods }) {
                        shortfalls[index].metrics.append(provider.metric)
                    } else {
                        shortfalls.append((periods, [provider.metric]))
                    }
                    continue
                }
                let total = used.reduce(0.0) { $0 + ($1.values[column] ?? 0) }
                let observation = Observation(
                    iso3: iso3, period: half, metric: provider.metric, value: total / Double(used.count),
                    origin: first.origin, note: Self.coverage(used.map(\.period)))
                means.append(Mean(observation: observation, months: used))
            }
            for shortfall in shortfalls {
                let isWholeHalf = shortfall.metrics.count == providers.count
                let scope = isWholeHalf ? "" : " for \(shortfall.metrics.joined(separator: ", "))"
                let count = Self.count(shortfall.months)
                notes.append(
                    Diagnostic(
                        .note, "\(half) is not reported\(scope): \(count); the minimum is \(minimumMonths)",
                        at: first.origin,
                        hint: "A half-year mean needs values for at least \(minimumMonths) of its 6 months; "
                            + "add the missing months, or lower minimum_months for this source."))
            }
        }
        return (means, notes)
    }

    /// "mean of 6 months: 2025-07, 2025-08, …" (every month listed).
    static func coverage(_ months: [Period]) -> String {
        let noun = months.count == 1 ? "month" : "months"
        return "mean of \(months.count) \(noun): \(months.map(\.description).joined(separator: ", "))"
    }

    /// "only 2 months have a value (2025-05, 2025-06)", or "no month has a value".
    private static func count(_ months: [Period]) -> String {
        let list = months.map(\.description).joined(separator: ", ")
        switch months.count {
        case 0: return "no month has a value"
        case 1: return "only 1 month has a value (\(list))"
        default: return "only \(months.count) months have a value (\(list))"
        }
    }
}
