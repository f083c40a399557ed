import Foundation

extension Store {
    /// How a store waits for locks and tells the time.
    public struct Configuration: Sendable {
        /// How long a write waits for another process's lock before failing with `.busy`.
        public var busyTimeout: Duration
        /// The timestamp written to `ingested_at`, `created_at` and `applied_at`.
        ///
        /// Tests pass a constant so that the stored file is deterministic.
        public var now: @Sendable () -> String

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - busyTimeout: The lock wait; 5 seconds by default.
        ///   - now: The clock; by default the current time in ISO 8601 UTC (`2026-01-31T09:15:00Z`).
        public init(
            busyTimeout: Duration = .seconds(5),
            now: @escaping @Sendable () -> String = Configuration.currentTimestamp
        ) {
            self.busyTimeout = busyTimeout
            self.now = now
        }

        /// The current time in ISO 8601 UTC to the second, such as `2026-01-31T09:15:00Z`.
        ///
        /// - Returns: The timestamp text.
        public static func currentTimestamp() -> String {
            Date().ISO8601Format()
        }

        /// The busy timeout in whole milliseconds, clamped to what SQLite accepts.
        var busyTimeoutMilliseconds: Int32 {
            let (seconds, attoseconds) = busyTimeout.components
            let milliseconds = seconds.multipliedReportingOverflow(by: 1000)
            guard !milliseconds.overflow else { return Int32.max }
            return Int32(clamping: max(0, milliseconds.partialValue + attoseconds / 1_000_000_000_000_000))
        }
    }
}
