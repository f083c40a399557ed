/// What changed in one metric between two snapshots of a pipeline.
public struct SnapshotDiff: Hashable, Sendable {
    /// How one group's aggregate changed.
    public struct RegionChange: Hashable, Sendable {
        /// The earlier aggregate.
        public let from: RegionalAggregate
        /// The later aggregate.
        public let to: RegionalAggregate

        /// Creates a region change.
        public init(from: RegionalAggregate, to: RegionalAggregate) {
            self.from = from
            self.to = to
        }

        /// Change of the weighted mean in points; `nil` unless both sides have a value.
        public var change: Double? {
            guard let later = to.mean?.point, let earlier = from.mean?.point else { return nil }
            return later - earlier
        }

        /// Change of coverage (fraction); `nil` unless both are known.
        public var coverageChange: Double? {
            guard let later = to.coverage, let earlier = from.coverage else { return nil }
            return later - earlier
        }
    }

    /// A claim verdict that differs between the two snapshots.
    public struct ClaimFlip: Hashable, Sendable {
        /// The claim id.
        public let claimID: String
        /// The estimator.
        public let estimator: Estimator
        /// What the group was compared with.
        public let baseline: RatioBaseline
        /// The earlier verdict.
        public let from: ClaimOutcome
        /// The later verdict.
        public let to: ClaimOutcome

        /// Creates a flip.
        public init(
            claimID: String, estimator: Estimator, baseline: RatioBaseline, from: ClaimOutcome, to: ClaimOutcome
        ) {
            self.claimID = claimID
            self.estimator = estimator
            self.baseline = baseline
            self.from = from
            self.to = to
        }
    }

    /// The pipeline.
    public let pipeline: String
    /// The metric compared.
    public let metric: Metric
    /// The earlier snapshot.
    public let from: SnapshotReference
    /// The later snapshot.
    public let to: SnapshotReference
    /// Every economy with data on either side, sorted by code.
    public let economies: [EconomyChange]
    /// Every group of the compared groupings.
    public let regions: [RegionChange]
    /// Claim verdicts that changed.
    public let claimFlips: [ClaimFlip]
    /// The shared class breaks' labels ("<5 %", "5–10 %", ...), for reading class numbers.
    public let classLabels: [String]
    /// Groups of economies with one shared estimate in both periods; each group's change is one change.
    public let sharedEstimates: [SharedEstimate]
    /// The layer the compared areas are in, for the words and code heading of the text output.
    public var geography: Geography = .world

    /// Creates a diff.
    public init(
        pipeline: String, metric: Metric, from: SnapshotReference, to: SnapshotReference, economies: [EconomyChange],
        regions: [RegionChange], claimFlips: [ClaimFlip], classLabels: [String], sharedEstimates: [SharedEstimate] = []
    ) {
        self.pipeline = pipeline
        self.metric = metric
        self.from = from
        self.to = to
        self.economies = economies
        self.regions = regions
        self.claimFlips = claimFlips
        self.classLabels = classLabels
        self.sharedEstimates = sharedEstimates
    }

    /// The shared estimate an economy belongs to, if any.
    public func sharedEstimate(of iso3: AreaCode) -> SharedEstimate? {
        sharedEstimates.first { $0.members.contains(iso3) }
    }

    /// Whether the two periods have different lengths (a half-year against a quarter).
    public var comparesDifferentLengths: Bool { from.period.length != to.period.length }

    /// Whether this compares two revisions of one period (the publisher revised its data).
    public var isRevisionDiff: Bool { from.period == to.period }

    /// Economies whose value changed between revisions of one period.
    public var revisedValues: [EconomyChange] {
        guard isRevisionDiff else { return [] }
        return economies.filter {
            $0.status != .both || $0.change.map { $0.point != 0 || $0.low != 0 || $0.high != 0 } == true
        }
    }

    /// The economies with the largest increases (most first), at most `count`.
    public func topRisers(_ count: Int) -> [EconomyChange] {
        Array(
            economies.filter { ($0.change?.point ?? 0) > 0 }.sorted {
                ($1.change?.point ?? 0, $0.iso3) < ($0.change?.point ?? 0, $1.iso3)
            }.prefix(count))
    }

    /// The economies with the largest decreases (most first), at most `count`.
    public func topFallers(_ count: Int) -> [EconomyChange] {
        Array(
            economies.filter { ($0.change?.point ?? 0) < 0 }.sorted {
                ($0.change?.point ?? 0, $0.iso3) < ($1.change?.point ?? 0, $1.iso3)
            }.prefix(count))
    }

    /// Economies whose class changed, both sides classed.
    public var classJumps: [EconomyChange] {
        economies.filter { $0.fromClass != nil && $0.toClass != nil && $0.fromClass != $0.toClass }
    }
}
