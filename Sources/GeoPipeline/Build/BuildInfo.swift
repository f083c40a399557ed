/// Facts about this build of geo-ai.
public enum BuildInfo {
    /// The version printed by `--version` and recorded in build manifests; a new version rebuilds everything.
    public static let version = "0.1.0"
}
