public import Foundation
public import GeoModel

/// An exclusive lock on a project, so two geo-ai commands that write (`build`, `ingest`,
/// `publish`) never interleave.
///
/// The second process waits for the first (`flock` on `.geo-ai/lock`); the lock is released
/// when the holder exits, even if it is killed. Take it only after the project has been found
/// (``ProjectLocator``): a command that fails before that creates nothing. A command that fails
/// while holding the lock, in a project that had no `.geo-ai/` folder, removes the lock file
/// and the folder again, so a failed first command leaves no trace.
public final class ProjectLock {
    private let descriptor: Int32
    private let path: String
    private let folder: URL
    private let createdFolder: Bool

    /// Takes the lock, waiting for another holder; calls `waiting` once if it has to wait.
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when the lock file cannot be created.
    public init(folder: URL, waiting: () -> Void) throws(GeoError) {
        let manager = FileManager.default
        self.folder = folder
        path = folder.appendingPathComponent("lock").path
        var hasWaited = false
        while true {
            // Each round, because a holder that failed may have removed the folder while we waited.
            let isNew = !manager.fileExists(atPath: folder.path)
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw GeoError(
                    .cannotCreate, "cannot create '\(folder.path)'", hint: "Check that the project folder is writable.")
            }
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw GeoError(
                    .cannotCreate, "cannot open the lock file '\(path)'", hint: "Check that .geo-ai/ is writable.")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if !hasWaited { waiting() }
                hasWaited = true
                flock(descriptor, LOCK_EX)
            }
            // A holder that failed may have removed the file while we waited: lock the file
            // that is there now, or two processes would each hold a lock of their own.
            if Self.isSameFile(descriptor, path) {
                self.descriptor = descriptor
                createdFolder = isNew
                return
            }
            close(descriptor)
        }
    }

    /// Runs `body` holding the project's lock (`.geo-ai/lock` under the project root).
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when the lock cannot be taken, or what `body` throws.
    public static func holding<T>(
        _ files: ProjectFiles, waiting: () -> Void, _ body: () throws(GeoError) -> T
    ) throws(GeoError) -> T {
        let lock = try ProjectLock(folder: files.url(".geo-ai"), waiting: waiting)
        // Held until `body` returns: Swift may otherwise end an unused value's life early.
        defer { withExtendedLifetime(lock) {} }
        do {
            return try body()
        } catch {
            lock.removeIfNew()
            throw error
        }
    }

    /// After a failed command: removes the lock file and `.geo-ai/` if this lock created the
    /// folder and nothing else has been put in it.
    public func removeIfNew() {
        guard createdFolder else { return }
        let others = ProjectFiles.names(inFolder: folder.path).filter { $0 != "lock" }
        guard others.isEmpty else { return }
        unlink(path)
        rmdir(folder.path)
    }

    private static func isSameFile(_ descriptor: Int32, _ path: String) -> Bool {
        var opened = stat()
        var named = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0 else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
