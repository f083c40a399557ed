/// The files of one report folder, `Reports/<pipeline>/`, as the CLI read them from disk.
///
/// ```swift
/// let folder = ReportFolder(pipeline: "deepseek", files: [
///     "README.md": Array(readme.utf8),
///     "maps/deepseek_share-2025-H2.svg": svgBytes,
///     "data/aggregates.csv": csvBytes,
/// ])
/// ```
///
/// Paths are relative to the folder and use `/`. The site uses `README.md` (required), every
/// `maps/<name>.svg` and `charts/<name>.svg` (figures, inlined where the report shows them) and
/// every `data/<name>.csv`; other files are ignored.
public struct ReportFolder: Sendable, Hashable {
    /// The folder's name under `Reports/`, which is also the pipeline's name (`deepseek`).
    public let pipeline: String
    /// Each file's bytes by path relative to the folder (`README.md`, `maps/x.svg`, `data/x.csv`).
    public let files: [String: [UInt8]]

    /// Creates a report folder.
    ///
    /// - Parameters:
    ///   - pipeline: The folder's name under `Reports/`.
    ///   - files: Each file's bytes by relative path.
    public init(pipeline: String, files: [String: [UInt8]]) {
        self.pipeline = pipeline
        self.files = files
    }

    /// The README's bytes.
    var readme: [UInt8]? { files["README.md"] }

    /// Relative paths of the figures: maps (`maps/*.svg`), then charts (`charts/*.svg`), each sorted.
    var mapPaths: [String] { paths(in: "maps", extension: "svg") + paths(in: "charts", extension: "svg") }

    /// Relative paths of the data files (`data/*.csv`), sorted.
    var dataPaths: [String] { paths(in: "data", extension: "csv") }

    /// Paths directly inside `folder` whose names end with `.extension`, are not hidden and
    /// contain no control characters or backslashes.
    private func paths(in folder: String, extension fileExtension: String) -> [String] {
        files.keys.filter { path in
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == folder else { return false }
            let name = parts[1]
            return name.count > fileExtension.count + 1 && !name.hasPrefix(".")
                && name.lowercased().hasSuffix("." + fileExtension)
                && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }
        }.sorted()
    }
}
