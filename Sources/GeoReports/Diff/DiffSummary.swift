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
            "\(counted(both.count, "\(diff.geography.areaNoun) has", "\(diff.geography.areaNounPlural) have")) data in both: \(up) up, \(down) down, "
                + "\(both.count - up - down) unchanged.")
        if !diff.sharedEstimates.isEmpty {
            let sharing = diff.sharedEstimates.map(\.members.count).reduce(0, +)
            let independent = both.count - sharing + diff.sharedEstimates.count
            let groups = diff.sharedEstimates.map { group in
                let names = group.members.map { iso3 in diff.economies.first { $0.iso3 == iso3 }?.name ?? iso3.rawValue
                }
                let from = group.value(in: diff.from.period).map { NumberText.fixed($0, decimals: 1) } ?? "–"
                let to = group.value(in: diff.to.period).map { NumberText.fixed($0, decimals: 1) } ?? "–"
                return "\(group.members.count) (\(list(names.sorted(), limit: 2))) share one estimate, \(from) → \(to)"
            }
            sentences.append(
                "\(sharing) of them share \(diff.sharedEstimates.count) regional estimates, so these are \(independent) "
                    + "independent changes: " + groups.joined(separator: "; ") + ".")
        }
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
            sentences.append(
                "\(counted(diff.revisedValues.count, "value was", "values were")) revised between the two revisions.")
        }
        if !diff.classJumps.isEmpty {
            sentences.append(
                "\(counted(diff.classJumps.count, diff.geography.areaNoun, diff.geography.areaNounPlural)) changed class under the shared breaks."
            )
        }
        var gained: [FlagID: [String]] = [:]
        var lost: [FlagID: [String]] = [:]
        for change in diff.economies {
            for flag in change.flagsGained { gained[flag, default: []].append(change.name) }
            for flag in change.flagsLost { lost[flag, default: []].append(change.name) }
        }
        for (flag, names) in gained.sorted(by: { $0.key < $1.key }) {
            sentences.append("Flagged \(flag.label) in \(diff.to) but not \(diff.from) \(collapsed(names, diff))")
        }
        for (flag, names) in lost.sorted(by: { $0.key < $1.key }) {
            sentences.append("No longer flagged \(flag.label) in \(diff.to) \(collapsed(names, diff))")
        }
        for flip in diff.claimFlips {
            sentences.append(
                "Claim \(flip.claimID) vs \(flip.baseline) (\(flip.estimator)): \(flip.from.rawValue) → \(flip.to.rawValue)."
            )
        }
        return sentences
    }

    /// "1 economy has", "3 economies have".
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    static func list(_ names: [String], limit: Int = 8) -> String {
        names.count <= limit
            ? names.joined(separator: ", ")
            : names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    /// "(21 economies, 12 of them one shared estimate): Angola, 12 sharing one estimate (Benin, ...), ..." — a
    /// shared estimate's members count as one finding.
    static func collapsed(_ names: [String], _ diff: SnapshotDiff) -> String {
        var items: [String] = []
        var seen: Set<SharedEstimate> = []
        var inShared = 0
        for name in names {
            guard let change = diff.economies.first(where: { $0.name == name }),
                let group = diff.sharedEstimate(of: change.iso3)
            else {
                items.append(name)
                continue
            }
            inShared += 1
            guard seen.insert(group).inserted else { continue }
            let members = group.members.compactMap { iso3 in diff.economies.first { $0.iso3 == iso3 }?.name }.sorted()
            let listed = members.filter { names.contains($0) }
            items.append("\(listed.count) sharing one estimate (\(list(listed, limit: 2)))")
        }
        let count = inShared > 0 ? "\(names.count), counting \(items.count) independent figures" : "\(names.count)"
        return "(\(count)): \(list(items))."
    }

    /// A value with one decimal, or its band `low..high`.
    static func value(_ observation: Observation?) -> String {
        guard let observation else { return "–" }
        if let value = observation.value { return NumberText.fixed(value, decimals: 1) }
        if let low = observation.low, let high = observation.high {
            return "\(NumberText.trimmed(low, maxDecimals: 1))..\(NumberText.trimmed(high, maxDecimals: 1))"
        }
        return "–"
    }

    static func signed(_ change: Estimate?) -> String {
        guard let change else { return "" }
        let point = NumberText.fixed(change.point, decimals: 1)
        let text = change.point > 0 ? "+" + point : point
        return change.isExact
            ? text
            : "\(text) (\(NumberText.fixed(change.low, decimals: 1))..\(NumberText.fixed(change.high, decimals: 1)))"
    }

    static func arrow(_ from: Int?, _ to: Int?) -> String {
        "\(from.map(String.init) ?? "–")→\(to.map(String.init) ?? "–")"
    }

    static func flags(_ change: EconomyChange) -> String {
        (change.flagsGained.map { "+\($0.rawValue)" } + change.flagsLost.map { "−\($0.rawValue)" }).joined(
            separator: " ")
    }
}
