import GeoAnalysis
import GeoMaps
import GeoModel
import GeoReports

/// Draws the charts a pipeline declares (``ChartConfig``) from its analysis and observations.
///
/// Each chart goes to `charts/<type>-<metric>-<period>.svg` and into the report as a figure
/// with its description as alt text. A chart with nothing to show (no groups with data, no
/// second period) is left out, with a note.
struct ChartStage {
    /// One rendered chart.
    struct Output {
        let path: String
        let svg: String
        let figure: ReportFigure
    }

    let pipeline: LoadedPipeline
    let analysis: AnalysisResult
    let reference: ReferenceTables

    /// Every chart of the pipeline that has something to show, and notes on those that do not.
    func render() -> (outputs: [Output], notes: [Diagnostic]) {
        var outputs: [Output] = []
        var notes: [Diagnostic] = []
        for chart in pipeline.config.charts {
            guard let metric = pipeline.config.metricsByID[chart.metric] else { continue }
            let output: Output?
            switch chart.kind {
            case .regions: output = regions(chart, metric: metric)
            case .movers: output = movers(chart, metric: metric)
            case .bands: output = bands(chart, metric: metric)
            }
            if let output {
                outputs.append(output)
            } else if pipeline.config.chartsAreDeclared {
                notes.append(
                    Diagnostic(
                        .note,
                        "the \(chart.kind.rawValue) chart of \(metric.label) has nothing to show and is not drawn",
                        at: SourceLocation(path: pipeline.config.path)))
            }
        }
        return (outputs, notes)
    }

    /// The chart's period: the one it names, else the latest the metric has.
    private func period(of chart: ChartConfig) -> Period? {
        chart.period ?? pipeline.observations(of: chart.metric).map(\.period).max()
    }

    private func sourceLine(_ metric: String) -> String {
        pipeline.config.maps.first { $0.metric == metric && $0.source != nil }?.source
            ?? "Source: \(pipeline.config.title)"
    }

    private func regions(_ chart: ChartConfig, metric: Metric) -> Output? {
        guard let period = period(of: chart) else { return nil }
        let aggregates = analysis.aggregates.filter {
            $0.metric == metric.id && $0.period == period
                && ($0.groupingID == chart.grouping || $0.groupingID == "world")
        }
        let world = aggregates.filter { $0.groupingID == "world" }
        let groups = aggregates.filter { $0.groupingID == chart.grouping && $0.groupingID != "world" }
            .sorted { ($0.mean?.point ?? -.infinity, $1.region) > ($1.mean?.point ?? -.infinity, $0.region) }
        guard groups.contains(where: { $0.mean != nil }) else { return nil }
        var plot = DotPlotChart(title: "\(metric.label) by region, \(ValueTextPeriod.name(period))", unit: metric.unit)
        plot.subtitle =
            "Weighted mean of each region's economies with data; lines show the range the published figures allow"
        plot.valueLabel = "Weighted mean"
        plot.rows = (world + groups).map { aggregate in
            let without = aggregate.dominance.flatMap { dominance in
                dominance.meanWithout.map { (PlaceName.inSentence(reference.name(of: dominance.iso3)), $0.point) }
            }
            return DotPlotChart.Row(
                code: aggregate.region, label: aggregate.region, value: aggregate.mean?.point, low: aggregate.mean?.low,
                high: aggregate.mean?.high, alternative: without?.1,
                alternativeLabel: without.map { "without \($0.0)" },
                note: aggregate.withheldReason.map { _ in "too little data" })
        }
        if plot.rows.contains(where: { $0.alternative != nil }) {
            plot.alternativeLabel = "Without the economy that dominates"
        }
        plot.sourceLine = sourceLine(metric.id)
        plot.idPrefix = "regions-\(metric.id)-\(period)"
        return output(plot.render(), path: "charts/regions-\(metric.id)-\(period).svg", title: plot.title)
    }

    private func movers(_ chart: ChartConfig, metric: Metric) -> Output? {
        let observations = pipeline.observations(of: metric.id).filter { $0.status == .reported }
        let periods = Set(observations.map(\.period)).sorted()
        guard periods.count >= 2 else { return nil }
        let (earlier, later) = (periods[periods.count - 2], periods[periods.count - 1])
        func values(_ period: Period) -> [AreaCode: Double] {
            Dictionary(
                observations.filter { $0.period == period }.compactMap { o in o.value.map { (o.iso3, $0) } },
                uniquingKeysWith: { a, _ in a })
        }
        let (from, to) = (values(earlier), values(later))
        // Economies sharing one published estimate move together: one row for the group.
        var rows: [DumbbellChart.Row] = []
        var grouped = Set<AreaCode>()
        for shared in SharedEstimates.find(metric: metric.id, in: pipeline.observations(of: metric.id)) {
            let members = shared.members.filter { from[$0] != nil && to[$0] != nil }.sorted {
                reference.name(of: $0) < reference.name(of: $1)
            }
            guard let first = members.first, let a = from[first], let b = to[first], members.count > 1 else { continue }
            grouped.formUnion(members)
            rows.append(
                .init(
                    code: members.map(\.rawValue).joined(separator: " "),
                    label: "\(reference.name(of: first)) and \(members.count - 1) others (one estimate)", from: a, to: b
                ))
        }
        for (iso3, a) in from where !grouped.contains(iso3) {
            guard let b = to[iso3] else { continue }
            rows.append(.init(code: iso3.rawValue, label: reference.name(of: iso3), from: a, to: b))
        }
        guard !rows.isEmpty else { return nil }
        rows.sort { (abs($0.to - $0.from), $1.label) > (abs($1.to - $1.from), $0.label) }
        var dumbbell = DumbbellChart(
            title:
                "Largest changes in \(metric.label), \(ValueTextPeriod.name(earlier)) to \(ValueTextPeriod.name(later))",
            unit: metric.unit, from: ValueTextPeriod.name(earlier), to: ValueTextPeriod.name(later))
        dumbbell.rows = rows.prefix(chart.top).sorted { ($0.to - $0.from, $1.label) > ($1.to - $1.from, $0.label) }
        dumbbell.subtitle =
            "The \(dumbbell.rows.count) largest changes in either direction"
            + (earlier.length != later.length ? "; the periods differ in length" : "")
        dumbbell.sourceLine = sourceLine(metric.id)
        dumbbell.idPrefix = "movers-\(metric.id)"
        return output(
            dumbbell.render(), path: "charts/movers-\(metric.id)-\(earlier)-\(later).svg", title: dumbbell.title)
    }

    private func bands(_ chart: ChartConfig, metric: Metric) -> Output? {
        guard let period = period(of: chart), let region = chart.region,
            let map = pipeline.config.maps.first(where: { $0.metric == metric.id })
        else { return nil }
        var breaks = SharedBreaks.breaks(
            for: metric.id, config: pipeline.config, observations: pipeline.observations(of: metric.id))
        if let labels = map.labels { breaks = breaks.labelled(labels) }
        let unit = metric.unit.symbol.isEmpty ? "" : " " + metric.unit.symbol
        let bandLabels = LegendText.classLabels(for: breaks, suffix: unit)
        guard !bandLabels.isEmpty,
            let group = analysis.aggregates.first(where: {
                $0.metric == metric.id && $0.period == period && $0.groupingID == chart.grouping && $0.region == region
            })
        else { return nil }
        let members = Set(group.members)
        var strip = BandStripChart(
            title:
                "\(PlaceName.possessive(PlaceName.startingSentence(region))) economies by \(metric.label), \(ValueTextPeriod.name(period))",
            bands: bandLabels)
        for observation in pipeline.observations(of: metric.id, in: period) {
            guard members.contains(observation.iso3), let value = MapValue(observation).representativeValue,
                let band = breaks.classIndex(of: value)
            else { continue }
            strip.rows.append(
                .init(code: observation.iso3.rawValue, label: reference.name(of: observation.iso3), band: band))
        }
        guard !strip.rows.isEmpty else { return nil }
        strip.subtitle = "Each economy in the band it was published in; economies with insufficient data are left out"
        strip.scheme = map.scheme
        strip.sourceLine = sourceLine(metric.id)
        strip.idPrefix = "bands-\(metric.id)-\(period)"
        let slug = region.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return output(
            strip.render(), path: "charts/bands-\(metric.id)-\(String(slug))-\(period).svg", title: strip.title)
    }

    private func output(_ chart: RenderedChart, path: String, title: String) -> Output {
        Output(
            path: path, svg: chart.svg,
            figure: ReportFigure(path: path, title: title, summary: chart.description, notes: []))
    }
}
