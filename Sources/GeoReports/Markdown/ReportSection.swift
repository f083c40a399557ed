import GeoModel

/// The parts of a report, in the order a reader meets them: this file is the one place that
/// order is decided, so a new section (a state ranking, a metro table) slots in by adding a
/// case and listing it in ``body`` or ``appendix``.
///
/// The body is what a reader finishes: at most ``bodyWordLimit`` words and no table longer
/// than ``bodyTableRowLimit`` rows. Long lists go to the appendix.
enum ReportSection: Sendable, CaseIterable {
    /// The pipeline's question and its answer in one paragraph.
    case summary
    /// World and regional figures in a few bullets.
    case keyNumbers
    /// Maps, then charts.
    case figures
    /// "What changed" since the previous period.
    case changes
    /// Each claim with its verdict paragraph.
    case claims
    /// World and UN M49 regions.
    case regions
    /// Top and bottom economies, with ties.
    case highestAndLowest
    /// What the reader should keep in mind about the data.
    case caveats
    /// Every comparison behind each claim's verdict.
    case claimComparisons
    /// Each group against the rest of the world.
    case comparisons
    /// Sub-regions, income groups and the pipeline's own groupings.
    case regionsInDetail
    /// Our aggregates beside the publisher's.
    case publishedComparison
    /// Every flagged economy.
    case flags
    /// Economies drawn as dots or not drawn.
    case figureNotes
    /// Economies and values per metric and period.
    case coverage
    /// How source names were read.
    case resolutionAudit
    /// Weights, estimators, thresholds.
    case methodology
    /// Files with hashes, and credits.
    case sources

    /// The sections before the appendix, in order.
    static let body: [ReportSection] = [
        .summary, .keyNumbers, .figures, .changes, .claims, .regions, .highestAndLowest, .caveats,
    ]

    /// The sections under `## Appendix`, in order.
    static let appendix: [ReportSection] = [
        .claimComparisons, .comparisons, .regionsInDetail, .publishedComparison, .flags, .figureNotes, .coverage,
        .resolutionAudit, .methodology, .sources,
    ]

    /// Words before the appendix, at most.
    static let bodyWordLimit = 1_800

    /// Rows of any table before the appendix, at most; a longer table goes to the appendix.
    static let bodyTableRowLimit = 15

    /// The section's Markdown blocks (none when it has nothing to say).
    func markdown(_ input: ReportInput) -> [String] {
        switch self {
        case .summary: [SummarySection.markdown(input)].compactMap { $0 }
        case .keyNumbers: [HeadlineSection.markdown(input)].compactMap { $0 }
        case .figures: [MapsSection.markdown(input)].compactMap { $0 }
        case .changes: input.changes
        case .claims: [ClaimsSection.markdown(input)].compactMap { $0 }
        case .regions: [RegionalSection.markdown(input, part: .body)].compactMap { $0 }
        case .highestAndLowest: [EconomiesSection.markdown(input)].compactMap { $0 }
        case .caveats: [CaveatsSection.markdown(input)].compactMap { $0 }
        case .claimComparisons: [ClaimsSection.comparisons(input)].compactMap { $0 }
        case .comparisons: [RatiosSection.markdown(input)].compactMap { $0 }
        case .regionsInDetail: [RegionalSection.markdown(input, part: .appendix)].compactMap { $0 }
        case .publishedComparison: [PublishedComparisonSection.markdown(input)].compactMap { $0 }
        case .flags: [FlagsSection.markdown(input)].compactMap { $0 }
        case .figureNotes: [MapsSection.notes(input)].compactMap { $0 }
        case .coverage: [CoverageSection.markdown(input)]
        case .resolutionAudit: [ResolutionAuditSection.markdown(input)]
        case .methodology: [MethodologySection.markdown(input)]
        case .sources: [SourcesSection.markdown(input)]
        }
    }
}
