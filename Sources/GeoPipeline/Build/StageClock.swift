/// Times the stages of a build for `--verbose`: each lap is the time since the previous one.
struct StageClock {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    /// Starts timing now.
    init() { last = clock.now }

    /// The time since the previous lap (or the start), named; the next lap starts now.
    mutating func lap(_ stage: String) -> (stage: String, duration: Duration) {
        let now = clock.now
        defer { last = now }
        return (stage, now - last)
    }
}
