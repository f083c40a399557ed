import Foundation
import GeoTestSupport

/// Headless Chromium and a colour census of its screenshots, for tests that look at rendered pages.
enum Browser {
    /// The colour census of a screenshot.
    struct Census {
        let width: Int
        let height: Int
        /// The share of pixels that are not pure white.
        let nonWhite: Double
        /// The number of distinct colours.
        let distinct: Int
        /// Pixels of each requested colour (`#rrggbb`).
        let counts: [String: Int]
    }

    /// Renders a local page to a PNG the size of the window.
    static func screenshot(chromium: URL, page: URL, to png: URL, width: Int, height: Int, profile: URL) throws {
        let output = try ExternalTool.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-sync", "--disable-component-update", "--mute-audio",
                "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)", "--screenshot=\(png.path)",
                page.absoluteString,
            ])
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw FixtureError(
                "Chromium wrote no screenshot of \(page.path):\n\(String(decoding: output, as: UTF8.self))")
        }
    }

    /// Counts the pixels of the given colours (`#rrggbb`) in a PNG.
    static func census(png: URL, colours: [String]) throws -> Census {
        let image = try RasterImage.decodePNG(at: png)
        let counts = image.colourCounts()
        let total = image.width * image.height
        let white = counts[RasterImage.Color(red: 255, green: 255, blue: 255)] ?? 0
        var wanted: [String: Int] = [:]
        for colour in colours {
            guard let parsed = RasterImage.Color(hex: colour) else { throw FixtureError("'\(colour)' is not #rrggbb") }
            wanted[colour] = counts[parsed] ?? 0
        }
        return Census(
            width: image.width, height: image.height, nonWhite: total == 0 ? 0 : 1 - Double(white) / Double(total),
            distinct: counts.count, counts: wanted)
    }
}
