import GeoStore

/// One line saying what a store write did.
struct RecordOutcomeSummary {
    let text: String

    init(_ outcome: RecordOutcome) {
        if outcome.newRevisions.isEmpty {
            text = "unchanged (same SHA-256 as stored); no new revision"
        } else {
            let list = outcome.newRevisions.map { "\($0.period) revision \($0.revision)" }.joined(separator: ", ")
            text = "stored \(list)"
        }
    }
}
