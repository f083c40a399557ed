/// The one-paragraph summary in the SVG's `<desc>`, written from the data for screen readers.
///
/// ```
/// Choropleth world map, Equal Earth projection. 147 economies have data, from 1.9 % in
/// Sierra Leone to 59.4 % in United Arab Emirates. 3 have insufficient data. Economies without
/// data are hatched. Classes: 1.9–8.9 %, …
/// ```
enum MapDescription {
    static func make(symbols: [EconomySymbol], request: MapRequest, legendLabels: [String]) -> String {
        let (one, many) = (request.geography.areaNoun, request.geography.areaNounPlural)
        let kind = request.geography == .world ? "world map" : "map of US \(many)"
        var sentences = ["Choropleth \(kind), \(request.projection.displayName) projection."]
        if !request.categories.isEmpty {
            let counts = request.categories.indices.map { index in
                symbols.filter { $0.category == .dataClass(index) }.count
            }
            let listed = zip(request.categories, counts).map { "\($0) (\($1))" }.joined(separator: ", ")
            sentences.append("Each \(one) is coloured by its category: \(listed).")
        }
        let classed = symbols.compactMap { symbol in symbol.classedValue.map { (symbol, $0) } }
            .sorted { ($0.1, $0.0.iso3) < ($1.1, $1.0.iso3) }
        if !request.categories.isEmpty {
            // Described above, category by category.
        } else if let lowest = classed.first, let highest = classed.last {
            let count = classed.count == 1 ? "1 \(one) has" : "\(classed.count) \(many) have"
            if classed.count == 1 {
                sentences.append("\(count) data: \(text(lowest.0, request)) in \(lowest.0.name).")
            } else {
                sentences.append(
                    "\(count) data, from \(text(lowest.0, request)) in \(lowest.0.name) to \(text(highest.0, request)) in \(highest.0.name)."
                )
            }
        } else {
            sentences.append("No \(one) has data.")
        }
        // Counted from the data, not the marks: a small economy with insufficient data gets no dot.
        let insufficient = request.values.values.filter { $0.status == .insufficientData }.count
        let undrawn = insufficient - symbols.filter { $0.category == .insufficient }.count
        if insufficient > 0 {
            let small = undrawn > 0 ? " (\(undrawn) of them too small to show at this size)" : ""
            sentences.append(
                insufficient == 1
                    ? "1 has insufficient data\(small)." : "\(insufficient) have insufficient data\(small).")
        }
        sentences.append("\(many.prefix(1).uppercased() + many.dropFirst()) without data are hatched.")
        if !legendLabels.isEmpty && request.categories.isEmpty {
            sentences.append("Classes: \(legendLabels.joined(separator: ", ")).")
        }
        for overlay in request.overlays where !overlay.members.isEmpty {
            sentences.append("Outlined or hatched: \(overlay.label) (\(overlay.members.count)).")
        }
        return sentences.joined(separator: " ")
    }

    private static func text(_ symbol: EconomySymbol, _ request: MapRequest) -> String {
        symbol.value.map { EconomySymbolizer.valueText($0, suffix: request.suffix) } ?? "no data"
    }
}
