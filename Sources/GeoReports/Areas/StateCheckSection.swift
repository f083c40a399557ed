import GeoModel

/// Each state's published figure beside the plain mean and median of its counties' figures.
///
/// The publisher aggregates counties weighted by working-age population; geo-ai ships no
/// county populations, so it can show how far the unweighted summaries fall from the
/// published figure but cannot reproduce it.
enum StateCheckSection {
    struct Row {
        let state: AreaCode
        let published: Double
        let mean: Double
        let median: Double
        let counties: Int
    }

    static func rows(_ input: AreaReportInput) -> [Row] {
        let grouped = input.countyValuesByState
        return input.stateValues.keys.sorted().compactMap { state in
            guard let published = input.stateValues[state], let values = grouped[state], !values.isEmpty else {
                return nil
            }
            return Row(
                state: state, published: published, mean: values.reduce(0, +) / Double(values.count),
                median: AreaReportInput.median(values), counties: values.count)
        }
    }

    /// "## States against their counties": the finding in words and the largest gaps.
    static func body(_ input: AreaReportInput) -> String? {
        let rows = rows(input)
        guard !rows.isEmpty else { return nil }
        let above = rows.filter { $0.published > $0.mean }.count
        var text = "## States against their counties\n\n"
        text +=
            "The publisher's state figure is not the plain average of its counties: it weights each county by its "
            + "working-age population (15–64). geo-ai could reproduce it only if county populations were supplied; "
            + "none are shipped with geo-ai (no offline, licensed county population table is in `Data/`), so the "
            + "check below sets the published figure beside the plain mean and median of the state's counties. "
            + "In \(above) of \(rows.count) states the published figure is above the plain mean, as it is when the "
            + "populous counties use AI more than the rest."
        let gaps = rows.sorted { lhs, rhs in
            let (a, b) = (abs(lhs.published - lhs.mean), abs(rhs.published - rhs.mean))
            return a != b ? a > b : input.states.name(of: lhs.state) < input.states.name(of: rhs.state)
        }
        text += "\n\nThe ten largest gaps (every state is in the appendix):\n\n" + table(Array(gaps.prefix(10)), input)
        return text
    }

    /// "### Published state figures and their counties" for the appendix.
    static func appendix(_ input: AreaReportInput) -> String? {
        let rows = rows(input).sorted { input.states.name(of: $0.state) < input.states.name(of: $1.state) }
        guard !rows.isEmpty else { return nil }
        return "### Published state figures and their counties\n\n" + table(rows, input)
    }

    private static func table(_ rows: [Row], _ input: AreaReportInput) -> String {
        var table = MarkdownTable(
            ["State", "Published", "Mean of counties", "Median of counties", "Published − mean", "Counties"],
            alignments: [.left, .right, .right, .right, .right, .right])
        for row in rows {
            table.append([
                MarkdownText.inline(input.states.name(of: row.state)), AreaReportInput.percent(row.published),
                AreaReportInput.percent(row.mean), AreaReportInput.percent(row.median),
                NumberText.fixed(row.published - row.mean, decimals: 1) + " points", String(row.counties),
            ])
        }
        return table.markdown
    }
}
