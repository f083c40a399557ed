public import Foundation
public import GeoModel

/// The folder `geo-ai publish` writes its site to, checked so that publishing never deletes
/// what it did not make.
///
/// The site replaces the folder as a whole, so the folder may only be new, empty, or one that a
/// previous `geo-ai publish` made and nobody has added to since: every publish writes a
/// manifest, ``manifestName``, listing the files it wrote, and a folder holding anything the
/// manifest does not list is refused. The project root, any folder above it, and the folders
/// holding the project's inputs and outputs (`Data/`, `Pipelines/`, `Reports/`, `.geo-ai/`, …)
/// are refused whatever they hold.
///
/// ```swift
/// let target = try PublishTarget(files.url("_site"), shownAs: "_site", project: files)
/// try target.replace(with: site)
/// ```
public struct PublishTarget: Sendable {
    /// The manifest every published site carries: a header line, then one written path per line.
    public static let manifestName = ".geo-ai-site"
    /// The manifest's first line.
    static let manifestHeader = "geo-ai publish manifest 1: this folder is replaced by the next geo-ai publish"
    /// Folders of a project that publish never replaces or writes into.
    public static let protectedFolders = [
        ".geo-ai", ".git", "Benchmarks", "Data", "Fuzz", "Pipelines", "Reports", "Sources", "Tests",
    ]

    /// The folder.
    public let folder: URL
    /// The folder as the user named it, for messages.
    public let shownAs: String

    /// Checks that publishing may replace `folder`.
    ///
    /// - Throws: ``GeoError`` `.cannotCreate` (exit 73) when the folder is the project root or
    ///   above it, holds project inputs, is a file or a symbolic link, or is not empty and was
    ///   not made by `geo-ai publish` (or holds files its manifest does not list).
    public init(_ folder: URL, shownAs: String, project: ProjectFiles) throws(GeoError) {
        self.folder = folder.standardizedFileURL
        self.shownAs = shownAs
        let manager = FileManager.default
        var info = stat()
        let exists = lstat(self.folder.path, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFLNK {
            throw refusal(
                "is a symbolic link",
                hint: "Name the real folder with --out; geo-ai does not follow links when it replaces a folder.")
        }
        if exists, info.st_mode & S_IFMT != S_IFDIR {
            throw refusal("is not a folder", hint: "Choose a folder with --out, e.g. --out _site.")
        }
        let resolved = Self.resolve(self.folder)
        let root = Self.resolve(project.root)
        if resolved == root || resolved == "/" || root.hasPrefix(resolved + "/") {
            throw refusal(
                "is the project root or a folder above it; publishing would delete the project",
                hint: "Publish to a folder of its own, e.g. --out _site.")
        }
        for name in Self.protectedFolders {
            let protected = root + "/" + name
            if resolved == protected || resolved.hasPrefix(protected + "/") {
                throw refusal(
                    "is inside the project's \(name)/ folder, which holds its inputs or outputs",
                    hint: "Publish to a folder of its own, e.g. --out _site.")
            }
        }
        guard exists else { return }
        let listing = FolderListing(self.folder)
        if listing.all.isEmpty { return }
        guard let manifest = manager.contents(atPath: self.folder.appendingPathComponent(Self.manifestName).path),
            listing.files.contains(Self.manifestName)
        else {
            throw refusal(
                "is not empty and was not made by geo-ai publish; publishing would delete its contents",
                hint:
                    "Choose a new or empty folder with --out, or move the folder away yourself if you no longer need it."
            )
        }
        let lines = String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
        let listed = Set(lines.dropFirst())
        guard lines.first == Self.manifestHeader else {
            throw refusal(
                "has a damaged \(Self.manifestName) manifest",
                hint: "Choose another folder with --out, or move this one away yourself.")
        }
        if let foreign = listing.all.first(where: { $0 != Self.manifestName && !listed.contains($0) }) {
            throw refusal(
                "holds '\(foreign)', which geo-ai publish did not write; publishing would delete it",
                hint: "Move that file out of the folder, or choose another folder with --out.")
        }
    }

    /// Replaces the folder with the site's files and their manifest, in one atomic exchange.
    ///
    /// - Returns: Warnings (an old site that could not be deleted).
    /// - Throws: ``GeoError`` `.cannotCreate` when the folder cannot be written.
    @discardableResult
    public func replace(with site: [String: [UInt8]]) throws(GeoError) -> [Diagnostic] {
        var tree = OutputTree()
        for (path, bytes) in site { tree.add(path, bytes: bytes) }
        let manifest = ([Self.manifestHeader] + tree.paths).joined(separator: "\n") + "\n"
        tree.add(Self.manifestName, text: manifest)
        return try OutputWriter.replace(folder: folder, shownAs: shownAs, with: tree)
    }

    private func refusal(_ problem: String, hint: String) -> GeoError {
        GeoError(
            .cannotCreate, "refusing to publish to '\(shownAs)': it \(problem)", at: SourceLocation(path: shownAs),
            hint: hint)
    }

    /// The absolute path with links resolved in the part that exists.
    private static func resolve(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while ProjectFiles.realPath(existing.path) == nil, existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let base = ProjectFiles.realPath(existing.path) ?? existing.path
        return ([base == "/" ? "" : base] + rest).joined(separator: "/").nonEmpty ?? "/"
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
