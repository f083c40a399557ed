import Foundation
import GeoMaps
import GeoModel
import Testing

@Suite("World maps rendered with librsvg")
struct WorldMapRenderingTests {
    /// The fill of an economy element in the SVG.
    static func fill(of code: String, in svg: String) throws -> String {
        try #require(try SVGInspector.economies(of: svg)[code]?.attributes["fill"], "\(code) is on the map")
    }

    @Test("the 1:110m AI user share map has the class colour inside Brazil, China and Australia")
    func classColoursAtInteriorPoints() throws {
        let map = ChoroplethRenderer.render(try MapFixtures.aiUserShareRequest(), geometry: try TestData.world110())
        let raster = try Raster.render(svg: map.svg, named: "ai-user-share-110m", in: try MapFixtures.outputDirectory())
        #expect(raster.width == map.width && raster.height == map.height)
        let interiorPoints: [(String, GeoCoordinate)] = [
            ("BRA", GeoCoordinate(longitude: -50, latitude: -10)), ("CHN", GeoCoordinate(longitude: 100, latitude: 33)),
            ("AUS", GeoCoordinate(longitude: 134, latitude: -25)),
            ("USA", GeoCoordinate(longitude: -100, latitude: 40)),
        ]
        for (code, coordinate) in interiorPoints {
            let expected = try #require(Raster.Color(hex: try Self.fill(of: code, in: map.svg)))
            let pixel = map.frame.pixel(for: coordinate)
            let actual = try #require(raster.color(x: Int(pixel.x), y: Int(pixel.y)))
            #expect(actual.isClose(to: expected), "\(code) at \(coordinate) is \(actual), expected \(expected)")
        }
    }

    @Test("economies without data show the hatch, distinct from every class colour")
    func noDataHatch() throws {
        let map = ChoroplethRenderer.render(try MapFixtures.aiUserShareRequest(), geometry: try TestData.world110())
        let raster = try Raster.render(
            svg: map.svg, named: "ai-user-share-110m-hatch", in: try MapFixtures.outputDirectory())
        let economies = try SVGInspector.economies(of: map.svg)
        let classColors = map.legend.compactMap { entry -> Raster.Color? in
            guard case .dataClass = entry.kind else { return nil }
            return Raster.Color(hex: entry.fill)
        }
        for (code, coordinate) in [
            ("GRL", GeoCoordinate(longitude: -42, latitude: 72)), ("YEM", GeoCoordinate(longitude: 47, latitude: 15.5)),
        ] {
            #expect(economies[code]?.attributes["data-class"] == "none")
            let centre = map.frame.pixel(for: coordinate)
            var window: [Raster.Color] = []
            for dy in -3...3 {
                for dx in -3...3 {
                    if let color = raster.color(x: Int(centre.x) + dx, y: Int(centre.y) + dy) { window.append(color) }
                }
            }
            #expect(
                window.contains { $0.isClose(to: Raster.Color(red: 244, green: 244, blue: 244), tolerance: 8) },
                "\(code) shows the hatch background")
            #expect(window.contains { $0.red < 215 && abs($0.red - $0.blue) < 6 }, "\(code) shows grey hatch lines")
            #expect(
                !window.contains { pixel in classColors.contains { pixel.isClose(to: $0, tolerance: 6) } },
                "\(code) shows no class colour")
        }
    }

    @Test("no streak crosses the Pacific, in pixels and in path segments")
    func noPacificStreak() throws {
        let map = ChoroplethRenderer.render(try MapFixtures.aiUserShareRequest(), geometry: try TestData.world110())
        let raster = try Raster.render(
            svg: map.svg, named: "ai-user-share-110m-pacific", in: try MapFixtures.outputDirectory())
        var samples: [GeoCoordinate] = []
        for longitude in stride(from: -168.0, through: -85, by: 1) {
            samples.append(GeoCoordinate(longitude: longitude, latitude: -17))
        }
        for longitude in stride(from: -175.0, through: -130, by: 1) {
            samples.append(GeoCoordinate(longitude: longitude, latitude: 40))
        }
        for longitude in stride(from: -170.0, through: -128, by: 1) {
            samples.append(GeoCoordinate(longitude: longitude, latitude: 74))
        }
        for longitude in stride(from: -172.0, through: -167, by: 0.5) {
            samples.append(GeoCoordinate(longitude: longitude, latitude: 70))
        }
        for latitude in stride(from: 50.0, through: -10, by: -1) {
            samples.append(GeoCoordinate(longitude: -150, latitude: latitude))
        }
        for coordinate in samples {
            let pixel = map.frame.pixel(for: coordinate)
            let color = try #require(raster.color(x: Int(pixel.x), y: Int(pixel.y)))
            #expect(color == Raster.Color(red: 255, green: 255, blue: 255), "ocean at \(coordinate) is \(color)")
        }
        let widest = try AntimeridianTests.widestSegment(in: map.svg)
        #expect(widest.width < map.frame.width / 2, "\(widest.code): \(widest.width) px")
    }

    @Test("every economy with data is on the map, as a shape or a dot", arguments: ["110m", "50m"])
    func everyEconomyVisible(_ scale: String) throws {
        let world = scale == "110m" ? try TestData.world110() : try TestData.world50()
        let request = try MapFixtures.aiUserShareRequest()
        let map = ChoroplethRenderer.render(request, geometry: world)
        let economies = try SVGInspector.economies(of: map.svg)
        #expect(map.notDrawn.isEmpty)
        for code in request.values.keys {
            #expect(economies[code.rawValue]?.attributes["data-value"] != nil, "\(code) is drawn with its value")
        }
        #expect(map.dots.contains(TinyMap.code("SGP")))
        #expect(
            !map.withoutShape.contains(TinyMap.code("GUF")), "French Guiana is drawn as its own shape, not France's")
        #expect(map.notes.contains { $0.message.hasPrefix("Singapore (SGP)") })
    }

    @Test("sizes stay within budget: 1:110m under 200 KB, 1:50m under 400 KB")
    func sizeBudgets() throws {
        let request = try MapFixtures.aiUserShareRequest()
        let small = ChoroplethRenderer.render(request, geometry: try TestData.world110()).svg.utf8.count
        let detailed = ChoroplethRenderer.render(request, geometry: try TestData.world50()).svg.utf8.count
        #expect(small < 200_000, "110m: \(small) bytes")
        #expect(detailed < 400_000, "50m: \(detailed) bytes")
    }

    @Test("world maps are well-formed XML and byte-identical on every render")
    func deterministicAndWellFormed() throws {
        let world = try TestData.world50()
        let first = ChoroplethRenderer.render(try MapFixtures.deepSeekRequest(), geometry: world).svg
        let second = ChoroplethRenderer.render(try MapFixtures.deepSeekRequest(), geometry: world).svg
        #expect(first == second)
        #expect(try SVGInspector.elements(of: first).count > 300)
    }

    @Test("the three AI user share maps share one legend")
    func sharedLegends() throws {
        let world = try TestData.world110()
        let legends = try MapFixtures.periods.map { period in
            ChoroplethRenderer.render(try MapFixtures.aiUserShareRequest(period: period), geometry: world).legend
                .filter { if case .dataClass = $0.kind { return true } else { return false } }
                .map { "\($0.label) \($0.fill) \($0.minimum ?? -1) \($0.maximum ?? -1)" }
        }
        #expect(legends[0].count == 5)
        #expect(legends[0] == legends[1] && legends[1] == legends[2])
    }

    @Test("the DeepSeek map shows bands, insufficient data and the sanctions overlay")
    func deepSeekMap() throws {
        let map = ChoroplethRenderer.render(try MapFixtures.deepSeekRequest(), geometry: try TestData.world110())
        _ = try Raster.render(svg: map.svg, named: "deepseek-110m", in: try MapFixtures.outputDirectory())
        let economies = try SVGInspector.economies(of: map.svg)
        #expect(economies["ERI"]?.title == "Eritrea: 16–20 %")
        #expect(economies["ERI"]?.attributes["data-value"] == "18")
        #expect(economies["CHN"]?.title == "China: 89 % (band >25 %)")
        #expect(economies["CHN"]?.attributes["data-class"] == "6")
        #expect(economies["GRL"]?.attributes["data-class"] == "insufficient")
        #expect(economies["RUS"]?.attributes["data-flags"] == "sanctioned")
        #expect(
            map.legend.map(\.label) == [
                "≤5 %", "6–10 %", "11–15 %", "16–20 %", "21–25 %", ">25 %", "Insufficient data", "No data",
                "Under US sanctions",
            ])
        #expect(map.notDrawn.isEmpty)
        // Singapore (11–15 %) and Luxembourg (≤5 %) have values and are too small: dots. Bahrain,
        // Malta, Hong Kong, Réunion and Guadeloupe have "insufficient data": no dot.
        #expect(Set(map.dots.map(\.rawValue)) == ["SGP", "LUX"])
        // Every economy the source marks as insufficient is counted in the description, drawn or not.
        let insufficient = try MapFixtures.deepSeekRequest().values.values.filter { $0.status == .insufficientData }
            .count
        #expect(map.svg.contains("Light grey: insufficient data (\(insufficient), "))
        #expect(map.svg.contains("A dot marks an economy too small to see at this size (2)."))
    }
}
