import Foundation

/// Headless Chromium and a PNG colour probe, for tests that look at rendered pages.
enum Browser {
    /// The colour census of a screenshot.
    struct Census: Decodable {
        let width: Int
        let height: Int
        /// The share of pixels that are not pure white.
        let nonWhite: Double
        /// The number of distinct colours.
        let distinct: Int
        /// Pixels of each requested colour (`#rrggbb`).
        let counts: [String: Int]
    }

    /// The path of an executable on `PATH`, if any.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Renders a local page to a PNG the size of the window.
    static func screenshot(chromium: URL, page: URL, to png: URL, width: Int, height: Int, profile: URL) throws {
        let output = try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-sync", "--disable-component-update", "--mute-audio", "--timeout=20000",
                "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)", "--screenshot=\(png.path)",
                page.absoluteString,
            ])
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw FixtureError("Chromium wrote no screenshot of \(page.path):\n\(output)")
        }
    }

    /// Counts pixels of the given colours in a PNG with the python3 standard library.
    static func census(python: URL, png: URL, colours: [String]) throws -> Census {
        guard let script = Bundle.module.url(forResource: "Fixtures/Scripts/png_colours", withExtension: "py") else {
            throw FixtureError("png_colours.py missing from the test bundle")
        }
        let output = try run(python, [script.path, png.path] + colours)
        return try JSONDecoder().decode(Census.self, from: Data(output.utf8))
    }

    /// Runs a program; returns its standard output, throws with its standard error on failure.
    private static func run(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let standardOutput = Pipe()
        // Standard error goes to a file, so a chatty program cannot block on a full pipe.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("geo-site-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw FixtureError("cannot create \(errorFile.path)")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer { try? errorHandle.close() }
        process.standardOutput = standardOutput
        process.standardError = errorHandle
        try process.run()
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw FixtureError("\(executable.lastPathComponent) exited with \(process.terminationStatus): \(errors)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
