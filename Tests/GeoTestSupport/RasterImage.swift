package import Foundation

/// A decoded PNG: RGB pixels, composited on white, for tests that check colours in maps drawn
/// by librsvg and pages drawn by Chromium.
///
/// The PNG is inflated by python3's standard library (zlib), which Foundation on Linux lacks;
/// the rest is here. 8-bit RGB and RGBA, not interlaced: what both tools write.
package struct RasterImage: Sendable {
    /// An RGB colour.
    package struct Color: Hashable, Sendable, CustomStringConvertible {
        package let red: Int
        package let green: Int
        package let blue: Int

        /// A colour from its components (0–255).
        package init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// A colour from `#rrggbb`, or `nil`.
        package init?(hex: String) {
            guard hex.count == 7, hex.hasPrefix("#"), let value = Int(hex.dropFirst(), radix: 16) else { return nil }
            self.init(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
        }

        /// Whether every component is within `tolerance` of `other`'s.
        package func isClose(to other: Color, tolerance: Int = 3) -> Bool {
            abs(red - other.red) <= tolerance && abs(green - other.green) <= tolerance
                && abs(blue - other.blue) <= tolerance
        }

        /// `rgb(r, g, b)`.
        package var description: String { "rgb(\(red), \(green), \(blue))" }
    }

    package let width: Int
    package let height: Int
    /// RGB bytes, row by row.
    package let pixels: [UInt8]

    /// The colour at a pixel, or `nil` outside the image.
    package func color(x: Int, y: Int) -> Color? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let offset = (y * width + x) * 3
        return Color(red: Int(pixels[offset]), green: Int(pixels[offset + 1]), blue: Int(pixels[offset + 2]))
    }

    /// How many pixels have each colour.
    package func colourCounts() -> [Color: Int] {
        var counts: [Int: Int] = [:]
        for offset in stride(from: 0, to: pixels.count, by: 3) {
            counts[Int(pixels[offset]) << 16 | Int(pixels[offset + 1]) << 8 | Int(pixels[offset + 2]), default: 0] += 1
        }
        var result: [Color: Int] = [:]
        for (packed, count) in counts {
            result[Color(red: packed >> 16, green: (packed >> 8) & 0xFF, blue: packed & 0xFF)] = count
        }
        return result
    }

    /// Decodes the PNG at `url` (python3 must be on `PATH`).
    package static func decodePNG(at url: URL) throws -> RasterImage {
        guard let python = ExternalTool.find("python3") else {
            throw ExternalTool.Failure(
                description: "python3 is not installed; it inflates the PNG files of the rendering tests")
        }
        let ppm = url.deletingPathExtension().appendingPathExtension("ppm")
        try ExternalTool.run(python, ["-c", decoder, url.path, ppm.path])
        return try parsePPM(Array(try Data(contentsOf: ppm)))
    }

    private static func parsePPM(_ bytes: [UInt8]) throws -> RasterImage {
        var fields: [String] = []
        var index = 0
        var token = ""
        while fields.count < 4, index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 || byte == 0x0A {
                if !token.isEmpty {
                    fields.append(token)
                    token = ""
                }
            } else {
                token.append(Character(UnicodeScalar(byte)))
            }
        }
        guard fields.count == 4, fields[0] == "P6", let width = Int(fields[1]), let height = Int(fields[2]),
            bytes.count - index == width * height * 3
        else { throw ExternalTool.Failure(description: "bad PPM header \(fields)") }
        return RasterImage(width: width, height: height, pixels: Array(bytes[index...]))
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
