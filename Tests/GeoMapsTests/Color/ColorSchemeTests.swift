import Foundation
import GeoMaps
import Testing

@Suite("Colour schemes")
struct ColorSchemeTests {
    /// Relative luminance-like lightness from `#rrggbb`.
    static func lightness(_ hex: String) -> Double {
        guard let color = Raster.Color(hex: hex) else { return -1 }
        return 0.2126 * Double(color.red) + 0.7152 * Double(color.green) + 0.0722 * Double(color.blue)
    }

    @Test("gives distinct #rrggbb colours for 1 to 11 classes", arguments: ColorScheme.allCases)
    func distinctColors(_ scheme: ColorScheme) {
        for count in 1...11 {
            let colors = scheme.colors(count: count)
            #expect(colors.count == count)
            #expect(Set(colors).count == count, "\(scheme) \(count)")
            #expect(colors.allSatisfy { Raster.Color(hex: $0) != nil })
        }
        #expect(scheme.colors(count: 0).isEmpty)
    }

    @Test(
        "sequential ramps run from light to dark (viridis from dark to light)",
        arguments: ColorScheme.allCases.filter { !$0.isDiverging })
    func sequentialOrder(_ scheme: ColorScheme) {
        for count in 3...7 {
            let lightness = scheme.colors(count: count).map(Self.lightness)
            let isMonotonic =
                scheme == .viridis
                ? zip(lightness, lightness.dropFirst()).allSatisfy { $0 < $1 }
                : zip(lightness, lightness.dropFirst()).allSatisfy { $0 > $1 }
            #expect(isMonotonic, "\(scheme) \(count): \(lightness)")
        }
    }

    @Test("diverging ramps are lightest in the middle", arguments: ColorScheme.allCases.filter(\.isDiverging))
    func divergingMiddle(_ scheme: ColorScheme) {
        for count in [3, 5, 7] {
            let lightness = scheme.colors(count: count).map(Self.lightness)
            #expect(lightness.max() == lightness[count / 2])
        }
    }

    /// WCAG relative luminance of `#rrggbb` (1 for white).
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        func linear(_ channel: Int) -> Double {
            let fraction = Double(channel) / 255
            return fraction <= 0.03928 ? fraction / 12.92 : pow((fraction + 0.055) / 1.055, 2.4)
        }
        let red = linear(value >> 16)
        let green = linear((value >> 8) & 0xFF)
        let blue = linear(value & 0xFF)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }

    @Test(
        "the lowest class stands out from the page and the no-data hatch",
        arguments: ColorScheme.allCases.filter { !$0.isDiverging })
    func lowestClassVisible(_ scheme: ColorScheme) {
        // White is 1; the hatch's background #f4f4f4 is 0.905. A contrast ratio of at least
        // 1.15 against white keeps the lowest class visibly tinted.
        for count in 2...9 {
            let lowest = Self.luminance(scheme.colors(count: count)[0])
            #expect((1 + 0.05) / (lowest + 0.05) >= 1.15, "\(scheme) with \(count) classes: luminance \(lowest)")
        }
    }

    @Test("diverging classes on one side take that side of the ramp")
    func oneSidedDiverging() {
        // ColorBrewer RdBu 6: #b2182b #ef8a62 #fddbc7 #d1e5f0 #67a9cf #2166ac.
        let rose = ClassBreaks.compute(.diverging(pivot: 0, classesEachSide: 3), values: [0.5, 3, 6.8])
        #expect(ColorScheme.rdBu.colors(for: rose) == ["#d1e5f0", "#67a9cf", "#2166ac"])
        let fell = ClassBreaks.compute(.diverging(pivot: 0, classesEachSide: 3), values: [-0.5, -6.8])
        #expect(ColorScheme.rdBu.colors(for: fell) == ["#b2182b", "#ef8a62", "#fddbc7"])
    }

    @Test("uses ColorBrewer's published values, sequential ramps without their lightest colour")
    func publishedValues() {
        // ColorBrewer Blues 6: #eff3ff #c6dbef #9ecae1 #6baed6 #3182bd #08519c; YlGnBu 4:
        // #ffffcc #a1dab4 #41b6c4 #225ea8. Five and three classes take the darker five and three.
        #expect(ColorScheme.blues.colors(count: 5) == ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"])
        #expect(ColorScheme.ylGnBu.colors(count: 3) == ["#a1dab4", "#41b6c4", "#225ea8"])
        #expect(ColorScheme.rdBu.colors(count: 4) == ["#ca0020", "#f4a582", "#92c5de", "#0571b0"])
        #expect(ColorScheme(rawValue: "orrd") == .orRd)
        #expect(
            ColorScheme(name: "YlGnBu") == .ylGnBu && ColorScheme(name: "OrRd") == .orRd
                && ColorScheme(name: "Viridis") == .viridis)
        #expect(ColorScheme(name: "Spectral") == nil)
    }
}
