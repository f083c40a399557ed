import GeoModel

/// Rules for paths in pipelines: relative to the project root and inside it.
enum ProjectPaths {
    /// Refuses absolute paths and paths that climb out of the project (`../`).
    static func checkInputPath(_ path: String, at node: ConfigNode) throws(GeoError) {
        if let problem = problem(with: path) {
            throw node.fail("path '\(path)' \(problem)", hint: "Write paths relative to the project root, e.g. Data/usage/x.csv.")
        }
    }

    /// Why a path is not acceptable, or `nil`.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "is absolute; paths are relative to the project root" }
        if path.split(separator: "/").contains("..") { return "leaves the project folder" }
        return nil
    }
}
