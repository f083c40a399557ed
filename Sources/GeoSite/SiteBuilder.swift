public import GeoModel

/// Turns the report folders under `Reports/` into a self-contained static site.
///
/// ```swift
/// let files = try SiteBuilder.build(folders, siteTitle: "AI usage by economy")
/// // files["index.html"]                           the gallery of every map
/// // files["deepseek/index.html"]                  the deepseek report as a page
/// // files["deepseek/maps/deepseek_share.svg"]     the map, standalone
/// // files["deepseek/data/aggregates.csv"]         the data, copied
/// ```
///
/// The site needs no server and makes no request outside itself: styles are inline, maps are
/// inlined as SVG, and pages contain no script. Reports are written under their pipeline's
/// name, so `<pipeline>/index.html` stays the address of a report from build to build, and the
/// relative links inside a README (`maps/x.svg`, `data/x.csv`) keep working on the site. The
/// output is deterministic: the same folders give the same bytes.
///
/// The builder does no I/O: the caller reads `Reports/` and writes the returned files.
public enum SiteBuilder {
    /// The title used when the caller has none: "geo-ai reports".
    public static let defaultSiteTitle = "geo-ai reports"

    /// Builds the site.
    ///
    /// - Parameters:
    ///   - reports: One folder per pipeline, in any order.
    ///   - siteTitle: The title of the gallery and of the site in every page.
    /// - Returns: Each output file's bytes by path relative to the output folder (`index.html`,
    ///   `<pipeline>/index.html`, `<pipeline>/maps/*.svg`, `<pipeline>/data/*.csv`).
    /// - Throws: `GeoError` with code `.dataError` when a pipeline name cannot be a folder on
    ///   the web (or two differ only in case), a folder has no `README.md`, a README or map is not
    ///   UTF-8, or a map is not an SVG document.
    /// - Complexity: Linear in the total size of the files.
    public static func build(_ reports: [ReportFolder], siteTitle: String) throws(GeoError) -> [String: [UInt8]] {
        let trimmedTitle = MarkupNode.collapsingWhitespace(siteTitle)
        let title = trimmedTitle.isEmpty ? defaultSiteTitle : trimmedTitle
        let folders = reports.sorted { $0.pipeline < $1.pipeline }
        try checkNames(folders)

        var output: [String: [UInt8]] = [:]
        var maps: [String: MapDocument] = [:]
        var readmes: [String: String] = [:]
        for folder in folders {
            let base = "Reports/\(folder.pipeline)/"
            guard let readme = folder.readme else {
                throw GeoError(
                    .dataError, "\(base) has no README.md; cannot publish it", at: SourceLocation(path: base),
                    hint: "Run `geo-ai build` to regenerate the report, or remove the folder.")
            }
            readmes[folder.pipeline] = try SiteText.decodeUTF8(readme, path: base + "README.md", what: "report")
            output[ReportPage.path(of: folder.pipeline)] = []
            for path in folder.mapPaths {
                let bytes = folder.files[path] ?? []
                let map = try MapDocument(bytes: bytes, path: base + path)
                maps[folder.pipeline + "/" + path] = map
                // Our maps are copied byte for byte; one that carried scripts or external
                // references is replaced by its sanitised form.
                output[folder.pipeline + "/" + path] = map.hadUnsafeContent ? Array(map.standaloneText.utf8) : bytes
            }
            for path in folder.dataPaths {
                output[folder.pipeline + "/" + path] = folder.files[path] ?? []
            }
        }
        output["index.html"] = []
        let site = SiteContents(title: title, files: Set(output.keys), maps: maps)

        var entries: [IndexPage.Entry] = []
        for folder in folders {
            let mapPaths = folder.mapPaths.map { folder.pipeline + "/" + $0 }
            let dataPaths = folder.dataPaths.map { folder.pipeline + "/" + $0 }
            let page = ReportPage.render(
                pipeline: folder.pipeline, markdown: readmes[folder.pipeline] ?? "", maps: mapPaths, data: dataPaths,
                site: site)
            output[ReportPage.path(of: folder.pipeline)] = Array(page.html.utf8)
            // Maps in the order the report shows them, then the ones it does not show.
            let shown = page.mapOrder.filter(mapPaths.contains)
            entries.append(
                IndexPage.Entry(
                    pipeline: folder.pipeline, title: page.title, description: page.description,
                    maps: shown + mapPaths.filter { !shown.contains($0) }, data: dataPaths,
                    mapAnchors: page.mapAnchors))
        }
        output["index.html"] = Array(IndexPage.render(entries, site: site).utf8)
        return output
    }

    /// Pipeline names become folder names and URL segments: letters, digits, `.`, `_` and `-`,
    /// not starting with `.`, unique ignoring case.
    private static func checkNames(_ folders: [ReportFolder]) throws(GeoError) {
        var seen: [String: String] = [:]
        for folder in folders {
            let name = folder.pipeline
            let isValid =
                !name.isEmpty && name.count <= 100 && !name.hasPrefix(".") && name.lowercased() != "index.html"
                && name.unicodeScalars.allSatisfy {
                    $0.isASCII
                        && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
                }
            guard isValid else {
                throw GeoError(
                    .dataError, "Report folder name '\(name)' cannot be published as a web folder",
                    at: SourceLocation(path: "Reports/\(name)"),
                    hint: "Use letters, digits, '.', '_' and '-' only (not starting with '.'), and rename the pipeline."
                )
            }
            if let other = seen[name.lowercased()] {
                throw GeoError(
                    .dataError, "Report folders '\(other)' and '\(name)' differ only in case",
                    at: SourceLocation(path: "Reports/\(name)"),
                    hint: "Rename one pipeline: on many disks and web servers the two would be the same folder.")
            }
            seen[name.lowercased()] = name
        }
    }
}
