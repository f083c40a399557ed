public import GeoModel

extension ProjectFiles {
    /// The report folders under `Reports/` for `geo-ai publish`: every folder with a `README.md`,
    /// each file's bytes by path relative to the folder, sorted by name.
    ///
    /// Nothing is read through a symbolic link: a link anywhere in a report folder (say
    /// `Reports/notes/README.md → /etc/passwd`) is refused with its path.
    ///
    /// - Throws: ``GeoError`` `.dataError` for a symbolic link or a special file in a report
    ///   folder, `.ioError` for an unreadable file.
    public func readReports() throws(GeoError) -> [(pipeline: String, files: [String: [UInt8]])] {
        let listing = FolderListing(url("Reports")) { !$0.hasPrefix(".") }
        if let link = listing.links.first ?? listing.others.first {
            throw GeoError(
                .dataError,
                "'Reports/\(link)' is a symbolic link or a special file; geo-ai does not publish through links",
                at: SourceLocation(path: "Reports/\(link)"),
                hint: "Replace it with a copy of the file it points to, or remove it, then run geo-ai build.")
        }
        let readmes = listing.files.map { $0.split(separator: "/") }.filter { $0.count == 2 && $0[1] == "README.md" }
        let reports = Set(readmes.map { String($0[0]) })
        var folders: [String: [String: [UInt8]]] = [:]
        for path in listing.files {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, reports.contains(parts[0]) else { continue }
            folders[parts[0], default: [:]][parts[1]] = try read("Reports/\(path)")
        }
        return folders.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
