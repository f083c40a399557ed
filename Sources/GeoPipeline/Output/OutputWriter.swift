public import Foundation
public import GeoModel

/// Writes and compares `Reports/<pipeline>/` trees.
///
/// `Reports/` is replaced as a whole, atomically: the new `Reports/` (the rebuilt pipelines
/// plus a copy of everything else already there) is written to a temporary sibling folder on
/// the same file system, then exchanged with the old one in one system call (see
/// ``FolderExchange`` for the call and the fallback where it is unsupported). A reader — or a crash at any moment — sees either the old or the new
/// reports, never a mix. Left-over temporary folders from a killed build are removed first.
/// Files are not fsynced one by one: the exchange makes a killed build safe, and reports are
/// derived files that the next build regenerates; the store, which is not, is SQLite's job.
public struct OutputWriter: Sendable {
    /// The `Reports/` folder.
    public let reports: URL

    /// Creates a writer for a `Reports/` folder.
    public init(reports: URL) { self.reports = reports }

    /// The prefix of temporary folders, hidden and ignored by `--check`.
    static let temporaryPrefix = ".geo-ai-tmp-"

    /// Replaces `Reports/<pipeline>/` with `tree`.
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when the folder cannot be written.
    public func replace(pipeline: String, with tree: OutputTree) throws(GeoError) {
        try replace([(pipeline, tree)])
    }

    /// Replaces the folders of several pipelines in one atomic step, keeping the rest of `Reports/`.
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when `Reports/` or a pipeline's folder is a file or a
    ///   symbolic link, or cannot be written.
    public func replace(_ trees: [(pipeline: String, tree: OutputTree)]) throws(GeoError) {
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
        for path in Self.listFiles(under: reports) {
            let top = String(path.prefix { $0 != "/" })
            guard !replaced.contains(top), !top.hasPrefix(Self.temporaryPrefix),
                let data = manager.contents(atPath: reports.appendingPathComponent(path).path)
            else { continue }
            combined.add(path, bytes: [UInt8](data))
        }
        for (pipeline, tree) in trees {
            for path in tree.paths { combined.add("\(pipeline)/\(path)", bytes: tree.files[path] ?? []) }
        }
        try Self.replace(folder: reports, shownAs: "Reports", with: combined)
    }

    /// Replaces any folder with `tree`: staged in a hidden sibling, then exchanged in one step.
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` when the folder cannot be written, or when it is a
    ///   file or a symbolic link (never followed).
    public static func replace(folder target: URL, shownAs name: String, with tree: OutputTree) throws(GeoError) {
        try replace(folder: target, shownAs: name, with: tree, method: .exchange)
    }

    /// Replaces any folder with `tree`, swapping it in by `method` (tests force the fallback).
    static func replace(folder target: URL, shownAs name: String, with tree: OutputTree, method: FolderExchange.Method)
        throws(GeoError)
    {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent("\(temporaryPrefix)\(target.lastPathComponent)-\(getpid())")
        do {
            try FolderExchange.restoreAsideFolders(in: parent)
            try removeLeftovers(in: parent)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for path in tree.paths {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try writeFile(url, bytes: tree.files[path] ?? [])
            }
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
                try manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch let error as GeoError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw GeoError(
                .cannotCreate, "cannot write '\(name)': \(error.localizedDescription)", at: SourceLocation(path: name),
                hint: "Check that the folder is writable.")
        }
    }

    /// The paths under `Reports/<pipeline>/` that differ from `tree`: changed, missing or extra.
    public func stalePaths(pipeline: String, comparedWith tree: OutputTree) -> [String] {
        let folder = reports.appendingPathComponent(pipeline)
        let existing = Set(Self.listFiles(under: folder))
        var stale: [String] = []
        for path in tree.paths {
            let url = folder.appendingPathComponent(path)
            if !existing.contains(path)
                || FileManager.default.contents(atPath: url.path).map({ [UInt8]($0) }) != tree.files[path]
            {
                stale.append("Reports/\(pipeline)/\(path)")
            }
        }
        for path in existing.subtracting(tree.files.keys) { stale.append("Reports/\(pipeline)/\(path)") }
        return stale.sorted()
    }

    /// Writes a new file with plain POSIX calls (Foundation's `createFile` writes through a
    /// temporary file of its own, which the staging folder makes unnecessary).
    private static func writeFile(_ url: URL, bytes: [UInt8]) throws(GeoError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw GeoError(.cannotCreate, "cannot create '\(url.path)' (errno \(errno))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw GeoError(.ioError, "cannot write '\(url.path)' (errno \(errno))") }
            offset += written
        }
    }

    /// Removes temporary folders a killed build left in `folder`.
    static func removeLeftovers(in folder: URL) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Every file under `folder`, relative to it, sorted.
    public static func listFiles(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    private static func isRealDirectory(_ url: URL) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return attributes?[.type] as? FileAttributeType == .typeDirectory
    }

}
