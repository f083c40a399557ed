import GeoModel

extension DrawingPlan {
    /// The legend: one entry per class, then insufficient data (if any), no data, and flags.
    func legendItems() -> [LegendDrawing.Item] {
        let breaks = request.breaks
        let colors = EconomySymbolizer.colors(for: request)
        var counts: [EconomySymbol.Category: Int] = [:]
        for symbol in drawnSymbols { counts[symbol.category, default: 0] += 1 }
        let border: [(String, String)] = [("stroke", "#bdbdbd"), ("stroke-width", "0.5")]
        var items: [LegendDrawing.Item] = []
        for (index, level) in request.categories.enumerated() where index < colors.count {
            let entry = LegendEntry(
                kind: .dataClass(index), label: level, fill: colors[index], minimum: nil, maximum: nil,
                count: counts[.dataClass(index)] ?? 0)
            items.append(
                .init(
                    entry: entry,
                    swatch: [
                        ("data-class", String(index + 1)), ("data-category", level), ("fill", colors[index]),
                    ] + border, base: nil))
        }
        let labels = request.categories.isEmpty ? LegendText.classLabels(for: breaks, suffix: request.suffix) : []
        for index in 0..<min(breaks.classCount, colors.count, labels.count) {
            let range = breaks.range(ofClass: index)
            let entry = LegendEntry(
                kind: .dataClass(index), label: labels[index], fill: colors[index], minimum: range.lowerBound,
                maximum: range.upperBound, count: counts[.dataClass(index)] ?? 0)
            items.append(
                .init(
                    entry: entry,
                    swatch: [
                        ("data-class", String(index + 1)),
                        ("data-min", NumberText.trimmed(range.lowerBound, maxDecimals: 6)),
                        ("data-max", NumberText.trimmed(range.upperBound, maxDecimals: 6)), ("fill", colors[index]),
                    ] + border, base: nil))
        }
        if let insufficient = counts[.insufficient], insufficient > 0 {
            let entry = LegendEntry(
                kind: .insufficientData, label: "Insufficient data", fill: MapStyle.insufficientFill, minimum: nil,
                maximum: nil, count: insufficient)
            items.append(
                .init(entry: entry, swatch: [("data-class", "insufficient"), ("fill", entry.fill)] + border, base: nil))
        }
        let noDataFill = "url(#\(prefix)-nodata)"
        let noData = LegendEntry(
            kind: .noData, label: "No data", fill: noDataFill, minimum: nil, maximum: nil, count: counts[.noData] ?? 0)
        items.append(.init(entry: noData, swatch: [("data-class", "none"), ("fill", noDataFill)] + border, base: nil))
        let drawn = Set(drawnSymbols.map(\.iso3))
        for (index, overlay) in request.overlays.enumerated() {
            let attributes = MapStyle.overlayAttributes(prefix: prefix, overlay: overlay, index: index)
            let fill = attributes.first { $0.0 == "fill" }?.1 ?? "none"
            let entry = LegendEntry(
                kind: .overlay(overlay.id), label: overlay.label, fill: fill, minimum: nil, maximum: nil,
                count: overlay.members.filter(drawn.contains).count)
            items.append(
                .init(
                    entry: entry, swatch: [("data-flag", overlay.id)] + attributes,
                    base: [("fill", "#ffffff"), ("stroke", "#bdbdbd"), ("stroke-width", "0.5")]))
        }
        return items
    }
}
