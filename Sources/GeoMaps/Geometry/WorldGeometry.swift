public import GeoModel

/// Country shapes keyed by economy, ready to be projected and drawn.
///
/// Read one from a file's bytes with ``geoJSON(_:path:)-(([UInt8]),_)`` or
/// ``topoJSON(_:path:object:)-(([UInt8]),_,_)``; the module never touches the disk.
///
/// **Keys.** A feature's economy is its `ISO_A3_EH` property, else `ADM0_A3` where Natural
/// Earth writes `-99` (Northern Cyprus `CYN`, Somaliland `SOL`, Kosovo `KOS` → `XKX`), else
/// `ISO_A3`/`iso3` or the feature `id`. Features of the same economy are merged.
///
/// **Antimeridian.** Rings that cross ±180° (consecutive longitudes more than 180° apart) are
/// cut there, so that no projected edge runs across the whole map. Natural Earth's files are
/// already cut and pass through unchanged.
///
/// **Shared borders.** On creation the rings are split into arcs at the points where
/// neighbouring rings meet (as TopoJSON does), so every border shared by two economies is
/// stored, simplified and rounded once: neighbours never gap or overlap at any output size.
public struct WorldGeometry: Sendable {
    /// One shape per economy, ordered by code.
    public let shapes: [CountryShape]
    /// Features that were skipped while reading (no code, no geometry), as notes and warnings.
    public let diagnostics: [Diagnostic]
    /// The shapes as shared arcs.
    let topology: Topology
    private let indexByCode: [AreaCode: Int]
    /// Projections, simplified shapes and path data that maps of this geometry share.
    let drawings = DrawingMemo()

    /// Creates a geometry from shapes, merging shapes that share a code.
    ///
    /// When several shapes share a code, the first one's name and label point win and the
    /// polygons are concatenated in order. Non-finite positions are dropped. Overseas parts
    /// drawn inside their parent's feature (French Guiana in France's) become shapes of their
    /// own (see ``OverseasPart``).
    ///
    /// - Parameters:
    ///   - shapes: The shapes, in any order.
    ///   - diagnostics: Findings to carry along (for example from a reader).
    public init(shapes: [CountryShape], diagnostics: [Diagnostic] = []) {
        var merged: [AreaCode: CountryShape] = [:]
        for shape in shapes.flatMap(OverseasPart.split) {
            let cut = shape.polygons.map(Self.sanitised).flatMap(AntimeridianCut.cut)
            if let existing = merged[shape.iso3] {
                merged[shape.iso3] = CountryShape(
                    iso3: existing.iso3, name: existing.name, labelPoint: existing.labelPoint ?? shape.labelPoint,
                    polygons: existing.polygons + cut)
            } else {
                merged[shape.iso3] = CountryShape(
                    iso3: shape.iso3, name: shape.name, labelPoint: shape.labelPoint, polygons: cut)
            }
        }
        let ordered = merged.values.sorted { $0.iso3 < $1.iso3 }
        self.shapes = ordered
        self.diagnostics = diagnostics.sorted()
        self.topology = Topology(shapes: ordered)
        self.indexByCode = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.iso3, $0) })
    }

    /// Creates a geometry from parts already made by the other initialiser (``GeometryArchive``).
    init(shapes: [CountryShape], diagnostics: [Diagnostic], topology: Topology) {
        self.shapes = shapes
        self.diagnostics = diagnostics
        self.topology = topology
        self.indexByCode = Dictionary(uniqueKeysWithValues: shapes.enumerated().map { ($1.iso3, $0) })
    }

    /// The polygon without non-finite positions, latitudes clamped to ±90° and longitudes to ±360°.
    private static func sanitised(_ polygon: CountryShape.Polygon) -> CountryShape.Polygon {
        polygon.map { ring in
            ring.compactMap { point in
                guard point.longitude.isFinite, point.latitude.isFinite else { return nil }
                return GeoCoordinate(
                    longitude: min(max(point.longitude, -360), 360), latitude: min(max(point.latitude, -90), 90))
            }
        }
    }

    /// The shape of an economy, if the geometry has one.
    public func shape(for iso3: AreaCode) -> CountryShape? {
        indexByCode[iso3].map { shapes[$0] }
    }

    /// The codes of all shapes, in order.
    public var codes: [AreaCode] { shapes.map(\.iso3) }

    /// The number of distinct arcs after splitting shared borders (a measure of detail).
    public var arcCount: Int { topology.arcs.count }

    /// The index of an economy's shape in ``shapes``.
    func index(of iso3: AreaCode) -> Int? { indexByCode[iso3] }
}
