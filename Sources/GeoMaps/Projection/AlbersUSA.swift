/// Albers USA: the conterminous states in an Albers equal-area conic, with Alaska, Hawaii
/// and Puerto Rico moved into insets at the lower left and lower right.
///
/// Each part has its own conic, a scale and a shift on the unit-sphere plane:
///
/// | part | standard parallels | origin | scale | where |
/// |---|---|---|---|---|
/// | conterminous states | 29.5° N, 45.5° N | 96° W, 37.5° N | 1 | centre |
/// | Alaska | 55° N, 65° N | 154° W, 58.5° N | 0.35 | below California |
/// | Hawaii (main islands) | 8° N, 18° N | 157° W, 20.5° N | 1 | right of Alaska |
/// | Puerto Rico | 8° N, 18° N | 66.4° W, 18.2° N | 1 | right of Florida |
///
/// A position belongs to the part whose longitude–latitude box holds it. The boxes leave out
/// the Northwestern Hawaiian Islands (west of 161° W), the US Virgin Islands and the Pacific
/// territories, as printed US maps do: ``covers(_:)`` says whether a position is drawn.
/// Only Alaska is scaled, so areas compare across the map except there; the inset frames
/// (``insetFrames``) tell the reader which parts were moved.
package enum AlbersUSA {
    /// One part of the composite.
    package struct Part: Sendable, Hashable {
        /// The part's name, for the inset's label ("Alaska").
        package let name: String
        /// Where the part's positions are and how they are drawn.
        let placement: Placement
        /// The inset's frame on the unit-sphere plane (minimum and maximum corners); `nil`
        /// for the conterminous states, which are not framed.
        package let frame: Frame?

        init(
            name: String, conic: AlbersConic, scale: Double, shift: PlanarPoint, longitudes: ClosedRange<Double>,
            latitudes: ClosedRange<Double>, frame: Frame?, drawnIn insetFrame: Frame? = nil
        ) {
            self.name = name
            self.frame = frame
            placement = Placement(
                conic: conic, scale: scale, shift: shift, west: longitudes.lowerBound, east: longitudes.upperBound,
                south: latitudes.lowerBound, north: latitudes.upperBound, insetFrame: frame ?? insetFrame)
        }
    }

    /// What finding and projecting a position needs of a part (once per position of every map):
    /// its box, its projection and the inset frame it is drawn in, all plain numbers, so that
    /// no name is copied and no reference counted.
    struct Placement: Sendable, Hashable {
        let conic: AlbersConic
        let scale: Double
        let shift: PlanarPoint
        let west: Double
        let east: Double
        let south: Double
        let north: Double
        /// The frame of the inset this part is drawn in (the Aleutians east of 180° share
        /// Alaska's); `nil` for the conterminous states.
        let insetFrame: Frame?

        func holds(_ coordinate: GeoCoordinate) -> Bool {
            coordinate.latitude >= south && coordinate.latitude <= north && coordinate.longitude >= west
                && coordinate.longitude <= east
        }

        func project(_ coordinate: GeoCoordinate) -> PlanarPoint {
            let point = conic.project(coordinate)
            return PlanarPoint(x: point.x * scale + shift.x, y: point.y * scale + shift.y)
        }
    }

    /// A rectangle on the unit-sphere plane around an inset.
    package struct Frame: Sendable, Hashable {
        /// The lower-left corner (x west, y south).
        package let minimum: PlanarPoint
        /// The upper-right corner.
        package let maximum: PlanarPoint
    }

    /// The conterminous states.
    static let conterminous = Part(
        name: "Conterminous states",
        conic: AlbersConic(standardParallels: (29.5, 45.5), origin: GeoCoordinate(longitude: -96, latitude: 37.5)),
        scale: 1, shift: PlanarPoint(x: 0, y: 0), longitudes: -130...(-65), latitudes: 23...50, frame: nil)

    /// Alaska, at 0.35 of the conterminous scale, including the Aleutians beyond 180°.
    static let alaskaWest = Part(
        name: "Alaska",
        conic: AlbersConic(standardParallels: (55, 65), origin: GeoCoordinate(longitude: -154, latitude: 58.5)),
        scale: 0.35, shift: PlanarPoint(x: -0.2413, y: -0.2208), longitudes: -180...(-129), latitudes: 50...72,
        frame: Frame(minimum: PlanarPoint(x: -0.378, y: -0.258), maximum: PlanarPoint(x: -0.154, y: -0.134)))

    /// The Aleutian islands east of the antimeridian (positive longitudes), drawn with Alaska.
    static let alaskaEast = Part(
        name: "Alaska", conic: alaskaWest.placement.conic, scale: alaskaWest.placement.scale,
        shift: alaskaWest.placement.shift, longitudes: 170...180, latitudes: 50...72, frame: nil,
        drawnIn: alaskaWest.frame)

    /// Hawaii's main islands, at the conterminous scale.
    static let hawaii = Part(
        name: "Hawaii",
        conic: AlbersConic(standardParallels: (8, 18), origin: GeoCoordinate(longitude: -157, latitude: 20.5)),
        scale: 1, shift: PlanarPoint(x: -0.0870, y: -0.2224), longitudes: -161...(-154), latitudes: 18...23,
        frame: Frame(minimum: PlanarPoint(x: -0.150, y: -0.258), maximum: PlanarPoint(x: -0.042, y: -0.184)))

    /// Puerto Rico, at the conterminous scale.
    static let puertoRico = Part(
        name: "Puerto Rico",
        conic: AlbersConic(standardParallels: (8, 18), origin: GeoCoordinate(longitude: -66.4, latitude: 18.2)),
        scale: 1, shift: PlanarPoint(x: 0.3156, y: -0.2045), longitudes: -68...(-65), latitudes: 17.5...18.7,
        frame: Frame(minimum: PlanarPoint(x: 0.282, y: -0.218), maximum: PlanarPoint(x: 0.343, y: -0.191)))

    /// Every part, insets first so their boxes win where they touch the conterminous box.
    static let parts = [alaskaWest, alaskaEast, hawaii, puertoRico, conterminous]

    /// The parts' placements, in the order of ``parts``.
    private static let placements = parts.map(\.placement)

    /// The index into ``placements`` of the part a position is drawn in, or `nil` where Albers
    /// USA draws nothing: an index, as a placement is some twenty numbers to copy.
    private static func partIndex(for coordinate: GeoCoordinate) -> Int? {
        placements.firstIndex { $0.holds(coordinate) }
    }

    /// The frame of the inset a position is drawn in; `nil` for the conterminous states and
    /// where Albers USA draws nothing.
    static func insetFrame(for coordinate: GeoCoordinate) -> Frame? {
        partIndex(for: coordinate).flatMap { placements[$0].insetFrame }
    }

    /// Whether a position is drawn at all (see the type's discussion for what is left out).
    package static func covers(_ coordinate: GeoCoordinate) -> Bool {
        partIndex(for: coordinate) != nil
    }

    /// Projects a position onto the unit-sphere plane, x east and y north.
    ///
    /// A position outside every part is projected with the conterminous conic, so callers
    /// that keep it see it far from the map; use ``covers(_:)`` to leave such rings out.
    package static func project(_ coordinate: GeoCoordinate) -> PlanarPoint {
        guard let index = partIndex(for: coordinate) else { return conterminous.placement.project(coordinate) }
        return placements[index].project(coordinate)
    }

    /// The frames drawn around the insets, with the name of the part each holds.
    package static var insetFrames: [(name: String, frame: Frame)] {
        parts.compactMap { part in part.frame.map { (part.name, $0) } }
    }
}
