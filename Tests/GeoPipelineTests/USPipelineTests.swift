import Foundation
import GeoModel
import GeoPipeline
import GeoTestSupport
import Testing

/// The `us-ai-diffusion` pipeline built from the shipped files in a temporary copy.
@Suite("US pipeline")
struct USPipelineTests {
    static let countyMap = "Reports/us-ai-diffusion/maps/county_ai_user_share-2026-Q1.svg"
    static let stateMap = "Reports/us-ai-diffusion/maps/state_ai_user_share-2026-Q1.svg"

    static func build(_ project: TemporaryProject, force: Bool = false) throws {
        var options = BuildRunner.Options()
        options.pipelines = ["us-ai-diffusion"]
        options.force = force
        _ = try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
    }

    static func builtCopy() throws -> TemporaryProject {
        let project = try TemporaryProject()
        for folder in ["Data/usage", "Pipelines"] { try project.copyFromRepository(folder) }
        try project.write(
            "Data/sources.csv", try String(contentsOf: RepositoryPaths.url("Data/sources.csv"), encoding: .utf8))
        try build(project)
        return project
    }

    /// The publisher's county file read by hand: FIPS (zero-padded here) → value.
    static func publishedCounties() throws -> [(fips: String, value: String)] {
        let text = try String(
            contentsOf: RepositoryPaths.url("Data/usage/us/County_AI_User_Share_2026Q1.csv"), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).dropFirst()
        return lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let fips = String(repeating: "0", count: max(0, 5 - fields[0].count)) + fields[0]
            return (fips, fields[fields.count - 1])
        }
    }

    @Test("20 counties spread through the file carry their published value in the county map")
    func countyValuesInSVG() throws {
        let project = try Self.builtCopy()
        let svg = try #require(project.read(Self.countyMap))
        let counties = try Self.publishedCounties()
        #expect(counties.count == 3143)
        let sample = stride(from: 50, to: counties.count, by: 158).map { counties[$0] }
        #expect(sample.count == 20)
        #expect(sample.allSatisfy { !$0.fips.hasPrefix("091") }, "the sample has only counties with a shape")
        for county in sample {
            let marker = "<g data-code=\"\(county.fips)\" data-value=\""
            let start = try #require(svg.range(of: marker), "\(county.fips) is not drawn")
            let value = svg[start.upperBound...].prefix { $0 != "\"" }
            #expect(Double(String(value)) == Double(county.value), "\(county.fips)")
        }
        // Connecticut's planning regions have no shape: listed in the report, not drawn.
        #expect(!svg.contains("data-code=\"09110\""))
        let report = try #require(project.read("Reports/us-ai-diffusion/README.md"))
        #expect(report.contains("Capitol Planning Region, Connecticut (09110)"))
    }

    @Test("running text names the District of Columbia with its article; tables keep the name as published")
    func placeNamesInSentences() throws {
        let project = try Self.builtCopy()
        // The publisher's first-ranked state, read by hand: "1,District of Columbia,DC,40.3".
        let text = try String(
            contentsOf: RepositoryPaths.url("Data/usage/us/State_Rankings_2026Q1.csv"), encoding: .utf8)
        let first = try #require(text.split(whereSeparator: \.isNewline).dropFirst().first)
            .split(separator: ",").map(String.init)
        #expect(first[1] == "District of Columbia")
        let report = try #require(project.read("Reports/us-ai-diffusion/README.md"))
        #expect(report.contains("read as released. The District of Columbia is highest at \(first[3]) %."))
        #expect(report.contains("## States\n\nThe District of Columbia ranks first at \(first[3]) %."))
        #expect(report.contains("| 1 | District of Columbia | 11 | \(first[3]) % |"))
        let stateMap = try #require(project.read(Self.stateMap))
        #expect(stateMap.contains("to \(first[3]) % in the District of Columbia."))
        #expect(!report.contains(" in District of Columbia"))
    }

    @Test("the county map itself says which counties with data it cannot draw; the state map needs no such line")
    func shapelessCountiesNoted() throws {
        let project = try Self.builtCopy()
        let svg = try #require(project.read(Self.countyMap))
        // Connecticut's planning regions (FIPS 091xx) are newer than the 2016 boundaries' counties (090xx).
        let regions = try Self.publishedCounties().filter { $0.fips.hasPrefix("091") }
        #expect(regions.count == 9)
        #expect(
            svg.contains(
                ">Not drawn: \(regions.count) counties in Connecticut have data but no shape in these 2016 boundaries.</text>"
            ))
        let stateMap = try #require(project.read(Self.stateMap))
        #expect(!stateMap.contains("Not drawn"))
    }

    @Test("Alaska and Hawaii are drawn inside their inset frames")
    func insetsHoldAlaskaAndHawaii() throws {
        let project = try Self.builtCopy()
        let svgURL = project.root.appendingPathComponent(Self.countyMap)
        let svg = try #require(project.read(Self.countyMap))
        // The frames, left to right: Alaska, then Hawaii.
        let frames = svg.components(separatedBy: "<rect ").filter { $0.contains("class=\"inset-frame\"") }.map {
            rect in
            ["x", "y", "width", "height"].map { name -> Double in
                let start = rect.range(of: " \(name)=\"") ?? rect.range(of: "\(name)=\"")
                return Double(rect[(start?.upperBound ?? rect.startIndex)...].prefix { $0 != "\"" }) ?? -1
            }
        }.sorted { $0[0] < $1[0] }
        #expect(frames.count == 2)
        let png = project.root.appendingPathComponent("county.png")
        let rsvg = try #require(ExternalTool.find("rsvg-convert"), "install librsvg2-bin to run this test")
        try ExternalTool.run(rsvg, ["-b", "white", "-f", "png", "-o", png.path, svgURL.path])
        let image = try RasterImage.decodePNG(at: png)
        func colouredPixels(in frame: [Double]) -> Int {
            var count = 0
            for y in Int(frame[1]) + 2..<Int(frame[1] + frame[3]) - 2 {
                for x in Int(frame[0]) + 2..<Int(frame[0] + frame[2]) - 2 {
                    guard let colour = image.color(x: x, y: y) else { continue }
                    let channels = [colour.red, colour.green, colour.blue]
                    if (channels.max() ?? 0) - (channels.min() ?? 0) > 30 { count += 1 }
                }
            }
            return count
        }
        let alaska = colouredPixels(in: frames[0])
        let hawaii = colouredPixels(in: frames[1])
        #expect(alaska > 2_000, "Alaska inset has \(alaska) coloured pixels")
        #expect(hawaii > 150, "Hawaii inset has \(hawaii) coloured pixels")
    }

    @Test("the report ranks District of Columbia first at 40.3 % and keeps its body short")
    func report() throws {
        let project = try Self.builtCopy()
        let report = try #require(project.read("Reports/us-ai-diffusion/README.md"))
        #expect(report.contains("| 1 | District of Columbia | 11 | 40.3 % |"))
        #expect(report.contains("publisher aggregates") || report.contains("working-age population (15–64)"))
        let body = try #require(report.components(separatedBy: "\n## Appendix\n").first)
        #expect(body.split(whereSeparator: \.isWhitespace).count <= 1_800)
        // No table in the body is longer than 15 rows (header and rule excluded).
        var run = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            run = line.hasPrefix("|") ? run + 1 : 0
            #expect(run <= 17)
        }
    }

    @Test("the maps stay small and are byte-identical when rebuilt")
    func sizesAndDeterminism() throws {
        let project = try Self.builtCopy()
        let first = try [Self.countyMap, Self.stateMap].map { try #require(project.read($0)) }
        #expect(first[0].utf8.count <= 900_000)
        #expect(first[1].utf8.count <= 150_000)
        try Self.build(project, force: true)
        let second = try [Self.countyMap, Self.stateMap].map { try #require(project.read($0)) }
        #expect(first == second)
    }

    @Test("a build of the US pipeline alone reads no world boundaries; a world pipeline's build still does")
    func noWorldBoundaries() throws {
        let project = try TemporaryProject()
        for folder in ["Data/usage", "Pipelines"] { try project.copyFromRepository(folder) }
        try project.write(
            "Data/sources.csv", try String(contentsOf: RepositoryPaths.url("Data/sources.csv"), encoding: .utf8))
        try project.write("Data/geo/countries-110m.geojson", "{ not the world")
        try Self.build(project)
        #expect(project.read(Self.countyMap) != nil)
        // Two archives in the geometry cache: the states and the counties, not the world.
        #expect(project.files(under: ".geo-ai/cache/geometry").count == 2)
        var options = BuildRunner.Options()
        options.pipelines = ["ai-diffusion"]
        let error = try #require(throws: GeoError.self) {
            _ = try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
        }
        #expect(error.location?.path == "Data/geo/countries-110m.geojson")
    }
}
