public import GeoModel

/// The site's two sanitisers as functions of untrusted text: the SVG of a map and the Markdown
/// of a report, each turned into markup that a page may include.
///
/// `publish` goes through these for every file it reads from `Reports/`; they are public so the
/// fuzzing harness in `Fuzz/` can drive them (not a stable API).
public enum SiteMarkup {
    /// A map file sanitised: the standalone SVG the site writes, and whether anything that could
    /// run code or load a resource was removed.
    ///
    /// - Throws: ``GeoError`` `.dataError` when the bytes are not UTF-8 or the root is not `<svg>`.
    public static func sanitizedMap(_ bytes: [UInt8], path: String) throws(GeoError) -> (
        svg: String, removedUnsafeContent: Bool
    ) {
        let map = try MapDocument(bytes: bytes, path: path)
        return (map.standaloneText, map.hadUnsafeContent)
    }

    /// A report's Markdown as the sanitised HTML of its page body.
    public static func reportHTML(_ markdown: String) -> String {
        MarkupSerializer.html(ReportHTML.render(markdown))
    }
}
