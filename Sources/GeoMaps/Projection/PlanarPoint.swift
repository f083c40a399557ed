/// A point on the plane: projected map units, or pixels once fitted to a canvas.
public struct PlanarPoint: Hashable, Sendable {
    /// Horizontal position; grows to the east (or to the right on a canvas).
    public var x: Double
    /// Vertical position; grows to the north in map units, downwards on a canvas.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
