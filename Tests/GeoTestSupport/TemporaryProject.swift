package import Foundation

/// A throw-away geo-ai project folder with the shipped reference tables, for end-to-end tests.
///
/// Each test makes its own; nothing is shared between tests.
package final class TemporaryProject {
    /// The project root.
    package let root: URL

    /// Creates a project with `Data/reference/` and `Data/geo/` copied from the repository (geo-ai
    /// reads no file that a link leads out of the project), an empty `Pipelines/` (the folder that
    /// marks a project root), and the given files.
    package init(files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("geo-ai-test-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("Data"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: RepositoryPaths.url("Data/reference"), to: root.appendingPathComponent("Data/reference"))
        try manager.copyItem(at: RepositoryPaths.url("Data/geo"), to: root.appendingPathComponent("Data/geo"))
        try manager.createDirectory(at: root.appendingPathComponent("Pipelines"), withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// Copies a folder of the repository (e.g. `Pipelines`) into the project, replacing the project's.
    package func copyFromRepository(_ folder: String) throws {
        let target = root.appendingPathComponent(folder)
        try? FileManager.default.removeItem(at: target)
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.url(folder), to: target)
    }

    /// Writes a text file, creating folders.
    package func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    /// Writes a file's bytes, creating folders.
    package func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Reads a text file, or `nil` when it does not exist.
    package func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file under a folder of the project, relative to that folder, sorted.
    package func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// A snapshot of every file's bytes under a folder, to prove something did not change.
    package func contents(under folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in files(under: folder) {
            result[path] = FileManager.default.contents(
                atPath: root.appendingPathComponent(folder).appendingPathComponent(path).path)
        }
        return result
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// A small valid pipeline and its data, used by several end-to-end tests.
package enum SamplePipeline {
    /// `Pipelines/sample.yaml`.
    package static let yaml = """
        title: Sample pipeline
        description: A tiny pipeline for tests.
        sources:
          - path: Data/usage/sample.csv
            aliases:
              Congo: COG
        metrics:
          - id: ai_user_share
            label: AI user share
            unit: percent
            weight: working_age_population
        """

    /// `Data/usage/sample.csv`: four economies, two periods.
    package static let csv = """
        country,period,metric,value
        Chad,2025-H1,ai_user_share,5.0
        Chad,2025-H2,ai_user_share,6.0
        Congo,2025-H1,ai_user_share,7.5
        "Korea, Rep.",2025-H1,ai_user_share,25.9
        Türkiye,2025-H2,ai_user_share,20.3

        """

    /// The files of a project holding the sample pipeline.
    package static var files: [String: String] {
        ["Pipelines/sample.yaml": yaml, "Data/usage/sample.csv": csv]
    }
}
