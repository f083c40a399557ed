import GeoModel

/// "Name resolution audit": every input name that was not already a canonical name or code,
/// how it was resolved, and every name skipped on purpose.
enum ResolutionAuditSection {
    static func markdown(_ input: ReportInput) -> String {
        var counts: [Resolution.Method: Int] = [:]
        var table = MarkdownTable(["Name in source", "Resolved to", "How", "File"])
        for file in input.files {
            for resolution in file.resolutions {
                counts[resolution.method, default: 0] += 1
                guard resolution.method == .alias || resolution.method == .userAlias else { continue }
                table.append([
                    MarkdownText.inline(resolution.input),
                    "\(MarkdownText.inline(input.reference.name(of: resolution.iso3))) (\(resolution.iso3))",
                    resolution.method == .alias ? "published alias" : "pipeline alias",
                    MarkdownText.code(file.source.path),
                ])
            }
        }
        let summary = [
            (Resolution.Method.code, "by ISO code"), (.name, "by canonical name"), (.alias, "by published alias"),
            (.userAlias, "by a pipeline alias"),
        ].compactMap { method, label in counts[method].map { "\($0) \(label)" } }.joined(separator: ", ")
        var text = "## Name resolution audit\n\nDistinct names resolved: \(summary.isEmpty ? "none" : summary)."
        if !table.rows.isEmpty {
            text += " Names that are not the economy's canonical name or code:\n\n" + table.markdown
        }
        let ignored = input.files.flatMap { file in file.ignored.map { ($0.key, $0.value) } }.sorted { $0.0 < $1.0 }
        if !ignored.isEmpty {
            var skipped = MarkdownTable(["Name in source", "Where"])
            for (location, name) in ignored {
                skipped.append([MarkdownText.inline(name), MarkdownText.code(location.description)])
            }
            text +=
                "\n\nSkipped on purpose (declared under `ignore:` in the pipeline; no ISO code):\n\n" + skipped.markdown
        }
        return text
    }
}
