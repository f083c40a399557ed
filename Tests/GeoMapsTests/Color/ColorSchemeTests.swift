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

    @Test("sequential ramps run from light to dark (viridis from dark to light)", arguments: ColorScheme.allCases.filter { !$0.isDiverging })
    func sequentialOrder(_ scheme: ColorScheme) {
        for count in 3...7 {
            let lightness = scheme.colors(count: count).map(Self.lightness)
            let isMonotonic = scheme == .viridis
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

    @Test("uses ColorBrewer's published values")
    func publishedValues() {
        #expect(ColorScheme.blues.colors(count: 5) == ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"])
        #expect(ColorScheme.ylGnBu.colors(count: 3) == ["#edf8b1", "#7fcdbb", "#2c7fb8"])
        #expect(ColorScheme.rdBu.colors(count: 4) == ["#ca0020", "#f4a582", "#92c5de", "#0571b0"])
        #expect(ColorScheme(rawValue: "orrd") == .orRd)
        #expect(ColorScheme(name: "YlGnBu") == .ylGnBu && ColorScheme(name: "OrRd") == .orRd && ColorScheme(name: "Viridis") == .viridis)
        #expect(ColorScheme(name: "Spectral") == nil)
    }
}
