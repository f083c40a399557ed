import GeoModel

/// Rules for paths in pipelines and on the command line: relative to the project root, inside it,
/// and spelled one way, so the same file named two ways is one source.
public enum ProjectPaths {
    /// Refuses absolute paths and paths that climb out of the project (`../`); returns the path
    /// in its one normal spelling (see ``normalised(_:)``), so one file named two ways is one source.
    static func checkInputPath(_ path: String, at node: ConfigNode) throws(GeoError) -> String {
        if let problem = problem(with: path) {
            throw node.fail(
                "path '\(path)' \(problem)", hint: "Write paths relative to the project root, e.g. Data/usage/x.csv.")
        }
        return normalised(path)
    }

    /// Why a path is not acceptable, or `nil`.
    static func problem(with path: String) -> String? {
        if path.isEmpty || normalised(path).isEmpty { return "is empty" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "is absolute; paths are relative to the project root" }
        if path.split(separator: "/").contains("..") { return "leaves the project folder" }
        return nil
    }

    /// `Data/usage/./x.csv`, `Data//usage/x.csv` and `Data/usage/x.csv/` all become `Data/usage/x.csv`.
    public static func normalised(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
