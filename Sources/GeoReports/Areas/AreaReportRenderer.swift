import GeoModel

/// Renders the report of a pipeline on the US layers (states and counties) as Markdown.
///
/// Order: summary, maps, states (top and bottom ten), counties (highest and lowest with
/// ties, those without a shape), states against their counties, published rankings,
/// methodology and sources; then `## Appendix` with the long tables: every state ranked,
/// each state's county spread, the state check in full and each ranking in full.
public enum AreaReportRenderer {
    /// The report.
    public static func markdown(_ input: AreaReportInput) -> String {
        var body: [String?] = [summary(input), maps(input), StateRankingSection.body(input)]
        body += [CountySection.body(input), StateCheckSection.body(input)]
        body += input.rankings.map(RankingSection.body)
        body += [methodology(input), sources(input)]
        var appendix: [String?] = [StateRankingSection.appendix(input), CountySection.spread(input)]
        appendix += [StateCheckSection.appendix(input)] + input.rankings.map(RankingSection.appendix)
        let parts = body.compactMap { $0 } + ["## Appendix"] + appendix.compactMap { $0 }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// `data/state-check.csv`: each state's published figure and its counties' plain mean and median.
    public static func stateCheckCSV(_ input: AreaReportInput) -> String {
        CSVText.table(
            header: ["fips", "state", "published", "county_mean", "county_median", "counties"],
            rows: StateCheckSection.rows(input).map { row in
                [
                    row.state.rawValue, input.states.name(of: row.state), CSVText.number(row.published),
                    CSVText.number(row.mean), CSVText.number(row.median), String(row.counties),
                ]
            })
    }

    private static func summary(_ input: AreaReportInput) -> String {
        var text = "# \(MarkdownText.inline(input.title))\n\n"
        if !input.description.isEmpty { text += MarkdownText.inline(input.description) + "\n\n" }
        text +=
            "\(input.period): the publisher's figures for \(input.stateValues.count) states"
            + (input.stateValues.keys.contains { $0.rawValue == "11" }
                ? " (the District of Columbia counted as one)" : "")
            + " and \(NumberText.grouped(Double(input.countyValues.count))) counties, read as released."
        if let top = StateRankingSection.ranked(input).first {
            text +=
                " \(MarkdownText.inline(PlaceName.startingSentence(input.states.name(of: top.code)))) is highest at "
                + "\(AreaReportInput.percent(top.value))."
        }
        return text
    }

    private static func maps(_ input: AreaReportInput) -> String? {
        guard !input.maps.isEmpty else { return nil }
        var parts = ["## Maps"]
        for map in input.maps {
            var text = "### \(MarkdownText.inline(map.title))\n\n![\(MarkdownText.inline(map.summary))](\(map.path))"
            if !map.notes.isEmpty {
                text += "\n\n" + map.notes.map { "_" + MarkdownText.inline($0) + "_" }.joined(separator: " ")
            }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n")
    }

    private static func methodology(_ input: AreaReportInput) -> String {
        "## Methodology\n\n"
            + "Every county row is resolved to a five-digit FIPS code (leading zeros restored: 1001 is 01001) and "
            + "must agree with its name and state in `Data/reference/us-counties.csv`; states resolve by name and "
            + "USPS code against `Data/reference/us-states.csv`. Maps use Albers USA (conterminous states in "
            + "Albers equal-area conic, standard parallels 29.5° N and 45.5° N; Alaska and Hawaii as framed insets) "
            + "on the US Census Bureau's 2016 cartographic boundaries, with state borders drawn over the counties. "
            + "Connecticut reports by its nine planning regions since 2022; the 2016 boundaries have its eight "
            + "former counties instead, so the regions are listed, not drawn."
    }

    private static func sources(_ input: AreaReportInput) -> String {
        var table = MarkdownTable(
            ["File", "Rows read", "Rows kept", "SHA-256"], alignments: [.left, .right, .right, .left])
        for source in input.sources {
            table.append([
                MarkdownText.code(source.path), String(source.rowsRead), String(source.rowsKept),
                MarkdownText.code(source.sha256),
            ])
        }
        var text = "## Sources\n\n" + table.markdown
        if !input.credits.isEmpty {
            text += "\n\n" + input.credits.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n")
        }
        return text
    }
}
