public import Foundation
public import GeoModel

/// Finds the project a command works on, the way git finds `.git`: the nearest folder, from the
/// working directory upwards, that holds a `Pipelines/` folder.
///
/// ```swift
/// let files = try ProjectLocator.locate(root: nil, from: URL(fileURLWithPath: "/work/geo/Data/usage"))
/// files.root   // /work/geo
/// ```
///
/// Finding the project creates nothing: the `.geo-ai/` folder and its lock are made only once a
/// project has been found, so a command run outside any project, or with `--root` naming a
/// missing folder or `/`, leaves the disk as it was.
public enum ProjectLocator {
    /// The folder whose presence marks a project root.
    public static let marker = "Pipelines"

    /// The project for a command.
    ///
    /// - Parameters:
    ///   - root: The folder given with `--root`, already resolved against the working directory,
    ///     or `nil` to search upwards from `start`.
    ///   - start: The working directory.
    /// - Throws: ``GeoError`` `.usage` (exit 64) when `root` is missing, not a folder or not a
    ///   project, or when no folder from `start` upwards holds `Pipelines/`.
    public static func locate(root: URL?, from start: URL) throws(GeoError) -> ProjectFiles {
        if let root {
            let folder = root.standardizedFileURL
            guard isDirectory(folder) else {
                throw GeoError(
                    .usage, "--root '\(folder.path)' is not a folder",
                    hint: "Pass the folder that holds Pipelines/ and Data/.")
            }
            guard isProject(folder) else {
                throw GeoError(
                    .usage, "--root '\(folder.path)' is not a geo-ai project (it has no \(marker)/ folder)",
                    hint: "Pass the folder that holds Pipelines/ and Data/.")
            }
            return ProjectFiles(root: folder)
        }
        var folder = start.standardizedFileURL
        while true {
            if isProject(folder) { return ProjectFiles(root: folder) }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { break }
            folder = parent
        }
        throw GeoError(
            .usage,
            "not inside a geo-ai project: no \(marker)/ folder in '\(start.standardizedFileURL.path)' or above it",
            hint: "Run geo-ai inside a project (the folder with Pipelines/ and Data/, or below it), or pass --root DIR."
        )
    }

    /// Whether `folder` holds a `Pipelines/` folder.
    static func isProject(_ folder: URL) -> Bool { isDirectory(folder.appendingPathComponent(marker)) }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
