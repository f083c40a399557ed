import GeoModel

/// Renders a choropleth world map as a standalone, accessible, deterministic SVG.
///
/// ```swift
/// let world = try WorldGeometry.geoJSON(bytes, path: "Data/geo/countries-110m.geojson")
/// let breaks = ClassBreaks.compute(.fisherJenks(5), values: pooledValues)
/// var request = MapRequest(title: "AI users, H2 2025", unit: .percent, values: values, breaks: breaks)
/// request.labelPoints = try LabelPoints.parse(csvText, path: "Data/geo/label-points.csv")
/// let map = ChoroplethRenderer.render(request, geometry: world)
/// // map.svg starts with <?xml version="1.0" encoding="UTF-8"?> and <svg … role="img" …>
/// ```
///
/// Every economy is one `<g>` with `data-iso3`, `data-class` (class index, `insufficient` or
/// `none`), `data-value` when it has one (point value or band midpoint; `data-low`/`data-high`
/// for bands), `data-flags` when flagged, its `fill`, a `<title>` tooltip ("Brazil: 17.1 %")
/// and one `<path>` or, when it is too small or has no shape, one `<circle>` at its label point.
/// The drawing element's id is `<idPrefix>-<ISO3>`. Economies are written in code order.
public enum ChoroplethRenderer {
    /// Renders one map.
    ///
    /// - Parameters:
    ///   - request: Texts, values, classes and style.
    ///   - geometry: The country shapes.
    /// - Returns: The SVG, its legend, and notes on economies drawn as dots or not drawn.
    /// - Complexity: O(p log p) in the number of geometry positions.
    public static func render(_ request: MapRequest, geometry: WorldGeometry) -> RenderedMap {
        let prefix = XMLText.identifier(request.idPrefix)
        let layout = MapLayout(request: request)
        let included = DrawingPlan.includedShapeIndices(request: request, geometry: geometry)
        let insets = ProjectedShapes.insetFrames(of: geometry, shapeIndices: included, projection: request.projection)
        let projected = geometry.drawings.arcs(.init(projection: request.projection, shapeIndices: included)) {
            ProjectedArcs(geometry: geometry, shapeIndices: included, projection: request.projection)
        }
        let frame = makeFrame(
            request: request, geometry: geometry, shapeExtent: projected.extent, layout: layout, insets: insets)
        var plan = DrawingPlan(
            request: request, geometry: geometry, included: included, projected: projected, frame: frame,
            prefix: prefix)
        plan.placeEconomies()

        let legend = plan.legendItems()
        let legendTop = frame.top + frame.height + 16
        let legendDrawing = LegendDrawing(
            items: legend, title: request.legendTitle, left: MapStyle.sideMargin, top: legendTop,
            width: layout.width - 2 * MapStyle.sideMargin, prefix: prefix)
        let (sourceBaselines, height) = layout.sourceBaselines(after: legendTop + legendDrawing.height)

        let description = MapDescription.make(
            symbols: plan.drawnSymbols, request: request,
            legendLabels: legend.compactMap { item in
                if case .dataClass = item.entry.kind { return item.entry.label }
                return nil
            }, dots: plan.dots.count)
        var writer = SVGWriter()
        writer.openDocument(
            width: layout.width, height: height, prefix: prefix, title: request.title, description: description)
        let widthText = SVGWriter.pixels(layout.width)
        let heightText = SVGWriter.pixels(height)
        writer.raw(MapStyle.patterns(prefix: prefix, overlays: request.overlays))
        writer.empty("rect", [("width", widthText), ("height", heightText), ("fill", "#ffffff")])
        for (line, baseline) in zip(layout.titleLines, layout.titleBaselines) {
            writer.marginText(line, baseline: baseline, size: "20", isBold: true, fill: MapStyle.textColor)
        }
        for (line, baseline) in zip(layout.subtitleLines, layout.subtitleBaselines) {
            writer.marginText(line, baseline: baseline, size: "14", fill: MapStyle.secondaryTextColor)
        }
        writer.raw(plan.economiesSVG())
        if let outlines = request.outlines {
            writer.raw(outlinesSVG(outlines, frame: frame, prefix: prefix, simplification: request.simplificationArea))
        }
        writer.raw(plan.dotsSVG())
        writer.raw(plan.overlaysSVG())
        for inset in insets {
            let corner = frame.pixel(forProjected: PlanarPoint(x: inset.minimum.x, y: inset.maximum.y))
            let opposite = frame.pixel(forProjected: PlanarPoint(x: inset.maximum.x, y: inset.minimum.y))
            writer.empty(
                "rect",
                [
                    ("x", SVGWriter.pixels(corner.x)), ("y", SVGWriter.pixels(corner.y)),
                    ("width", SVGWriter.pixels(opposite.x - corner.x)),
                    ("height", SVGWriter.pixels(opposite.y - corner.y)),
                    ("fill", "none"), ("stroke", MapStyle.secondaryTextColor), ("stroke-width", "0.75"),
                    ("class", "inset-frame"), ("aria-hidden", "true"),
                ])
        }
        writer.raw(legendDrawing.svg)
        for (line, baseline) in zip(layout.sourceLines, sourceBaselines) {
            writer.marginText(line, baseline: baseline, size: "11", fill: MapStyle.secondaryTextColor)
        }
        writer.close("svg")

        return RenderedMap(
            svg: writer.text, width: Int(layout.width), height: Int(height), frame: frame, summary: description,
            legend: legend.map(\.entry), dots: plan.dots.map(\.symbol.iso3).sorted(),
            withoutShape: plan.withoutShape.sorted(), notDrawn: plan.notDrawn.sorted(), notes: plan.notes.sorted())
    }

    /// The borders of a coarser layer: one unfilled path per shape, in code order.
    private static func outlinesSVG(_ outlines: WorldGeometry, frame: MapFrame, prefix: String, simplification: Double)
        -> String
    {
        let shapeIndices = Array(outlines.shapes.indices)
        let projected = ProjectedShapes(
            geometry: outlines, shapeIndices: shapeIndices,
            projected: ProjectedArcs(geometry: outlines, shapeIndices: shapeIndices, projection: frame.projection),
            frame: frame,
            detail: ProjectedShapes.Detail(simplificationArea: simplification))
        var writer = SVGWriter()
        writer.open(
            "g",
            [
                ("id", "\(prefix)-outlines"), ("fill", "none"), ("stroke", MapStyle.outlineColor),
                ("stroke-width", MapStyle.outlineWidth), ("stroke-linejoin", "round"), ("aria-hidden", "true"),
            ])
        writer.raw("\n")
        for index in outlines.shapes.indices {
            guard let shape = projected.shapes[index], !shape.rings.isEmpty else { continue }
            writer.empty("path", [("d", PathData.make(shape.rings))])
        }
        writer.close("g")
        return writer.text
    }

    /// Fits the drawn shapes (or, without any, the whole sphere) to the map area.
    /// Inset frames (Albers USA) count as drawn, so that they fit inside the map area too.
    private static func makeFrame(
        request: MapRequest, geometry: WorldGeometry, shapeExtent: (PlanarPoint, PlanarPoint)?, layout: MapLayout,
        insets: [AlbersUSA.Frame]
    ) -> MapFrame {
        let projection = request.projection
        // Dots of economies without a shape must fit too.
        let dotPoints = request.values.keys.filter { geometry.shape(for: $0) == nil }.compactMap {
            request.labelPoint(of: $0)
        }
        .map(projection.project)
        let framePoints = insets.flatMap { [$0.minimum, $0.maximum] }
        let extent =
            shapeExtent.map { extent in
                (dotPoints + framePoints).reduce(extent) { extent, point in
                    (
                        PlanarPoint(x: min(extent.0.x, point.x), y: min(extent.0.y, point.y)),
                        PlanarPoint(x: max(extent.1.x, point.x), y: max(extent.1.y, point.y))
                    )
                }
            }
            ?? {
                let corners = [(-180.0, 0.0), (180, 0), (0, 90), (0, -90)].map {
                    projection.project(GeoCoordinate(longitude: $0.0, latitude: $0.1))
                }
                return (
                    PlanarPoint(x: corners.map(\.x).min() ?? -1, y: corners.map(\.y).min() ?? -1),
                    PlanarPoint(x: corners.map(\.x).max() ?? 1, y: corners.map(\.y).max() ?? 1)
                )
            }()
        let width = layout.width - 2 * MapStyle.mapMargin
        return MapFrame.fitting(
            projection: projection, minimum: extent.0, maximum: extent.1, left: MapStyle.mapMargin, top: layout.mapTop,
            width: width, maximumHeight: width)
    }
}
