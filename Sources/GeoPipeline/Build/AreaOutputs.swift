import GeoMaps
import GeoModel
import GeoReports

/// Renders what a pipeline on the US layers writes under `Reports/<pipeline>/`: a choropleth per
/// map (Albers USA, state borders over counties), the report and its derived table.
enum AreaOutputs {
    /// The boundaries of the given layers, keyed by their Census `GEOID`.
    static func loadGeometry(_ layers: Set<Geography>, files: ProjectFiles) throws(GeoError) -> (
        layers: [Geography: WorldGeometry], archives: [GeometryCache.Archive]
    ) {
        // State borders are drawn over county maps.
        let needed = layers.contains(.usCounties) ? layers.union([.usStates]) : layers
        let boundaryLayers = needed.sorted(by: { $0.rawValue < $1.rawValue }).filter { $0.boundaries != nil }
        // Each file is read on its own core (the counties are most of a cold US build).
        let read = try Parallel.map(boundaryLayers) { layer throws(GeoError) in
            try loadBoundaries(of: layer, files: files)
        }
        var loaded: [Geography: WorldGeometry] = [:]
        var archives: [GeometryCache.Archive] = []
        for (layer, (geometry, archive)) in zip(boundaryLayers, read) {
            loaded[layer] = geometry
            if let archive { archives.append(archive) }
        }
        return (loaded, archives)
    }

    /// One layer's boundaries, from the geometry cache or its TopoJSON file.
    private static func loadBoundaries(of layer: Geography, files: ProjectFiles) throws(GeoError) -> (
        WorldGeometry, GeometryCache.Archive?
    ) {
        guard let boundaries = layer.boundaries else { preconditionFailure("only layers with boundaries are read") }
        do {
            let bytes = try files.read(boundaries.path)
            let reading = "topojson \(boundaries.path) \(boundaries.object) \(boundaries.codeProperty)"
            return try GeometryCache(files: files).geometry(of: bytes, reading: reading) {
                try WorldGeometry.topoJSON(
                    bytes, path: boundaries.path, object: boundaries.object, codeProperty: boundaries.codeProperty)
            }
        } catch let error as GeoError {
            throw error
        } catch {
            throw GeoError(
                .dataError, "cannot read the boundaries: \(error)", at: SourceLocation(path: boundaries.path))
        }
    }

    static func make(
        _ pipeline: LoadedPipeline, reference: ReferenceTables, files: ProjectFiles,
        geometry: [Geography: WorldGeometry]
    ) throws(GeoError) -> PipelineOutputs.Result {
        let config = pipeline.config
        guard let states = reference.layers[.usStates], let counties = reference.layers[.usCounties] else {
            throw GeoError(
                .dataError, "the \(config.geography.rawValue) layer needs us-states.csv and us-counties.csv",
                at: SourceLocation(path: config.path), hint: "Restore Data/reference/ from the repository.")
        }
        // Each layer's latest period: a new county release is reported even before the states follow.
        var latest: [Geography: Period] = [:]
        var values: [Geography: [AreaCode: Double]] = [:]
        for file in pipeline.files {
            let layer = config.sources.first { $0.path == file.source.path }?.geography ?? config.geography
            for observation in file.observations where observation.representativeValue != nil {
                guard let value = observation.representativeValue,
                    observation.period >= latest[layer] ?? observation.period
                else { continue }
                if observation.period > latest[layer] ?? observation.period { values[layer] = [:] }
                latest[layer] = observation.period
                values[layer, default: [:]][observation.iso3] = value
            }
        }
        guard let period = latest.values.max() else {
            throw GeoError(.dataError, "the pipeline has no values", at: SourceLocation(path: config.path))
        }
        var input = AreaReportInput(
            pipeline: config.name, title: config.title, description: config.description,
            period: period, states: states, counties: counties, stateValues: values[.usStates] ?? [:],
            countyValues: values[.usCounties] ?? [:])
        var tree = OutputTree()
        var notes: [Diagnostic] = []
        var marks: [MapMarks] = []
        // Each map on its own core: the state map is drawn beside the county map.
        let drawn = config.maps.flatMap { map in
            guard let shapes = geometry[map.geography], let table = reference.areaTable(for: map.geography) else {
                return [(map: MapConfig, period: Period, shapes: WorldGeometry, table: AreaTable)]()
            }
            return map.periods.map { (map: map, period: $0, shapes: shapes, table: table) }
        }
        let outputs = Parallel.map(drawn) { map, period, shapes, table in
            render(
                map, period: period, pipeline: pipeline, shapes: shapes, table: table,
                parents: map.geography == .usCounties ? states : nil,
                outlines: map.geography == .usCounties ? geometry[.usStates] : nil)
        }
        for output in outputs {
            tree.add(output.path, text: output.svg)
            input.maps.append(output.figure)
            notes += output.notes
            marks.append(output.marks)
        }
        var rankingSources: [SourceFile] = []
        for ranking in config.tables {
            let read = try ranking.read(files.read(ranking.path, referencedFrom: SourceLocation(path: config.path)))
            input.rankings.append(read.table)
            rankingSources.append(read.source)
        }
        let credits = try SourceCredits.load(files)
        let used =
            pipeline.files.map(\.source.path) + config.tables.map(\.path)
            + [states, counties].map { "\(ProjectFiles.referenceFolder)/\($0.geography.referenceFile)" }
            + [Geography.usStates, .usCounties].compactMap { $0.boundaries?.path }
        input.credits = SourceCredits.used(by: used, from: credits).map(\.text) + config.credits
        input.sources = pipeline.files.map(\.source) + rankingSources
        tree.add("data/state-check.csv", text: AreaReportRenderer.stateCheckCSV(input))
        tree.add("README.md", text: AreaReportRenderer.markdown(input))
        return PipelineOutputs.Result(tree: tree, notes: notes, marks: marks, findings: [], timings: [])
    }

    /// What the map says under its legend about areas with data but no shape in the boundaries
    /// (Connecticut's planning regions, newer than the 2016 counties), so that a reader of the
    /// map alone knows why that state is hatched; `nil` when every area with data has a shape.
    ///
    /// ```swift
    /// // "Not drawn: 9 counties in Connecticut have data but no shape in these 2016 boundaries."
    /// ```
    ///
    /// - Parameter parents: The layer the areas' ``Area/parent`` codes belong to (the states of
    ///   a county map), to name the one they are all in.
    static func shapelessNote(_ codes: [AreaCode], table: AreaTable, parents: AreaTable?) -> String? {
        guard !codes.isEmpty else { return nil }
        let parentCodes = Set(codes.map { table.areas[$0]?.parent })
        let place =
            if let parents, parentCodes.count == 1, let parent = parentCodes.first ?? nil {
                " in \(PlaceName.inSentence(parents.name(of: parent)))"
            } else {
                ""
            }
        let noun = codes.count == 1 ? table.geography.areaNoun : table.geography.areaNounPlural
        let verb = codes.count == 1 ? "has" : "have"
        return "Not drawn: \(codes.count) \(noun)\(place) \(verb) data but no shape in these 2016 boundaries."
    }

    /// One choropleth of one period.
    private static func render(
        _ map: MapConfig, period: Period, pipeline: LoadedPipeline, shapes: WorldGeometry, table: AreaTable,
        parents: AreaTable?, outlines: WorldGeometry?
    ) -> MapStage.Output {
        let config = pipeline.config
        var values: [AreaCode: MapValue] = [:]
        for observation in pipeline.observations(of: map.metric, in: period) {
            values[observation.iso3] = MapValue(observation)
        }
        let breaks = SharedBreaks.breaks(
            for: map.metric, config: config, observations: pipeline.observations(of: map.metric))
        let metric = config.metrics.first { $0.id == map.metric }
        var request = MapRequest(
            title: map.title.map { "\($0), \(ValueTextPeriod.name(period))" }
                ?? "\(metric?.label ?? map.metric), \(ValueTextPeriod.name(period))",
            unit: metric?.unit ?? .percent, values: values, breaks: breaks)
        request.subtitle = map.subtitle
        request.note = MapStage.classingNote(map, periods: map.periods)
        request.sourceLine = map.source ?? "Source: \(config.title)"
        request.geometryCredit = "US Census Bureau cartographic boundaries, 2016"
        request.names = table.names
        request.scheme = map.scheme
        request.projection = map.projection
        request.geography = map.geography
        // A county too small to see (Virginia's independent cities) is drawn as a dot, never dropped.
        request.minimumShapeArea = 1
        // Short ids: a county map has thousands of them.
        request.idPrefix = "\(map.geography.areaNoun)-\(period)"
        if map.geography == .usCounties { request.simplificationArea = 0.5 }
        // Only the states the data covers are drawn: no empty Puerto Rico or Guam inset.
        let covered = Set(values.keys.map { $0.rawValue.prefix(2) })
        let drawn = shapes.drawable(by: map.projection) { covered.contains($0.rawValue.prefix(2)) }
        request.outlines = outlines?.drawable(by: map.projection) { covered.contains($0.rawValue.prefix(2)) }
        let shapeless = values.keys.filter { drawn.shape(for: $0) == nil }
        if let shapeless = shapelessNote(shapeless, table: table, parents: parents) {
            request.note = [request.note, shapeless].compactMap { $0 }.joined(separator: "\n")
        }
        let rendered = ChoroplethRenderer.render(request, geometry: drawn)
        let path = "maps/\(map.metric)-\(period).svg"
        var figureNotes: [String] = []
        let missing = (rendered.notDrawn + rendered.withoutShape).sorted()
        if !missing.isEmpty {
            let names = Array(Set(missing)).sorted().map { "\(table.name(of: $0)) (\($0))" }.joined(separator: ", ")
            figureNotes.append("No shape in the 2016 boundaries, so not drawn: \(names).")
        }
        let located = rendered.notes.map {
            Diagnostic($0.severity, "\(path): \($0.message)", at: $0.location, hint: $0.hint)
        }
        return MapStage.Output(
            path: path, svg: rendered.svg,
            figure: ReportFigure(
                path: path, title: request.title, summary: rendered.summary.isEmpty ? request.title : rendered.summary,
                notes: figureNotes),
            notes: located, marks: MapMarks(path: path, rendered: rendered))
    }
}
