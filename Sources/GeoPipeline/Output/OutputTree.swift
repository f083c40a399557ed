import GeoModel

/// The files one pipeline's build produces, keyed by path relative to `Reports/<pipeline>/`.
public struct OutputTree: Sendable, Hashable {
    /// Relative path → bytes.
    public private(set) var files: [String: [UInt8]] = [:]

    /// An empty tree.
    public init() {}

    /// Adds a text file (UTF-8).
    ///
    /// - Precondition: `path` is relative and stays inside the tree (programmer error otherwise).
    public mutating func add(_ path: String, text: String) { add(path, bytes: Array(text.utf8)) }

    /// Adds a file.
    public mutating func add(_ path: String, bytes: [UInt8]) {
        precondition(
            !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.isEmpty,
            "output paths are relative and stay under Reports/<pipeline>/: \(path)")
        files[path] = bytes
    }

    /// Paths, sorted.
    public var paths: [String] { files.keys.sorted() }
}
