import Foundation

/// An sRGB colour with 8-bit channels, for parsing, writing and interpolating `#rrggbb`.
struct RGBColor: Hashable, Sendable {
    let red: UInt8
    let green: UInt8
    let blue: UInt8

    /// Parses `#rrggbb`; returns `nil` for anything else.
    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
            let value = UInt32(String(decoding: digits[1...], as: UTF8.self), radix: 16)
        else { return nil }
        red = UInt8((value >> 16) & 0xFF)
        green = UInt8((value >> 8) & 0xFF)
        blue = UInt8(value & 0xFF)
    }

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb` in lower case.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = [UInt8(ascii: "#")]
        for channel in [red, green, blue] {
            bytes.append(digits[Int(channel >> 4)])
            bytes.append(digits[Int(channel & 0xF)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The WCAG 2 relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let fraction = Double(channel) / 255
            return fraction <= 0.03928 ? fraction / 12.92 : pow((fraction + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio of `#rrggbb` with white (1 for white itself, 21 for black).
    static func contrastWithWhite(_ hex: String) -> Double {
        guard let color = RGBColor(hex: hex) else { return 1 }
        return 1.05 / (color.relativeLuminance + 0.05)
    }

    /// `count` colours sampled evenly along a piecewise-linear ramp through `stops`.
    static func interpolate(_ stops: [String], count: Int) -> [String] {
        let colors = stops.compactMap(RGBColor.init(hex:))
        guard colors.count >= 2, count >= 2 else { return Array(stops.prefix(count)) }
        return (0..<count).map { index in
            let position = Double(index) / Double(count - 1) * Double(colors.count - 1)
            let lower = min(Int(position), colors.count - 2)
            let t = position - Double(lower)
            let a = colors[lower]
            let b = colors[lower + 1]
            func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
                UInt8(min(255, max(0, (Double(x) + (Double(y) - Double(x)) * t).rounded())))
            }
            return RGBColor(red: mix(a.red, b.red), green: mix(a.green, b.green), blue: mix(a.blue, b.blue)).hex
        }
    }
}
