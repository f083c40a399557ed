/// Compact SVG path data for rings in tenths of a pixel: an absolute move to each ring's first
/// point, relative lines for the rest, `z` to close.
///
/// ```swift
/// PathData.make([[.init(x: 100, y: 200), .init(x: 150, y: 200), .init(x: 150, y: 230)]])
/// // "M10 20l5 0 0 3z"
/// ```
enum PathData {
    /// The `d` attribute for the rings.
    static func make(_ rings: [[ProjectedShapes.Point]]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rings.reduce(0) { $0 + $1.count * 8 })
        for ring in rings {
            guard let first = ring.first else { continue }
            bytes.append(UInt8(ascii: "M"))
            append(first.x, to: &bytes, separated: false)
            append(first.y, to: &bytes, separated: true)
            var previous = first
            for (index, point) in ring.dropFirst().enumerated() {
                if index == 0 { bytes.append(UInt8(ascii: "l")) }
                append(point.x - previous.x, to: &bytes, separated: index > 0)
                append(point.y - previous.y, to: &bytes, separated: true)
                previous = point
            }
            bytes.append(UInt8(ascii: "z"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a tenth-pixel number: 1234 → "123.4", 1230 → "123", -5 → "-.5".
    ///
    /// A space separates it from the previous number unless it starts with a minus sign.
    static func append(_ tenths: Int, to bytes: inout [UInt8], separated: Bool) {
        let isNegative = tenths < 0
        if separated && !isNegative { bytes.append(UInt8(ascii: " ")) }
        if isNegative { bytes.append(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        let whole = magnitude / 10
        let fraction = magnitude % 10
        if whole > 0 || fraction == 0 { bytes.append(contentsOf: String(whole).utf8) }
        if fraction > 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction))
        }
    }
}
