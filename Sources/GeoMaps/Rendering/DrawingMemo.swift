import Foundation

/// What maps drawn from one geometry have in common, computed by the first map that needs it
/// and reused by the others: the projected arcs of the drawn shapes, and for one frame and
/// level of detail the simplified shapes with their path data.
///
/// A pipeline draws one map per period, and most of a build's world maps have the same frame:
/// for them projecting, simplifying and writing path data is the same work every time. Every
/// value here is a function of its key and the (immutable) geometry, so a map drawn with the
/// memo is byte for byte the map drawn without it. Maps drawn side by side share it under a
/// lock; the first to ask for a key computes it while the others wait. Only the most recent
/// few frames are kept, so that a build of hundreds of maps with different frames holds a
/// bounded amount.
final class DrawingMemo: @unchecked Sendable {
    /// The drawn shapes of a projection.
    struct ArcsKey: Hashable {
        let projection: Projection
        let shapeIndices: [Int]
    }

    /// The drawn shapes on a frame at a level of detail.
    struct ShapesKey: Hashable {
        let frame: MapFrame
        let detail: ProjectedShapes.Detail
        let shapeIndices: [Int]
    }

    /// Shapes on the canvas with their path data, by index into the geometry's shapes.
    struct DrawnShapes {
        let shapes: ProjectedShapes
        let paths: [Int: String]
    }

    /// How many frames' shapes are kept (each holds every drawn shape's rings and path data).
    static let framesKept = 4

    private let lock = NSLock()
    private var arcs: [ArcsKey: ProjectedArcs] = [:]
    private var drawn: [(key: ShapesKey, value: DrawnShapes)] = []

    /// The arcs for `key`, projected by `make` the first time.
    func arcs(_ key: ArcsKey, make: () -> ProjectedArcs) -> ProjectedArcs {
        lock.lock()
        defer { lock.unlock() }
        if let known = arcs[key] { return known }
        let made = make()
        arcs[key] = made
        return made
    }

    /// The shapes for `key`, made by `make` the first time (or again once it has been let go).
    func shapes(_ key: ShapesKey, make: () -> DrawnShapes) -> DrawnShapes {
        lock.lock()
        defer { lock.unlock() }
        if let known = drawn.first(where: { $0.key == key }) { return known.value }
        let made = make()
        drawn.append((key, made))
        if drawn.count > Self.framesKept { drawn.removeFirst() }
        return made
    }
}
