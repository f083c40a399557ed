import GeoMaps
import GeoModel
import Testing

@Suite("SVG contract")
struct SVGContractTests {
    @Test("the document is standalone, well-formed and accessible")
    func accessibleRoot() throws {
        let map = ChoroplethRenderer.render(TinyMap.request(), geometry: try TinyMap.geometry())
        #expect(
            map.svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let elements = try SVGInspector.elements(of: map.svg)
        let root = try #require(elements.first)
        #expect(root.name == "svg" && root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "map-title map-desc")
        #expect(root.attributes["font-family"] == "Helvetica, Arial, sans-serif")
        #expect(elements[1].name == "title" && elements[1].attributes["id"] == "map-title")
        #expect(elements[2].name == "desc" && elements[2].attributes["id"] == "map-desc")
        #expect(map.svg.contains("<title id=\"map-title\">Tiny &amp; &lt;test&gt; map</title>"))
        let desc: String = [
            "<desc id=\"map-desc\">Choropleth world map, Equal Earth projection. 6 economies have data, from 5 % in Isle ",
            "to 30 % in Gamma &amp; &lt;Co&gt; &quot;q&quot; &#39;a&#39;. ",
            "Fill shows each economy&#39;s class: ≤10 %, 10–20 %, &gt;20 %. ",
            "A dot marks an economy too small to see at this size (2). ",
            "Light grey: insufficient data (1). Grey hatching: no data. ",
            "Hatched in dark lines: Under sanctions (3). Outlined: On a watch list (1).</desc>",
        ].joined()
        #expect(map.svg.contains(desc))
        #expect(
            map.dots.map(\.rawValue) == ["GGG", "HHH"], "the tiny island and the economy without a shape are the dots")
        #expect(map.svg.contains("Map: Made with Natural Earth."))
        #expect(!map.svg.contains("\u{7}"))
    }

    @Test("every economy element carries data-iso3, data-class, data-value and a tooltip")
    func economyAttributes() throws {
        let map = ChoroplethRenderer.render(TinyMap.request(), geometry: try TinyMap.geometry())
        let economies = try SVGInspector.economies(of: map.svg)
        #expect(economies.keys.sorted() == ["AAA", "BBB", "CCC", "EEE", "FFF", "GGG", "HHH", "XKX"])
        let expected: [String: (value: String?, dataClass: String, title: String)] = [
            "AAA": ("10", "1", "Alpha: 10 %"), "BBB": ("20", "2", "Beta: 20 %"),
            "CCC": ("30", "3", "Gamma & <Co> \"q\" 'a': 30 %"), "EEE": (nil, "none", "Epsilon: no data"),
            "FFF": ("13", "2", "Phi: 11–15 %"), "GGG": ("5", "1", "Isle: 5 %"), "HHH": ("25", "3", "Hotel: 25 %"),
            "XKX": (nil, "insufficient", "Kosovo: insufficient data"),
        ]
        for (code, element) in economies {
            let want = try #require(expected[code])
            #expect(element.attributes["data-value"] == want.value, "\(code)")
            #expect(element.attributes["data-class"] == want.dataClass, "\(code)")
            #expect(element.title == want.title, "\(code)")
        }
        #expect(economies["FFF"]?.attributes["data-low"] == "11" && economies["FFF"]?.attributes["data-high"] == "15")
        #expect(economies["BBB"]?.attributes["data-flags"] == "sanctioned")
    }

    @Test("legend swatches carry their range and exactly the fill of their economies")
    func legendMatchesEconomies() throws {
        let map = ChoroplethRenderer.render(TinyMap.request(), geometry: try TinyMap.geometry())
        let elements = try SVGInspector.elements(of: map.svg)
        let swatches = elements.filter { $0.name == "rect" && $0.attributes["data-class"] != nil }
        #expect(swatches.map { $0.attributes["data-class"] ?? "" } == ["1", "2", "3", "insufficient", "none"])
        #expect(
            swatches.prefix(3).map { "\($0.attributes["data-min"] ?? "")…\($0.attributes["data-max"] ?? "")" } == [
                "5…10", "10…20", "20…30",
            ])
        let economies = try SVGInspector.economies(of: map.svg)
        for swatch in swatches {
            let members = economies.values.filter { $0.attributes["data-class"] == swatch.attributes["data-class"] }
            #expect(!members.isEmpty)
            #expect(members.allSatisfy { $0.attributes["fill"] == swatch.attributes["fill"] })
        }
        #expect(
            map.legend.map(\.label) == [
                "≤10 %", "10–20 %", ">20 %", "Insufficient data", "No data", "Under sanctions", "On a watch list",
            ])
        #expect(map.legend.map(\.count) == [2, 2, 2, 1, 1, 2, 1])
        let flags = elements.filter { $0.name == "rect" && $0.attributes["data-flag"] != nil }.map {
            $0.attributes["data-flag"] ?? ""
        }
        #expect(flags == ["sanctioned", "watch"])
    }

    @Test("small and shapeless economies become dots; nothing with data is dropped silently")
    func dotsAndNotes() throws {
        let map = ChoroplethRenderer.render(TinyMap.request(), geometry: try TinyMap.geometry())
        #expect(map.dots.map(\.rawValue) == ["GGG", "HHH"])
        #expect(map.withoutShape.map(\.rawValue) == ["HHH", "III"])
        #expect(map.notDrawn.map(\.rawValue) == ["III"])
        #expect(
            map.notes.map(\.description) == [
                "note: Hotel (HHH) has no shape at this scale; drawn as a dot at its label point",
                "note: Isle (GGG) covers 4.2 px² at this size, less than 8 px²; drawn as a dot",
                "note: ZZZ is flagged 'sanctioned' but is not on the map",
                "warning: III (III) has data but no shape and no label point; it is not on the map\n"
                    + "  hint: Add it to Data/geo/label-points.csv (iso3,lon,lat) or use a more detailed geometry.",
            ])
        let circles = try SVGInspector.elements(of: map.svg).filter { $0.name == "circle" }
        #expect(circles.map { $0.attributes["id"] ?? "" } == ["map-GGG", "map-HHH"])
    }

    @Test("overlays reference drawn economies by id")
    func overlaysReferenceElements() throws {
        let map = ChoroplethRenderer.render(TinyMap.request(), geometry: try TinyMap.geometry())
        let elements = try SVGInspector.elements(of: map.svg)
        let ids = Set(elements.compactMap { $0.attributes["id"] })
        let references = elements.filter { $0.name == "use" }.compactMap { $0.attributes["href"] }
        #expect(references == ["#map-BBB", "#map-GGG", "#map-AAA"])
        #expect(references.allSatisfy { ids.contains(String($0.dropFirst())) })
        #expect(map.svg.contains("<pattern id=\"map-flag0-sanctioned\""))
    }

    @Test("rendering is deterministic and ids follow the prefix")
    func deterministic() throws {
        let geometry = try TinyMap.geometry()
        let first = ChoroplethRenderer.render(TinyMap.request(), geometry: geometry).svg
        var request = TinyMap.request()
        request.values = Dictionary(uniqueKeysWithValues: request.values.shuffled())
        #expect(ChoroplethRenderer.render(request, geometry: geometry).svg == first)
        request.idPrefix = "h2 map"
        let prefixed = ChoroplethRenderer.render(request, geometry: geometry).svg
        #expect(
            prefixed.contains("id=\"h2-map-title\"") && prefixed.contains("url(#h2-map-nodata)")
                && !prefixed.contains("\"map-"))
    }
}
