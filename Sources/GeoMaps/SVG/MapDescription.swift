import GeoModel

/// The one-paragraph summary in the SVG's `<desc>`, written from the data for screen readers,
/// saying what each kind of mark means: the fill, dots, grey fills and overlays.
///
/// ```
/// Choropleth world map, Equal Earth projection. 147 economies have data, from 1.9 % in
/// Sierra Leone to 59.4 % in United Arab Emirates. Fill shows each economy's class: 1.9–8.9 %, …
/// A dot marks an economy too small to see at this size (2). Light grey: insufficient
/// data (3). Grey hatching: no data. Outlined: Under US sanctions (7).
/// ```
enum MapDescription {
    static func make(symbols: [EconomySymbol], request: MapRequest, legendLabels: [String], dots: Int = 0) -> String {
        let (one, many) = (request.geography.areaNoun, request.geography.areaNounPlural)
        let kind = request.geography == .world ? "world map" : "map of US \(many)"
        var sentences = ["Choropleth \(kind), \(request.projection.displayName) projection."]
        if !request.categories.isEmpty {
            let counts = request.categories.indices.map { index in
                symbols.filter { $0.category == .dataClass(index) }.count
            }
            let listed = zip(request.categories, counts).map { "\($0) (\($1))" }.joined(separator: ", ")
            sentences.append("Fill shows each \(one)'s category: \(listed).")
        }
        let classed = symbols.compactMap { symbol in symbol.classedValue.map { (symbol, $0) } }
            .sorted { ($0.1, $0.0.iso3) < ($1.1, $1.0.iso3) }
        if !request.categories.isEmpty {
            // Described above, category by category.
        } else if let lowest = classed.first, let highest = classed.last {
            let count =
                classed.count == 1 ? "1 \(one) has" : "\(NumberText.grouped(Double(classed.count))) \(many) have"
            if classed.count == 1 {
                sentences.append("\(count) data: \(text(lowest.0, request)) in \(PlaceName.inSentence(lowest.0.name)).")
            } else {
                sentences.append(
                    "\(count) data, from \(text(lowest.0, request)) in \(PlaceName.inSentence(lowest.0.name)) to \(text(highest.0, request)) in \(PlaceName.inSentence(highest.0.name))."
                )
            }
        } else {
            sentences.append("No \(one) has data.")
        }
        if !legendLabels.isEmpty && request.categories.isEmpty {
            sentences.append("Fill shows each \(one)'s class: \(legendLabels.joined(separator: ", ")).")
        }
        if dots > 0 {
            sentences.append(
                "A dot marks \(request.geography == .world ? "an" : "a") \(one) too small to see at this size (\(dots))."
            )
        }
        // Counted from the data, not the marks: a small economy with insufficient data gets no dot.
        let insufficient = request.values.values.filter { $0.status == .insufficientData }.count
        let undrawn = insufficient - symbols.filter { $0.category == .insufficient }.count
        if insufficient > 0 {
            let small = undrawn > 0 ? ", \(undrawn) of them too small to show at this size" : ""
            sentences.append("Light grey: insufficient data (\(insufficient)\(small)).")
        }
        sentences.append("Grey hatching: no data.")
        for overlay in request.overlays where !overlay.members.isEmpty {
            let mark = overlay.style == .hatch ? "Hatched in dark lines" : "Outlined"
            sentences.append("\(mark): \(overlay.label) (\(overlay.members.count)).")
        }
        return sentences.joined(separator: " ")
    }

    private static func text(_ symbol: EconomySymbol, _ request: MapRequest) -> String {
        symbol.value.map { EconomySymbolizer.valueText($0, suffix: request.suffix) } ?? "no data"
    }
}
