import GeoModel

/// Decides how each economy is drawn (shape, dot, or not at all) and writes the map layers.
struct DrawingPlan {
    struct ShapeElement {
        let symbol: EconomySymbol
        /// The shape's path data (``PathData``).
        let path: String
    }

    struct DotElement {
        let symbol: EconomySymbol
        /// Where the dot is drawn, moved off its neighbours by ``DotSpreading``.
        var center: PlanarPoint
        /// The economy's label point; a leader line joins it to a dot that had to move.
        let anchor: PlanarPoint

        init(symbol: EconomySymbol, center: PlanarPoint) {
            self.symbol = symbol
            self.center = center
            self.anchor = center
        }

        /// Whether the dot moved far enough from its place to need a leader line.
        var isDisplaced: Bool {
            let dx = center.x - anchor.x
            let dy = center.y - anchor.y
            return dx * dx + dy * dy > MapStyle.dotRadius * MapStyle.dotRadius
        }
    }

    let request: MapRequest
    let geometry: WorldGeometry
    /// The indices of the shapes drawn (``includedShapeIndices(request:geometry:)``).
    let included: [Int]
    /// The drawn shapes' arcs, projected once (see ``ProjectedArcs``).
    let projected: ProjectedArcs
    let frame: MapFrame
    let prefix: String
    private(set) var shapes: [ShapeElement] = []
    private(set) var dots: [DotElement] = []
    private(set) var withoutShape: [AreaCode] = []
    private(set) var notDrawn: [AreaCode] = []
    private(set) var notes: [Diagnostic] = []
    private var symbolizer: EconomySymbolizer

    init(
        request: MapRequest, geometry: WorldGeometry, included: [Int], projected: ProjectedArcs, frame: MapFrame,
        prefix: String
    ) {
        self.request = request
        self.geometry = geometry
        self.included = included
        self.projected = projected
        self.frame = frame
        self.prefix = prefix
        self.symbolizer = EconomySymbolizer(
            request: request, noDataFill: "url(#\(prefix)-nodata)", insufficientFill: MapStyle.insufficientFill)
    }

    /// The shapes drawn: all but Antarctica unless the request includes it.
    static func includedShapeIndices(request: MapRequest, geometry: WorldGeometry) -> [Int] {
        geometry.shapes.indices.filter { request.includeAntarctica || geometry.shapes[$0].iso3.rawValue != "ATA" }
    }

    /// Every symbol on the map (shapes and dots).
    var drawnSymbols: [EconomySymbol] { shapes.map(\.symbol) + dots.map(\.symbol) }

    /// Places every economy of the geometry and every economy with a value.
    mutating func placeEconomies() {
        let detail = ProjectedShapes.Detail(simplificationArea: request.simplificationArea)
        let key = DrawingMemo.ShapesKey(frame: frame, detail: detail, shapeIndices: included)
        let memo = geometry.drawings.shapes(key) { [geometry, included, projected, frame] in
            let shapes = ProjectedShapes(
                geometry: geometry, shapeIndices: included, projected: projected, frame: frame, detail: detail)
            return DrawingMemo.DrawnShapes(
                shapes: shapes, paths: shapes.shapes.mapValues { PathData.make($0.rings) })
        }
        var placed = Set<AreaCode>()
        for index in included {
            let shape = geometry.shapes[index]
            let symbol = symbolizer.symbol(for: shape.iso3, fallbackName: shape.name)
            let drawn = memo.shapes.shapes[index]
            let rings = drawn?.rings ?? []
            let path = memo.paths[index] ?? ""
            placed.insert(shape.iso3)
            // Only an economy with a value gets a dot: a tiny shape without one (no data,
            // insufficient data) stays as small as it is, and the legend explains the fills.
            guard case .dataClass = symbol.category, !request.isBackground(symbol.category),
                (drawn?.area ?? 0) < request.minimumShapeArea
            else {
                if !rings.isEmpty { shapes.append(ShapeElement(symbol: symbol, path: path)) }
                continue
            }
            let area = NumberText.trimmed(drawn?.area ?? 0, maxDecimals: 2)
            let minimum = NumberText.trimmed(request.minimumShapeArea, maxDecimals: 2)
            if let point = request.labelPoint(of: shape.iso3) ?? shape.labelPoint ?? shape.centroidOfLargestRing {
                dots.append(DotElement(symbol: symbol, center: frame.pixel(for: point)))
                notes.append(
                    Diagnostic(
                        .note,
                        "\(symbol.name) (\(shape.iso3)) covers \(area) px² at this size, less than \(minimum) px²; drawn as a dot"
                    ))
            } else if !rings.isEmpty {
                shapes.append(ShapeElement(symbol: symbol, path: path))
            }
        }
        for iso3 in request.values.keys.sorted() where !placed.contains(iso3) {
            let symbol = symbolizer.symbol(for: iso3, fallbackName: geometry.shape(for: iso3)?.name)
            if geometry.shape(for: iso3) == nil { withoutShape.append(iso3) }
            if geometry.shape(for: iso3) != nil {
                notDrawn.append(iso3)
                notes.append(
                    Diagnostic(
                        .note, "\(symbol.name) (\(iso3)) is left out with Antarctica",
                        hint: "Set includeAntarctica to draw it."))
            } else if case .dataClass = symbol.category, !request.isBackground(symbol.category),
                let point = request.labelPoint(of: iso3)
            {
                dots.append(DotElement(symbol: symbol, center: frame.pixel(for: point)))
                notes.append(
                    Diagnostic(
                        .note, "\(symbol.name) (\(iso3)) has no shape at this scale; drawn as a dot at its label point")
                )
            } else if request.values[iso3]?.representativeValue != nil {
                notDrawn.append(iso3)
                notes.append(
                    Diagnostic(
                        .warning,
                        "\(symbol.name) (\(iso3)) has data but no shape and no label point; it is not on the map",
                        hint: "Add it to Data/geo/label-points.csv (iso3,lon,lat) or use a more detailed geometry."))
            } else {
                notes.append(
                    Diagnostic(.note, "\(symbol.name) (\(iso3)) has no value and no shape at this scale; not drawn"))
            }
        }
        dots.sort { $0.symbol.iso3 < $1.symbol.iso3 }
        for (index, center) in DotSpreading.spread(dots.map(\.center), radius: MapStyle.dotRadius).enumerated() {
            dots[index].center = center
        }
        notes.append(contentsOf: symbolizer.notes)
    }

    /// The flags each economy carries, in overlay order.
    private func flags(of iso3: AreaCode) -> [String] {
        request.overlays.filter { $0.members.contains(iso3) }.map(\.id)
    }

    /// The economies layer: one `<g>` per economy with a `<title>` and a `<path>`.
    func economiesSVG() -> String {
        var writer = SVGWriter()
        writer.open(
            "g",
            [
                ("id", "\(prefix)-economies"), ("stroke", MapStyle.borderColor), ("stroke-width", MapStyle.borderWidth),
                ("stroke-linejoin", "round"), ("fill-rule", "evenodd"),
            ])
        writer.raw("\n")
        for element in shapes {
            writer.open(
                "g",
                element.symbol.attributes(
                    flags: flags(of: element.symbol.iso3), isWorld: request.geography == .world))
            writer.element("title", text: element.symbol.tooltip, newline: false)
            writer.empty(
                "path", [("id", "\(prefix)-\(element.symbol.iso3)"), ("d", element.path)],
                newline: false)
            writer.close("g")
        }
        writer.close("g")
        return writer.text
    }

    /// The dots layer, above every shape: one `<g>` per economy with a `<title>` and a `<circle>`.
    func dotsSVG() -> String {
        var writer = SVGWriter()
        writer.open("g", [("id", "\(prefix)-dots"), ("stroke", MapStyle.dotStroke), ("stroke-width", "0.6")])
        writer.raw("\n")
        let leaders = dots.filter(\.isDisplaced).map { dot in
            "M\(SVGWriter.pixels(dot.anchor.x)) \(SVGWriter.pixels(dot.anchor.y))L\(SVGWriter.pixels(dot.center.x)) \(SVGWriter.pixels(dot.center.y))"
        }
        if !leaders.isEmpty {
            writer.empty(
                "path",
                [
                    ("class", "leaders"), ("d", leaders.joined()), ("stroke-width", "0.5"), ("fill", "none"),
                    ("aria-hidden", "true"),
                ])
        }
        for dot in dots {
            writer.open(
                "g", dot.symbol.attributes(flags: flags(of: dot.symbol.iso3), isWorld: request.geography == .world))
            writer.element("title", text: dot.symbol.tooltip, newline: false)
            writer.empty(
                "circle",
                [
                    ("id", "\(prefix)-\(dot.symbol.iso3)"), ("cx", SVGWriter.pixels(dot.center.x)),
                    ("cy", SVGWriter.pixels(dot.center.y)), ("r", SVGWriter.pixels(MapStyle.dotRadius)),
                ], newline: false)
            writer.close("g")
        }
        writer.close("g")
        return writer.text
    }

    /// The flag overlays: `<use>` references to the members' drawing elements.
    mutating func overlaysSVG() -> String {
        var writer = SVGWriter()
        writer.open("g", [("id", "\(prefix)-overlays")])
        writer.raw("\n")
        let drawn = Set(drawnSymbols.map(\.iso3))
        for (index, overlay) in request.overlays.enumerated() {
            writer.open(
                "g",
                [("data-flag", overlay.id)] + MapStyle.overlayAttributes(prefix: prefix, overlay: overlay, index: index)
            )
            for iso3 in overlay.members.sorted() {
                if drawn.contains(iso3) {
                    writer.empty("use", [("href", "#\(prefix)-\(iso3)")], newline: false)
                } else {
                    notes.append(Diagnostic(.note, "\(iso3) is flagged '\(overlay.id)' but is not on the map"))
                }
            }
            writer.close("g")
        }
        writer.close("g")
        notes.sort()
        return writer.text
    }
}
