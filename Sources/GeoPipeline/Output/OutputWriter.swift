public import Foundation
public import GeoModel

/// Writes and compares `Reports/<pipeline>/` trees.
///
/// `Reports/` is replaced as a whole, atomically: the new `Reports/` (the rebuilt pipelines
/// plus a copy of everything else already there) is written to a temporary sibling folder on
/// the same file system, then exchanged with the old one in one system call (see
/// ``FolderExchange`` for the call and the fallback where it is unsupported). A reader — or a
/// crash at any moment — sees either the old or the new reports, never a mix. Left-over
/// temporary folders of the same target from a killed process are removed first; another live
/// process's staging folder is never touched. When the old tree cannot be deleted after the
/// exchange, the write still succeeded: the leftover is reported as a warning with its path and
/// later writes go ahead beside it. Symbolic links under `Reports/` are never read through or
/// copied: a build refuses them.
/// Files are not fsynced one by one: the exchange makes a killed build safe, and reports are
/// derived files that the next build regenerates; the store, which is not, is SQLite's job.
public struct OutputWriter: Sendable {
    /// The `Reports/` folder.
    public let reports: URL

    /// Creates a writer for a `Reports/` folder.
    public init(reports: URL) { self.reports = reports }

    /// The prefix of temporary folders, hidden and ignored by `--check`.
    static let temporaryPrefix = ".geo-ai-tmp-"

    /// Replaces `Reports/<pipeline>/` with `tree`; returns warnings (an old tree left behind).
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when the folder cannot be written.
    @discardableResult
    public func replace(pipeline: String, with tree: OutputTree) throws(GeoError) -> [Diagnostic] {
        try replace([(pipeline, tree)])
    }

    /// Replaces the folders of several pipelines in one atomic step, keeping the rest of `Reports/`.
    ///
    /// - Returns: Warnings: the old tree, when it could not be deleted after the exchange.
    /// - Throws: ``GeoError`` `.cannotCreate` when `Reports/` or a pipeline's folder is a file or a
    ///   symbolic link, when a symbolic link lies anywhere in the part of `Reports/` that is kept,
    ///   or when the folder cannot be written.
    @discardableResult
    public func replace(_ trees: [(pipeline: String, tree: OutputTree)]) throws(GeoError) -> [Diagnostic] {
        try Self.swapIn(try stage(trees))
    }

    /// The first half of ``replace(_:)``: the new `Reports/` written to a hidden staging folder
    /// beside it, to be swapped in with ``swapIn(_:method:)`` or dropped with ``discard(_:)``.
    ///
    /// A build stages the reports while the store commits, and swaps them in once it has.
    func stage(_ trees: [(pipeline: String, tree: OutputTree)]) throws(GeoError) -> Staged {
        let manager = FileManager.default
        // A build killed between the two renames of the fallback swap left the old Reports/ aside.
        try FolderExchange.restoreAsideFolders(in: reports.deletingLastPathComponent())
        if manager.fileExists(atPath: reports.path)
            || (try? manager.destinationOfSymbolicLink(atPath: reports.path)) != nil
        {
            guard Self.isRealDirectory(reports) else {
                throw GeoError(
                    .cannotCreate, "'Reports' is not a folder (a file or a symbolic link)",
                    at: SourceLocation(path: "Reports"),
                    hint: "Remove it; geo-ai only writes real folders.")
            }
        }
        for (pipeline, _) in trees {
            let folder = reports.appendingPathComponent(pipeline)
            let exists =
                manager.fileExists(atPath: folder.path)
                || (try? manager.destinationOfSymbolicLink(atPath: folder.path)) != nil
            guard !exists || Self.isRealDirectory(folder) else {
                throw GeoError(
                    .cannotCreate, "'Reports/\(pipeline)' is not a folder (a file or a symbolic link)",
                    at: SourceLocation(path: "Reports/\(pipeline)"),
                    hint: "Remove it; geo-ai only writes real folders under Reports/.")
            }
        }
        let replaced = Set(trees.map(\.pipeline))
        var combined = OutputTree()
        let kept = FolderListing(reports) { path in
            let top = String(path.prefix { $0 != "/" })
            return !replaced.contains(top) && !top.hasPrefix(Self.temporaryPrefix)
        }
        if let link = kept.links.first {
            throw GeoError(
                .cannotCreate,
                "'Reports/\(link)' is a symbolic link; geo-ai does not read through or copy links in Reports/",
                at: SourceLocation(path: "Reports/\(link)"),
                hint: "Replace the link with a copy of the file it points to, or remove it.")
        }
        for path in kept.files {
            guard let bytes = ProjectFiles.contents(atPath: reports.appendingPathComponent(path).path) else { continue }
            combined.add(path, bytes: bytes)
        }
        for (pipeline, tree) in trees {
            for path in tree.paths { combined.add("\(pipeline)/\(path)", bytes: tree.files[path] ?? []) }
        }
        return try Self.stage(folder: reports, shownAs: "Reports", with: combined)
    }

    /// Replaces any folder with `tree`: staged in a hidden sibling, then exchanged in one step.
    ///
    /// - Returns: A warning naming the old tree when it could not be deleted after the exchange
    ///   (the new tree is in place; the leftover never blocks a later write).
    /// - Throws: ``GeoError`` `.cannotCreate` when the folder cannot be written, or when it is a
    ///   file or a symbolic link (never followed).
    @discardableResult
    public static func replace(folder target: URL, shownAs name: String, with tree: OutputTree) throws(GeoError)
        -> [Diagnostic]
    {
        try replace(folder: target, shownAs: name, with: tree, method: .exchange)
    }

    /// Replaces any folder with `tree`, swapping it in by `method` (tests force the fallback).
    @discardableResult
    static func replace(folder target: URL, shownAs name: String, with tree: OutputTree, method: FolderExchange.Method)
        throws(GeoError) -> [Diagnostic]
    {
        try swapIn(try stage(folder: target, shownAs: name, with: tree), method: method)
    }

    /// A folder's new contents written to a hidden staging folder beside it.
    struct Staged: Sendable {
        /// The folder to replace.
        let target: URL
        /// Where the new contents are.
        let staging: URL
        /// The folder's name in messages.
        let name: String
    }

    /// Writes `tree` to a new staging folder beside `target`, after putting back an old tree a
    /// killed swap left aside and removing leftovers of killed processes.
    static func stage(folder target: URL, shownAs name: String, with tree: OutputTree) throws(GeoError) -> Staged {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(stagingName(for: target))
        do {
            // A process killed between the two renames of the fallback swap left the old tree
            // aside: put it back first, so that only leftovers beside a present target are removed.
            try FolderExchange.restoreAsideFolders(in: parent)
            removeLeftovers(of: target)
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            guard mkdir(staging.path, 0o755) == 0 else {
                throw GeoError(
                    .cannotCreate, "cannot create '\(staging.path)' (errno \(errno))", at: SourceLocation(path: name),
                    hint: "Check that the folder is writable.")
            }
            for path in tree.paths {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try ProjectFiles.writeFile(url, bytes: tree.files[path] ?? [])
            }
            return Staged(target: target, staging: staging, name: name)
        } catch {
            throw failure(error, writing: name, staging: staging)
        }
    }

    /// Swaps a staged folder in for its target in one step (see ``FolderExchange``).
    ///
    /// - Returns: A warning naming the old tree when it could not be deleted after the exchange
    ///   (the new tree is in place; the leftover never blocks a later write).
    /// - Throws: ``GeoError`` `.cannotCreate` when the target is a file or a symbolic link (never
    ///   followed) or cannot be replaced; the staging folder is removed.
    @discardableResult
    static func swapIn(_ staged: Staged, method: FolderExchange.Method = .exchange) throws(GeoError)
        -> [Diagnostic]
    {
        let (target, staging, name) = (staged.target, staged.staging, staged.name)
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: target.path)
                || (try? manager.destinationOfSymbolicLink(atPath: target.path)) != nil
            {
                guard isRealDirectory(target) else {
                    throw GeoError(
                        .cannotCreate, "'\(name)' is not a folder (a file or a symbolic link)",
                        at: SourceLocation(path: name),
                        hint: "Remove it; geo-ai only replaces real folders.")
                }
                let old = try FolderExchange.replace(target, with: staging, shownAs: name, method: method)
                // The new tree is in place: failing to delete the old one is not a failed write.
                do {
                    try manager.removeItem(at: old)
                } catch {
                    return [
                        Diagnostic(
                            .warning, "the old '\(name)' could not be deleted and was left at '\(old.path)'",
                            at: SourceLocation(path: name),
                            hint: "Delete that folder when you can (it may belong to another user, e.g. after sudo); "
                                + "later builds ignore it.")
                    ]
                }
            } else {
                try manager.moveItem(at: staging, to: target)
            }
            return []
        } catch {
            throw failure(error, writing: name, staging: staging)
        }
    }

    /// Removes a staged folder that will not be swapped in.
    static func discard(_ staged: Staged) {
        try? FileManager.default.removeItem(at: staged.staging)
    }

    /// `error` as the writer's error, once the staging folder is removed.
    private static func failure(_ error: any Error, writing name: String, staging: URL) -> GeoError {
        try? FileManager.default.removeItem(at: staging)
        if let error = error as? GeoError { return error }
        return GeoError(
            .cannotCreate, "cannot write '\(name)': \(error.localizedDescription)", at: SourceLocation(path: name),
            hint: "Check that the folder is writable.")
    }

    /// The paths under `Reports/<pipeline>/` that differ from `tree`: changed, missing or extra.
    public func stalePaths(pipeline: String, comparedWith tree: OutputTree) -> [String] {
        let folder = reports.appendingPathComponent(pipeline)
        let existing = Set(Self.listFiles(under: folder))
        var stale: [String] = []
        for path in tree.paths {
            let url = folder.appendingPathComponent(path)
            if !existing.contains(path)
                || ProjectFiles.contents(atPath: url.path) != tree.files[path]
            {
                stale.append("Reports/\(pipeline)/\(path)")
            }
        }
        for path in existing.subtracting(tree.files.keys) { stale.append("Reports/\(pipeline)/\(path)") }
        return stale.sorted()
    }

    /// A staging folder name for `target`: `.geo-ai-tmp-<name>-<pid>-<random>`, unique even when a
    /// leftover of an earlier process with the same id is still there.
    static func stagingName(for target: URL) -> String {
        "\(temporaryPrefix)\(target.lastPathComponent)-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    }

    /// Removes staging folders of `target` that a killed process left beside it, and old trees a
    /// killed fallback swap left aside once the target is back in place: only those named for the
    /// same target whose process no longer runs. Failures are ignored (the leftover stays and is
    /// reported by the write that made it).
    static func removeLeftovers(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let names = ProjectFiles.names(inFolder: parent.path)
        let prefixes = [
            "\(temporaryPrefix)\(target.lastPathComponent)-",
            "\(FolderExchange.asidePrefix)\(target.lastPathComponent)-",
        ]
        for prefix in prefixes {
            for name in names where name.hasPrefix(prefix) {
                let owner = name.dropFirst(prefix.count).prefix { $0 != "-" }
                guard let pid = Int32(owner), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }

    /// Every regular file under `folder`, relative to it, sorted; symbolic links are not followed or listed.
    public static func listFiles(under folder: URL) -> [String] { FolderListing(folder).files }

    private static func isRealDirectory(_ url: URL) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return attributes?[.type] as? FileAttributeType == .typeDirectory
    }

}
