/// What every page of a site may refer to: the output files and the parsed maps.
struct SiteContents: Sendable {
    /// The site's title.
    let title: String
    /// Every output path.
    let files: Set<String>
    /// The maps by output path (`deepseek/maps/share.svg`).
    let maps: [String: MapDocument]

    /// The file name of an output path (`share.svg`).
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file name without its extension (`share`).
    static func stem(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
