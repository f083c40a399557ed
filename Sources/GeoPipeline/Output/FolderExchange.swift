import CGeoSystem
import Foundation
import GeoModel

/// Puts a staged folder in the place of an existing one, so that readers see the old folder or
/// the new one, never a mix of the two.
///
/// The preferred way is one system call that exchanges the two paths: `renameat2` with
/// `RENAME_EXCHANGE` on Linux, `renamex_np` with `RENAME_SWAP` on macOS. Where the system or the
/// file system cannot exchange (some network and FUSE file systems answer `EINVAL`, old kernels
/// `ENOSYS`), two renames are used instead: the old folder is moved aside, then the new one
/// in; if the second rename fails the old folder is moved back. Between those two renames the
/// folder does not exist for a moment: a reader may find it missing, but never finds a mix. A
/// crash in that moment leaves the old folder aside under a hidden name, and
/// ``restoreAsideFolders(in:)``, run before the next replacement, moves it back.
enum FolderExchange {
    /// How to swap the folders.
    enum Method: Sendable {
        /// One exchange system call, or the two renames where it is unsupported.
        case exchange
        /// Always the two renames (tests use it to run the fallback on a system that can exchange).
        case renameAside
    }

    /// The prefix of a folder moved aside: `<prefix><target name>-<process id>`.
    static let asidePrefix = OutputWriter.temporaryPrefix + "old-"

    /// Replaces `target` with `staged` and returns where the old folder is now (the caller removes it).
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when neither way works; `target` is then unchanged,
    ///   or, if even moving it back failed, the message says where the old folder is.
    static func replace(_ target: URL, with staged: URL, shownAs name: String, method: Method = .exchange)
        throws(GeoError) -> URL
    {
        if method == .exchange {
            if geo_exchange_paths(staged.path, target.path) == 0 { return staged }
            let failure = errno
            guard geo_exchange_is_unsupported(failure) != 0 else {
                throw GeoError(.cannotCreate, "cannot swap in the new '\(name)' (errno \(failure))")
            }
        }
        let aside = target.deletingLastPathComponent().appendingPathComponent(
            "\(asidePrefix)\(target.lastPathComponent)-\(getpid())")
        guard rename(target.path, aside.path) == 0 else {
            throw GeoError(.cannotCreate, "cannot move the old '\(name)' aside to replace it (errno \(errno))")
        }
        guard rename(staged.path, target.path) == 0 else {
            let failure = errno
            guard rename(aside.path, target.path) == 0 else {
                throw GeoError(
                    .cannotCreate, "cannot move the new '\(name)' into place (errno \(failure)), nor the old one back",
                    hint: "The old folder is at '\(aside.path)'; rename it to '\(name)'.")
            }
            throw GeoError(
                .cannotCreate, "cannot move the new '\(name)' into place (errno \(failure)); the old one is unchanged")
        }
        return aside
    }

    /// Moves back every folder in `parent` that a killed two-rename swap left aside while its
    /// target is missing; removing the other leftovers is the caller's job.
    static func restoreAsideFolders(in parent: URL) throws(GeoError) {
        let names = ProjectFiles.names(inFolder: parent.path)
        for name in names.sorted() where name.hasPrefix(asidePrefix) {
            let rest = name.dropFirst(asidePrefix.count)
            guard let dash = rest.lastIndex(of: "-"), dash > rest.startIndex else { continue }
            let target = parent.appendingPathComponent(String(rest[..<dash]))
            guard !FileManager.default.fileExists(atPath: target.path),
                (try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil
            else { continue }
            guard rename(parent.appendingPathComponent(name).path, target.path) == 0 else {
                throw GeoError(
                    .cannotCreate, "cannot restore '\(target.lastPathComponent)' from '\(name)' (errno \(errno))",
                    hint: "Rename '\(name)' to '\(target.lastPathComponent)' by hand.")
            }
        }
    }
}
