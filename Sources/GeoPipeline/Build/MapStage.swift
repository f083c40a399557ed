import GeoMaps
import GeoModel
import GeoReports

/// Renders the maps a pipeline declares, and change maps for its diffs.
struct MapStage {
    /// One rendered map: where it goes, its SVG, and what the report says about it.
    struct Output {
        let path: String
        let svg: String
        let figure: ReportFigure
        let notes: [Diagnostic]
        /// What could not be drawn as a shape, counted.
        let marks: MapMarks
    }

    /// The shapes and label points drawn with.
    let geometry: LoadedGeometry
    /// The reference tables, for names.
    let reference: ReferenceTables

    /// The country shapes.
    var world: WorldGeometry { geometry.world }
    /// Label points for economies too small for a shape.
    var labelPoints: [AreaCode: GeoCoordinate] { geometry.labelPoints }

    /// Loads the shipped geometry and label points.
    static func load(files: ProjectFiles, reference: ReferenceTables, geometryPath: String = LoadedGeometry.worldPath)
        throws(GeoError)
        -> MapStage
    {
        MapStage(geometry: try LoadedGeometry.world(files: files, geometryPath: geometryPath), reference: reference)
    }

    /// The maps of one `maps:` entry, one per period, sharing one set of breaks.
    func render(_ map: MapConfig, pipeline: LoadedPipeline, flags: [EconomyFlag]) -> [Output] {
        if let name = map.name {
            return map.periods.map { categorical(map, name: name, period: $0, pipeline: pipeline, flags: flags) }
        }
        var breaks = SharedBreaks.breaks(
            for: map.metric, config: pipeline.config, observations: pipeline.observations(of: map.metric))
        if let labels = map.labels { breaks = breaks.labelled(labels) }
        return map.periods.compactMap { period in
            render(map, period: period, breaks: breaks, pipeline: pipeline, flags: flags)
        }
    }

    /// One map of one period, with the given breaks.
    func render(_ map: MapConfig, period: Period, breaks: ClassBreaks, pipeline: LoadedPipeline, flags: [EconomyFlag])
        -> Output?
    {
        let config = pipeline.config
        guard let metric = config.metrics.first(where: { $0.id == map.metric }) else { return nil }
        let names = reference.economies.mapValues(\.name)
        var values: [AreaCode: MapValue] = [:]
        for observation in pipeline.observations(of: map.metric, in: period) {
            values[observation.iso3] = MapValue(observation)
        }
        var request = MapRequest(
            title: map.title.map { "\($0), \(period)" } ?? "\(metric.label), \(ValueTextPeriod.name(period))",
            unit: metric.unit, values: values, breaks: breaks)
        request.subtitle = map.subtitle
        request.note = Self.classingNote(map, periods: map.periods)
        request.sourceLine = map.source ?? "Source: \(config.title)"
        request.names = names
        request.scheme = map.scheme
        request.projection = map.projection
        request.labelPoints = labelPoints
        request.idPrefix = "\(map.metric)-\(period)"
        request.overlays = map.overlays.map { id in
            FlagOverlay(
                id: id, label: FlagID(id).legendLabel,
                members: Set(flags.filter { $0.flag.rawValue == id && $0.period == period }.map(\.iso3)))
        }
        return output(
            ChoroplethRenderer.render(request, geometry: world), path: "maps/\(map.metric)-\(period).svg",
            title: request.title)
    }

    /// A categorical map of one period: every economy in the reference tables takes the first
    /// category whose flags it has, or the map's `others` category.
    func categorical(_ map: MapConfig, name: String, period: Period, pipeline: LoadedPipeline, flags: [EconomyFlag])
        -> Output
    {
        let flagsOf = Dictionary(grouping: flags.filter { $0.period == period }, by: \.iso3)
        var values: [AreaCode: MapValue] = [:]
        for iso3 in reference.economies.keys {
            let own = flagsOf[iso3] ?? []
            let category = map.categories.first { $0.matches(own) }?.label ?? map.otherCategory
            values[iso3] = MapValue(category: category)
        }
        var request = MapRequest(
            title: "\(map.title ?? name), \(ValueTextPeriod.name(period))", unit: .number, values: values,
            breaks: ClassBreaks.compute(.categories, values: []))
        request.categories = map.categories.map(\.label) + [map.otherCategory].compactMap { $0 }
        request.backgroundCategory = map.otherCategory
        request.subtitle = map.subtitle
        request.sourceLine = map.source ?? "Source: \(pipeline.config.title)"
        request.names = reference.economies.mapValues(\.name)
        request.scheme = map.scheme
        request.projection = map.projection
        request.labelPoints = labelPoints
        request.idPrefix = "\(name)-\(period)"
        return output(
            ChoroplethRenderer.render(request, geometry: world), path: "maps/\(name)-\(period).svg",
            title: request.title)
    }

    /// A diverging map of the change between the two snapshots of a diff.
    /// - Parameter source: The source line crediting the data (from `Data/sources.csv`); `nil` names the pipeline.
    func changeMap(_ diff: SnapshotDiff, scheme: ColorScheme = .rdBu, source: String? = nil) -> Output {
        var values: [AreaCode: MapValue] = [:]
        for change in diff.economies {
            guard let point = change.change?.point else { continue }
            values[change.iso3] = MapValue(value: point)
        }
        let breaks = ClassBreaks.compute(
            .diverging(pivot: 0, classesEachSide: 3), values: values.values.compactMap(\.representativeValue))
        var request = MapRequest(
            title:
                "Change in \(diff.metric.label), \(ValueTextPeriod.name(diff.from.period)) to \(ValueTextPeriod.name(diff.to.period))",
            unit: diff.metric.unit, values: values, breaks: breaks)
        request.subtitle =
            "Points of change; blue rose, red fell"
            + (diff.comparesDifferentLengths ? " (periods of different lengths)" : "")
        request.valueSuffix = diff.metric.unit == .percent ? " points" : nil
        request.sourceLine = source ?? "Source: the \(diff.pipeline) pipeline's data"
        request.names = reference.economies.mapValues(\.name)
        request.scheme = scheme
        request.labelPoints = labelPoints
        request.idPrefix = "change-\(diff.metric.id)"
        return output(
            ChoroplethRenderer.render(request, geometry: world),
            path: "maps/change-\(diff.metric.id)-\(diff.from)-\(diff.to).svg",
            title: request.title)
    }

    private func output(_ rendered: RenderedMap, path: String, title: String) -> Output {
        var notes: [String] = []
        if !rendered.dots.isEmpty {
            notes.append("Drawn as dots (too small or no shape at this scale): \(names(rendered.dots)).")
        }
        if !rendered.notDrawn.isEmpty {
            notes.append("Not drawn (no shape and no label point): \(names(rendered.notDrawn)).")
        }
        let summary = rendered.summary.isEmpty ? title : rendered.summary
        let located = rendered.notes.map {
            Diagnostic($0.severity, "\(path): \($0.message)", at: $0.location, hint: $0.hint)
        }
        return Output(
            path: path, svg: rendered.svg,
            figure: ReportFigure(path: path, title: title, summary: summary, notes: notes), notes: located,
            marks: MapMarks(path: path, rendered: rendered))
    }

    private func names(_ codes: [AreaCode]) -> String {
        codes.map { "\(reference.name(of: $0)) (\($0))" }.joined(separator: ", ")
    }

    /// How the classes were made, for the note under the legend.
    static func classingNote(_ map: MapConfig, periods: [Period]) -> String {
        let method: String
        if case .manual = map.classes, map.labels != nil {
            method = "the publisher's bands"
        } else {
            method = map.classes.readerDescription
        }
        return periods.count > 1
            ? "Classes: \(method), shared by the maps of \(periods.map(\.description).joined(separator: ", "))"
            : "Classes: \(method)"
    }
}

/// Period names for map titles.
enum ValueTextPeriod {
    static func name(_ period: Period) -> String {
        switch period.length {
        case .half: "H\(period.index) \(period.year)"
        case .quarter: "Q\(period.index) \(period.year)"
        case .month, .year: period.description
        }
    }
}
