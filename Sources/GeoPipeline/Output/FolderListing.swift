public import Foundation

/// The regular files and symbolic links under a folder, found without following any link.
///
/// ```swift
/// let listing = FolderListing(reports)
/// listing.files   // ["deepseek/README.md", "deepseek/maps/deepseek_share-2025-H2.svg", …]
/// listing.links   // ["notes/README.md"] when that is a symbolic link
/// ```
///
/// A link to a folder is listed as a link and not descended into, so nothing outside the
/// folder is ever listed, read or copied through it.
public struct FolderListing: Sendable {
    /// Regular files, relative to the folder, sorted.
    public private(set) var files: [String] = []
    /// Symbolic links (to files or folders), relative to the folder, sorted.
    public private(set) var links: [String] = []
    /// Anything else that is not a folder (sockets, devices, FIFOs), relative to the folder, sorted.
    public private(set) var others: [String] = []

    /// Lists `folder`, visiting only paths `include` accepts (a rejected folder is not descended into).
    public init(_ folder: URL, include: (String) -> Bool = { _ in true }) {
        visit(folder.path, relative: "", include: include)
        files.sort()
        links.sort()
        others.sort()
    }

    /// Everything listed, files, links and others together, sorted.
    public var all: [String] { (files + links + others).sorted() }

    private mutating func visit(_ path: String, relative: String, include: (String) -> Bool) {
        let names = ProjectFiles.names(inFolder: path).sorted()
        for name in names {
            let child = relative.isEmpty ? name : "\(relative)/\(name)"
            guard include(child) else { continue }
            let full = "\(path)/\(name)"
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: visit(full, relative: child, include: include)
            case S_IFREG: files.append(child)
            case S_IFLNK: links.append(child)
            default: others.append(child)
            }
        }
    }
}
