import GeoModel

/// How one economy is drawn: its category, fill, tooltip and machine-readable attributes.
struct EconomySymbol {
    /// The legend category an economy falls in.
    enum Category: Hashable {
        case dataClass(Int)
        case insufficient
        case noData

        /// The `data-class` attribute: the class number (1 = lowest), `insufficient` or `none`.
        var attribute: String {
            switch self {
            case .dataClass(let index): String(index + 1)
            case .insufficient: "insufficient"
            case .noData: "none"
            }
        }
    }

    let iso3: AreaCode
    let name: String
    let category: Category
    let fill: String
    /// "Brazil: 17.1 %", "Eritrea: 16–20 %", "Aruba: insufficient data", "Greenland: no data".
    let tooltip: String
    /// The value that was classed (point value or band midpoint).
    let classedValue: Double?
    let value: MapValue?

    /// The `data-*` attributes and the fill, in a fixed order.
    func attributes(flags: [String], isWorld: Bool) -> [(String, String)] {
        var attributes: [(String, String)] = [("data-code", iso3.rawValue)]
        if isWorld { attributes.append(("data-iso3", iso3.rawValue)) }
        if let classedValue { attributes.append(("data-value", NumberText.trimmed(classedValue, maxDecimals: 4))) }
        if let value, value.status == .reported, let low = value.low, let high = value.high {
            attributes.append(("data-low", NumberText.trimmed(low, maxDecimals: 4)))
            attributes.append(("data-high", NumberText.trimmed(high, maxDecimals: 4)))
        }
        attributes.append(("data-class", category.attribute))
        if let level = value?.category, case .dataClass = category { attributes.append(("data-category", level)) }
        if !flags.isEmpty { attributes.append(("data-flags", flags.joined(separator: " "))) }
        attributes.append(("fill", fill))
        return attributes
    }
}

/// Classes each economy of a request and records values that need a note.
struct EconomySymbolizer {
    let request: MapRequest
    let colors: [String]
    let noDataFill: String
    let insufficientFill: String
    private(set) var notes: [Diagnostic] = []

    init(request: MapRequest, noDataFill: String, insufficientFill: String) {
        self.request = request
        self.colors = Self.colors(for: request)
        self.noDataFill = noDataFill
        self.insufficientFill = insufficientFill
    }

    /// The fill of each class, or of each category on a categorical map.
    static func colors(for request: MapRequest) -> [String] {
        guard !request.categories.isEmpty else { return request.scheme.colors(for: request.breaks) }
        if request.categoriesAreOrdered && !request.scheme.isDiverging {
            return request.scheme.colors(count: request.categories.count)
        }
        var next = 0
        return request.categories.map { category in
            if category == request.backgroundCategory { return ColorScheme.categoricalBackground }
            defer { next += 1 }
            return ColorScheme.categorical[next % ColorScheme.categorical.count]
        }
    }

    /// The symbol of an economy; `fallbackName` is the geometry's name.
    mutating func symbol(for iso3: AreaCode, fallbackName: String?) -> EconomySymbol {
        let name = request.names[iso3] ?? fallbackName ?? iso3.rawValue
        guard let value = request.values[iso3] else {
            return EconomySymbol(
                iso3: iso3, name: name, category: .noData, fill: noDataFill, tooltip: "\(name): no data",
                classedValue: nil, value: nil)
        }
        if value.status == .insufficientData {
            return EconomySymbol(
                iso3: iso3, name: name, category: .insufficient, fill: insufficientFill,
                tooltip: "\(name): insufficient data", classedValue: nil, value: value)
        }
        if !request.categories.isEmpty {
            guard let level = value.category, let index = request.categories.firstIndex(of: level), index < colors.count
            else {
                notes.append(
                    Diagnostic(
                        .warning,
                        "\(name) (\(iso3)) has no category of this map (\(value.category ?? "none")); drawn as no data",
                        hint: "List every category the data uses."))
                return EconomySymbol(
                    iso3: iso3, name: name, category: .noData, fill: noDataFill, tooltip: "\(name): no data",
                    classedValue: nil, value: value)
            }
            return EconomySymbol(
                iso3: iso3, name: name, category: .dataClass(index), fill: colors[index], tooltip: "\(name): \(level)",
                classedValue: nil, value: value)
        }
        guard let classed = value.representativeValue, let index = request.breaks.classIndex(of: classed),
            index < colors.count
        else {
            let reason =
                value.representativeValue == nil
                ? "has neither a value nor a band" : "cannot be classed: the breaks have no classes"
            notes.append(Diagnostic(.warning, "\(name) (\(iso3)) \(reason); drawn as no data"))
            return EconomySymbol(
                iso3: iso3, name: name, category: .noData, fill: noDataFill, tooltip: "\(name): no data",
                classedValue: nil, value: value)
        }
        if !request.breaks.contains(classed) {
            notes.append(
                Diagnostic(
                    .warning,
                    "\(name) (\(iso3)) value \(LegendText.value(classed, suffix: request.suffix)) lies outside the class breaks; drawn in the nearest class",
                    hint: "Compute the breaks from every value the maps show."))
        }
        return EconomySymbol(
            iso3: iso3, name: name, category: .dataClass(index), fill: colors[index],
            tooltip: "\(name): \(Self.valueText(value, suffix: request.suffix))", classedValue: classed, value: value)
    }

    /// "17.1 %", "16–20 %", or "89 % (band >25 %)" when both were published.
    static func valueText(_ value: MapValue, suffix: String) -> String {
        let band = value.low.flatMap { low in
            value.high.map { LegendText.band(low: low, high: $0, label: value.label, suffix: suffix) }
        }
        switch (value.value, band) {
        case (let point?, let band?): return "\(LegendText.value(point, suffix: suffix)) (band \(band))"
        case (let point?, nil): return LegendText.value(point, suffix: suffix)
        case (nil, let band?): return band
        case (nil, nil): return "no data"
        }
    }
}
