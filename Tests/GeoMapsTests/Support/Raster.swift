import Foundation
import GeoTestSupport
import Testing

/// Renders SVG to pixels with `rsvg-convert` (librsvg), so that tests can check colours at
/// chosen points; the PNG is decoded by GeoTestSupport's ``RasterImage``.
enum Raster {
    typealias Color = RasterImage.Color

    /// Writes the SVG next to a PNG in `directory`, rasterizes and decodes it.
    ///
    /// Fails the test (never skips) when rsvg-convert or python3 is missing.
    static func render(svg: String, named name: String, in directory: URL) throws -> RasterImage {
        let svgURL = directory.appendingPathComponent(name + ".svg")
        let pngURL = directory.appendingPathComponent(name + ".png")
        try svg.write(to: svgURL, atomically: true, encoding: .utf8)
        let rsvg = try #require(
            ExternalTool.find("rsvg-convert"),
            "rsvg-convert is not installed: install librsvg2-bin (apt-get install -y librsvg2-bin) to run the map rendering tests"
        )
        try ExternalTool.run(rsvg, ["-b", "white", "-f", "png", "-o", pngURL.path, svgURL.path])
        return try RasterImage.decodePNG(at: pngURL)
    }
}
