package import Foundation

/// Paths into the repository for tests that read shipped data.
package enum RepositoryPaths {
    /// The repository root (the folder holding `Package.swift`).
    package static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// A path under the repository root.
    package static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}
