public import GeoModel

/// Everything one choropleth needs besides the geometry: texts, values, classes and style.
///
/// ```swift
/// var request = MapRequest(
///     title: "Share of the working-age population using AI, H2 2025",
///     unit: .percent, values: values, breaks: breaks)
/// request.sourceLine = "Source: Microsoft AI Diffusion Report (2026)"
/// let map = ChoroplethRenderer.render(request, geometry: world)
/// ```
public struct MapRequest: Sendable {
    /// The title, drawn at the top and used as the SVG `<title>`.
    public var title: String
    /// A line under the title (period, definition), if any.
    public var subtitle: String?
    /// The source credit at the bottom ("Source: …"); the geometry credit follows it.
    public var sourceLine: String?
    /// A small note above the source line: how the classes were made, say, which a reader
    /// needs less than the subtitle's "what this measures". Each line (`\n`) starts a new line.
    public var note: String?
    /// The credit for the boundaries, required by their licence.
    public var geometryCredit: String = "Made with Natural Earth"
    /// A short heading for the legend (the metric, "Share of users"), if any.
    public var legendTitle: String?
    /// The unit of the values, which gives the suffix in labels (" %" for percent).
    public var unit: Unit
    /// Replaces the unit's suffix in labels (for example " pp" on change maps).
    public var valueSuffix: String?
    /// The value of each economy; economies without an entry are drawn as "no data".
    public var values: [AreaCode: MapValue]
    /// Display names; economies without one use the geometry's name.
    public var names: [AreaCode: String] = [:]
    /// The classes, typically computed once from every map's values (see ``ClassBreaks``).
    public var breaks: ClassBreaks
    /// The colours of the classes.
    public var scheme: ColorScheme = .ylGnBu
    /// The projection.
    public var projection: Projection = .equalEarth
    /// Flags drawn over the fill, each with a legend entry.
    public var overlays: [FlagOverlay] = []
    /// The levels of a categorical map, in legend order. When set, each economy is coloured by
    /// its ``MapValue/category`` (an economy whose category is not listed is drawn as no
    /// data, with a warning) and the breaks are not used; when empty, values are classed.
    public var categories: [String] = []
    /// Whether ``categories`` run from least to most (then they take the sequential
    /// ``scheme``); otherwise they take the colour-blind-safe Okabe–Ito palette.
    public var categoriesAreOrdered = false
    /// The category of economies no other category matches ("All three US providers
    /// available"), if any: drawn in a pale neutral fill so the other categories stand out, and
    /// never as a dot, since it is the background rather than a finding.
    public var backgroundCategory: String?
    /// Label points for economies without a shape at this scale, or to replace a shape's own
    /// (for example `Data/geo/label-points.csv` read with ``LabelPoints/parse(_:path:)``).
    /// Positions outside the globe are ignored.
    public var labelPoints: [AreaCode: GeoCoordinate] = [:]
    /// The width of the SVG in pixels (200–20 000); the height follows from the projection and the legend.
    public var width: Int = 960
    /// Whether Antarctica (`ATA`) is drawn.
    public var includeAntarctica = false
    /// Economies with data whose shape covers fewer square pixels than this are drawn as a dot.
    public var minimumShapeArea: Double = 8
    /// The layer the areas belong to: world maps carry `data-iso3` beside `data-code`.
    public var geography: Geography = .world
    /// Borders of a coarser layer drawn over the areas (state borders over a county map), not filled.
    public var outlines: WorldGeometry?
    /// Border detail: triangles smaller than this many square pixels are simplified away
    /// (shared borders stay shared). Raise it to keep a map of thousands of areas small.
    public var simplificationArea: Double = 0.25
    /// A prefix for element ids, so that several maps can be inlined in one HTML page.
    public var idPrefix: String = "map"

    /// Creates a request with the default style (YlGnBu, Equal Earth, 960 px).
    ///
    /// - Parameters:
    ///   - title: The map's title.
    ///   - unit: The unit of the values.
    ///   - values: The value of each economy.
    ///   - breaks: The class breaks.
    public init(title: String, unit: Unit, values: [AreaCode: MapValue], breaks: ClassBreaks) {
        self.title = title
        self.unit = unit
        self.values = values
        self.breaks = breaks
    }

    /// Whether an economy's symbol is the background category (see ``backgroundCategory``).
    func isBackground(_ category: EconomySymbol.Category) -> Bool {
        guard case .dataClass(let index) = category, let background = backgroundCategory,
            categories.indices.contains(index)
        else { return false }
        return categories[index] == background
    }

    /// The width actually used: ``width`` limited to 200…20 000 pixels.
    var canvasWidth: Double { Double(min(max(width, 200), 20_000)) }

    /// The label point of an economy from ``labelPoints``, if it is a valid position.
    func labelPoint(of iso3: AreaCode) -> GeoCoordinate? {
        guard let point = labelPoints[iso3], point.longitude.isFinite, point.latitude.isFinite,
            abs(point.longitude) <= 180, abs(point.latitude) <= 90
        else { return nil }
        return point
    }

    /// The text after numbers in labels: ``valueSuffix`` or the unit's symbol after a space.
    var suffix: String {
        if let valueSuffix { return valueSuffix }
        return unit.symbol.isEmpty ? "" : " " + unit.symbol
    }
}
