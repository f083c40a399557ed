import Foundation
import Testing

/// Renders SVG to pixels with `rsvg-convert` (librsvg) and decodes the PNG with python3's
/// standard library (zlib), so that tests can check colours at chosen points.
struct Raster {
    let width: Int
    let height: Int
    /// RGB bytes, row by row, composited on white.
    let pixels: [UInt8]

    struct Color: Equatable, CustomStringConvertible {
        let red: Int
        let green: Int
        let blue: Int

        init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        init?(hex: String) {
            guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
            self.init(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
        }

        func isClose(to other: Color, tolerance: Int = 3) -> Bool {
            abs(red - other.red) <= tolerance && abs(green - other.green) <= tolerance && abs(blue - other.blue) <= tolerance
        }

        var description: String { "rgb(\(red), \(green), \(blue))" }
    }

    func color(x: Int, y: Int) -> Color? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let offset = (y * width + x) * 3
        return Color(red: Int(pixels[offset]), green: Int(pixels[offset + 1]), blue: Int(pixels[offset + 2]))
    }

    /// Writes the SVG next to a PNG in `directory`, rasterizes and decodes it.
    ///
    /// Fails the test (never skips) when rsvg-convert or python3 is missing.
    static func render(svg: String, named name: String, in directory: URL) throws -> Raster {
        let svgURL = directory.appendingPathComponent(name + ".svg")
        let pngURL = directory.appendingPathComponent(name + ".png")
        let ppmURL = directory.appendingPathComponent(name + ".ppm")
        try svg.write(to: svgURL, atomically: true, encoding: .utf8)
        let rsvg = try #require(
            Tool.find("rsvg-convert"),
            "rsvg-convert is not installed: install librsvg2-bin (apt-get install -y librsvg2-bin) to run the map rendering tests")
        try Tool.run(rsvg, ["-b", "white", "-f", "png", "-o", pngURL.path, svgURL.path])
        let python = try #require(Tool.find("python3"), "python3 is not installed; it decodes the PNG files of the rendering tests")
        try Tool.run(python, ["-c", decoder, pngURL.path, ppmURL.path])
        return try parsePPM(Array(try Data(contentsOf: ppmURL)))
    }

    private static func parsePPM(_ bytes: [UInt8]) throws -> Raster {
        var fields: [String] = []
        var index = 0
        var token = ""
        while fields.count < 4, index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 || byte == 0x0A {
                if !token.isEmpty { fields.append(token); token = "" }
            } else {
                token.append(Character(UnicodeScalar(byte)))
            }
        }
        guard fields.count == 4, fields[0] == "P6", let width = Int(fields[1]), let height = Int(fields[2]),
            bytes.count - index == width * height * 3
        else { throw SVGInspector.InspectionError(message: "bad PPM header \(fields)") }
        return Raster(width: width, height: height, pixels: Array(bytes[index...]))
    }

    /// PNG (8-bit RGB or RGBA, not interlaced) to binary PPM, composited on white.
    static let decoder = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            pos += 12 + length
            if kind == b'IHDR':
                w, h, depth, color, _, _, interlace = struct.unpack('>IIBBBBB', body)
            elif kind == b'IDAT':
                idat += body
            elif kind == b'IEND':
                break
        assert depth == 8 and interlace == 0 and color in (2, 6), 'unsupported PNG'
        bpp = 4 if color == 6 else 3
        raw = zlib.decompress(idat)
        stride = w * bpp
        prev = bytearray(stride)
        out = bytearray()
        i = 0
        for y in range(h):
            kind = raw[i]; i += 1
            line = bytearray(raw[i:i + stride]); i += stride
            if kind == 1:
                for x in range(bpp, stride): line[x] = (line[x] + line[x - bpp]) & 255
            elif kind == 2:
                line = bytearray((a + b) & 255 for a, b in zip(line, prev))
            elif kind == 3:
                for x in range(stride):
                    left = line[x - bpp] if x >= bpp else 0
                    line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
            elif kind == 4:
                for x in range(stride):
                    a = line[x - bpp] if x >= bpp else 0
                    b = prev[x]
                    c = prev[x - bpp] if x >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
            prev = line
            if bpp == 3:
                out += line
            else:
                for x in range(0, stride, 4):
                    al = line[x + 3]
                    out += bytes((line[x + k] * al + 255 * (255 - al)) // 255 for k in range(3))
        open(sys.argv[2], 'wb').write(b'P6\\n%d %d\\n255\\n' % (w, h) + bytes(out))
        """
}

/// Finding and running command-line tools.
enum Tool {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("geo-maps-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: errorFile)
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errorFile)
        guard process.terminationStatus == 0 else {
            throw SVGInspector.InspectionError(
                message: "\(executable) exited with \(process.terminationStatus): \(output.prefix(2000))")
        }
    }
}
