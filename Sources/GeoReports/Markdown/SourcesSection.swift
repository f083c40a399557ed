import GeoModel

/// "Sources": every input file with its format, encoding, rows and SHA-256, then credits.
enum SourcesSection {
    static func markdown(_ input: ReportInput) -> String {
        var table = MarkdownTable(
            ["File", "Format", "Encoding", "Rows read", "Rows kept", "SHA-256"],
            alignments: [.left, .left, .left, .right, .right, .left])
        for source in input.files.map(\.source) + input.publishedSources {
            table.append([
                MarkdownText.code(source.path), source.format.rawValue, source.encoding, String(source.rowsRead),
                String(source.rowsKept), MarkdownText.code(source.sha256),
            ])
        }
        var text = "## Sources\n\n" + table.markdown
        if !input.credits.isEmpty {
            text +=
                "\n\nCredits: every source behind this report's data, reference tables and maps (kept in "
                + "`Data/sources.csv`).\n\n"
                + input.credits.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n")
        }
        return text
    }
}
