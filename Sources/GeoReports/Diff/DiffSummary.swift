import GeoModel

/// Sentences and small formats shared by the text and Markdown diff outputs.
enum DiffSummary {
    static func title(_ diff: SnapshotDiff) -> String {
        var title = "\(diff.metric.label): \(diff.from) → \(diff.to) (\(diff.pipeline))"
        if diff.isRevisionDiff {
            title += ", revisions of one period"
        } else if diff.comparesDifferentLengths {
            title += ", comparing a \(diff.from.period.length.noun) with a \(diff.to.period.length.noun)"
        }
        return title
    }

    /// Plain sentences (no markup) summarising the diff.
    static func sentences(_ diff: SnapshotDiff) -> [String] {
        var sentences: [String] = []
        let both = diff.economies.filter { $0.status == .both }
        let up = both.filter { ($0.change?.point ?? 0) > 0 }.count
        let down = both.filter { ($0.change?.point ?? 0) < 0 }.count
        sentences.append(
            "\(counted(both.count, "economy has", "economies have")) data in both: \(up) up, \(down) down, "
                + "\(both.count - up - down) unchanged.")
        let entered = diff.economies.filter { $0.status == .entered }.map(\.name)
        let left = diff.economies.filter { $0.status == .left }.map(\.name)
        if !entered.isEmpty { sentences.append("Entered coverage: \(list(entered)).") }
        if !left.isEmpty { sentences.append("Left coverage: \(list(left)).") }
        if diff.comparesDifferentLengths, !diff.isRevisionDiff {
            sentences.append(
                "The periods differ in length (\(diff.from.period.length.noun) vs \(diff.to.period.length.noun)); "
                    + "changes mix trend with period length.")
        }
        if diff.isRevisionDiff {
            sentences.append("\(counted(diff.revisedValues.count, "value was", "values were")) revised between the two revisions.")
        }
        if !diff.classJumps.isEmpty {
            sentences.append("\(counted(diff.classJumps.count, "economy", "economies")) changed class under the shared breaks.")
        }
        var gained: [FlagID: [String]] = [:]
        var lost: [FlagID: [String]] = [:]
        for change in diff.economies {
            for flag in change.flagsGained { gained[flag, default: []].append(change.name) }
            for flag in change.flagsLost { lost[flag, default: []].append(change.name) }
        }
        for (flag, names) in gained.sorted(by: { $0.key < $1.key }) {
            sentences.append("Flagged \(flag.rawValue) in \(diff.to) but not \(diff.from) (\(names.count)): \(list(names)).")
        }
        for (flag, names) in lost.sorted(by: { $0.key < $1.key }) {
            sentences.append("No longer flagged \(flag.rawValue) in \(diff.to) (\(names.count)): \(list(names)).")
        }
        for flip in diff.claimFlips {
            sentences.append(
                "Claim \(flip.claimID) vs \(flip.baseline) (\(flip.estimator)): \(flip.from.rawValue) → \(flip.to.rawValue).")
        }
        return sentences
    }

    /// "1 economy has", "3 economies have".
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    static func list(_ names: [String]) -> String {
        names.count <= 8 ? names.joined(separator: ", ") : names.prefix(8).joined(separator: ", ") + " and \(names.count - 8) more"
    }

    /// A value with one decimal, or its band `low..high`.
    static func value(_ observation: Observation?) -> String {
        guard let observation else { return "–" }
        if let value = observation.value { return NumberFormat.fixed(value, decimals: 1) }
        if let low = observation.low, let high = observation.high {
            return "\(NumberFormat.trimmed(low, maximumDecimals: 1))..\(NumberFormat.trimmed(high, maximumDecimals: 1))"
        }
        return "–"
    }

    static func signed(_ change: Estimate?) -> String {
        guard let change else { return "" }
        let point = NumberFormat.fixed(change.point, decimals: 1)
        let text = change.point > 0 ? "+" + point : point
        return change.isExact ? text : "\(text) (\(NumberFormat.fixed(change.low, decimals: 1))..\(NumberFormat.fixed(change.high, decimals: 1)))"
    }

    static func arrow(_ from: Int?, _ to: Int?) -> String {
        "\(from.map(String.init) ?? "–")→\(to.map(String.init) ?? "–")"
    }

    static func flags(_ change: EconomyChange) -> String {
        (change.flagsGained.map { "+\($0.rawValue)" } + change.flagsLost.map { "−\($0.rawValue)" }).joined(separator: " ")
    }
}
