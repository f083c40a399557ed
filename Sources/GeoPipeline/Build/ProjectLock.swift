public import Foundation
public import GeoModel

/// An exclusive lock on a project, so two `geo-ai build` runs never interleave.
///
/// The second process waits for the first (`flock` on `.geo-ai/lock`); the lock is released
/// when the holder exits, even if it is killed.
public final class ProjectLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another holder; calls `waiting` once if it has to wait.
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when the lock file cannot be created.
    public init(folder: URL, waiting: () -> Void) throws(GeoError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GeoError(.cannotCreate, "cannot create '\(folder.path)'", hint: "Check that the project folder is writable.")
        }
        let path = folder.appendingPathComponent("lock").path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw GeoError(.cannotCreate, "cannot open the lock file '\(path)'", hint: "Check that .geo-ai/ is writable.")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            flock(descriptor, LOCK_EX)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
