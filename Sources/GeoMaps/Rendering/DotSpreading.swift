import Foundation

/// Moves the dots of small economies apart so that none covers another, and records where
/// each one came from so that a leader line can point back to its place.
///
/// Dots closer than two radii plus a gap push each other apart along the line between their
/// centres (or, for dots on the same spot, along a direction that turns by the golden angle
/// with each dot), a little at a time, until none overlaps or the rounds run out. The result
/// depends only on the input order, so maps stay byte-identical on rebuild.
///
/// ```swift
/// DotSpreading.spread([PlanarPoint(x: 10, y: 10), PlanarPoint(x: 11, y: 10)], radius: 3)
/// // [(x ≈ 7, y = 10), (x ≈ 14, y = 10)]: 7 px apart, one radius and a 1 px gap each side
/// ```
enum DotSpreading {
    /// The space left between two dots' edges, in pixels.
    static let gap = 1.0

    /// Rounds of pushing; enough for the Caribbean's and Europe's clusters at any width.
    static let maximumRounds = 400

    /// Spread positions, one per input centre, in the same order.
    ///
    /// - Complexity: O(r·n²) for `n` dots and `r` ≤ ``maximumRounds`` rounds.
    static func spread(_ centers: [PlanarPoint], radius: Double) -> [PlanarPoint] {
        var points = centers
        let distance = 2 * radius + gap
        for _ in 0..<maximumRounds {
            var moved = false
            for i in points.indices {
                for j in points.indices where j > i {
                    var dx = points[j].x - points[i].x
                    var dy = points[j].y - points[i].y
                    var length = (dx * dx + dy * dy).squareRoot()
                    guard length < distance - 1e-9 else { continue }
                    if length < 1e-9 {
                        let angle = Double(j) * 2.399_963_229_728_653
                        dx = cos(angle)
                        dy = sin(angle)
                        length = 1
                    }
                    // Each dot goes half the overlap, plus a hair so that rounding cannot undo it.
                    let push = (distance - length) / 2 + 0.01
                    let unitX = dx / length
                    let unitY = dy / length
                    points[i] = PlanarPoint(x: points[i].x - unitX * push, y: points[i].y - unitY * push)
                    points[j] = PlanarPoint(x: points[j].x + unitX * push, y: points[j].y + unitY * push)
                    moved = true
                }
            }
            if !moved { break }
        }
        return points
    }
}
