import Foundation

/// Facts about this build of geo-ai.
public enum BuildInfo {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// What build manifests record of the geo-ai that ran: the version and the size,
    /// modification time and inode of its executable, so that a build after geo-ai itself changed
    /// (an upgrade, or `swift build` of new code under the same version) rebuilds everything
    /// instead of calling reports up to date that the new code would write differently.
    ///
    /// One `stat` of the running executable; where it cannot be found, the version alone.
    public static let identity: String = {
        guard let stamp = FileStamp.stat("/proc/self/exe") ?? Bundle.main.executablePath.flatMap(FileStamp.stat)
        else { return version }
        return "\(version) \(stamp.size) \(stamp.modified) \(stamp.inode)"
    }()
}
