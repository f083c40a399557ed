/// Colour-blind-safe colour ramps for choropleth classes.
///
/// Sequential ramps run from light (low) to dark (high); diverging ramps run from one hue
/// (low) through a light neutral to another (high). Colours come from ColorBrewer's published
/// tables for 3–9 classes (3–11 for diverging) and from viridis.
///
/// ```swift
/// ColorScheme.blues.colors(count: 3)   // ["#bdd7e7", "#6baed6", "#2171b5"]
/// ```
public enum ColorScheme: String, Sendable, CaseIterable, Hashable {
    /// ColorBrewer Blues (sequential, single hue).
    case blues
    /// ColorBrewer YlGnBu (sequential, yellow–green–blue).
    case ylGnBu = "ylgnbu"
    /// ColorBrewer Purples (sequential, single hue).
    case purples
    /// ColorBrewer OrRd (sequential, orange–red).
    case orRd = "orrd"
    /// ColorBrewer RdBu (diverging, red–white–blue; low values red).
    case rdBu = "rdbu"
    /// ColorBrewer PuOr (diverging, orange–white–purple; low values orange).
    case puOr = "puor"
    /// ColorBrewer BrBG (diverging, brown–white–blue-green; low values brown).
    case brBG = "brbg"
    /// Viridis (sequential, perceptually uniform, dark purple to yellow).
    case viridis

    /// Looks a scheme up by name, ignoring case and punctuation: `YlGnBu`, `ylgnbu`, `OrRd`,
    /// `RdBu`, `viridis`.
    ///
    /// - Returns: `nil` for an unknown name (see ``allCases`` for the choices).
    public init?(name: String) {
        let folded = String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        guard let scheme = Self.allCases.first(where: { $0.rawValue == folded }) else { return nil }
        self = scheme
    }

    /// Whether the ramp has a neutral middle and two hues.
    public var isDiverging: Bool {
        switch self {
        case .rdBu, .puOr, .brBG: true
        default: false
        }
    }

    /// `count` distinct colours as `#rrggbb`, ordered from the lowest class to the highest.
    ///
    /// Sequential ramps skip their lightest colours (`count` classes take the darker `count`
    /// of the `count + 1` ramp, or of a larger one until the lowest colour has a WCAG contrast
    /// of at least 1.15 with white), so that the lowest class stands out from the page and
    /// from the pale no-data hatch. Diverging ramps keep their neutral middle. Fewer than
    /// three classes take the ends (and middle) of the three-class ramp; more than the
    /// published maximum are interpolated from the largest ramp.
    ///
    /// - Parameter count: The number of classes; 0 gives no colours.
    public func colors(count: Int) -> [String] {
        guard count > 0 else { return [] }
        if self == .viridis { return viridis(count: count) }
        let table = brewerTable
        guard let smallest = table.first, let largest = table.last else { return [] }
        if !isDiverging && count >= 2 {
            // Skip the lightest colours until the lowest class has a contrast of 1.15 with white.
            for skipped in 1...3 {
                let size = count + skipped
                let ramp = size <= table.count + 2 ? table[size - 3] : RGBColor.interpolate(largest, count: size)
                let colors = Array(ramp.dropFirst(skipped))
                if skipped == 3 || RGBColor.contrastWithWhite(colors[0]) >= Self.minimumContrastWithWhite {
                    return colors
                }
            }
        }
        switch count {
        case 1: return [smallest[1]]
        case 2: return [smallest[0], smallest[2]]
        case 3...(table.count + 2): return table[count - 3]
        default: return RGBColor.interpolate(largest, count: count)
        }
    }

    /// One colour per class of `breaks`. Diverging breaks take the classes' own side of the
    /// diverging ramp: with two classes above the pivot and none below, the two colours just
    /// above the ramp's middle, so that "rose" reads the same whether or not anything fell.
    public func colors(for breaks: ClassBreaks) -> [String] {
        guard isDiverging, let pivot = breaks.pivot, breaks.classCount > 0 else {
            return colors(count: breaks.classCount)
        }
        let below = breaks.bounds.dropLast().filter { $0 < pivot }.count
        let above = breaks.classCount - below
        let side = max(below, above)
        let ramp = colors(count: 2 * side)
        return Array(ramp[(side - below)..<(side + above)])
    }

    /// Okabe and Ito's colour-blind-safe palette for unordered categories (their black left
    /// out, as it reads as a border): orange, sky blue, bluish green, yellow, blue, vermillion,
    /// reddish purple. More categories repeat the palette.
    public static let categorical = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"]

    /// The pale neutral fill of a categorical map's background category (the economies no
    /// category matches): darker than the page, unlike the hatched "no data".
    public static let categoricalBackground = "#e4e0d6"

    /// The WCAG contrast ratio the lowest class of a sequential ramp keeps with white.
    static let minimumContrastWithWhite = 1.15

    private var brewerTable: [[String]] {
        switch self {
        case .blues: ColorBrewerTables.blues
        case .ylGnBu: ColorBrewerTables.ylGnBu
        case .purples: ColorBrewerTables.purples
        case .orRd: ColorBrewerTables.orRd
        case .rdBu: ColorBrewerTables.rdBu
        case .puOr: ColorBrewerTables.puOr
        case .brBG: ColorBrewerTables.brBG
        case .viridis: []
        }
    }

    /// Evenly spaced samples of viridis, skipping the darkest tenth so the first class is not
    /// mistaken for a border.
    private func viridis(count: Int) -> [String] {
        let hex = Array(ViridisTable.hex.utf8)
        return (0..<count).map { index in
            let t = count == 1 ? 0.5 : 0.1 + 0.9 * Double(index) / Double(count - 1)
            let step = min(255, Int((t * 255).rounded()))
            return "#" + String(decoding: hex[(step * 6)..<(step * 6 + 6)], as: UTF8.self)
        }
    }
}
