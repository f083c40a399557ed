import Foundation
import GeoMaps
import GeoModel

/// The real maps the rendering tests draw, built the way the pipeline will build them.
enum MapFixtures {
    static let periods = ["2025-H1", "2025-H2", "2026-Q1"]

    /// One set of Fisher–Jenks breaks from the three AI-user-share periods pooled.
    static func sharedAIBreaks() throws -> ClassBreaks {
        var pooled: [Double] = []
        for period in periods {
            pooled += try TestData.aiUserShare(period).values.values.compactMap(\.representativeValue)
        }
        return ClassBreaks.compute(.fisherJenks(5), values: pooled)
    }

    /// The AI user share map of one period at a scale ("110m" or "50m").
    static func aiUserShareRequest(period: String = "2025-H2") throws -> MapRequest {
        let data = try TestData.aiUserShare(period)
        var request = MapRequest(
            title: "Share of the working-age population using generative AI, \(period)", unit: .percent,
            values: data.values, breaks: try sharedAIBreaks())
        request.subtitle =
            "Percent of people aged 15–64 who used a generative AI product; classes shared by all three periods"
        request.sourceLine = "Source: Microsoft AI Diffusion Report (2026 Q1)"
        request.names = data.names
        request.labelPoints = try TestData.labelPoints()
        request.legendTitle = "AI user share"
        return request
    }

    /// The DeepSeek band map with the published bands as classes and a sanctions overlay.
    static func deepSeekRequest() throws -> MapRequest {
        let data = try TestData.deepSeekShare()
        let breaks = ClassBreaks.compute(
            .manual([5, 10, 15, 20, 25]), values: data.values.values.compactMap(\.representativeValue)
        )
        .labelled(["<=5", "6-10", "11-15", "16-20", "21-25", ">25"])
        var request = MapRequest(
            title: "DeepSeek's share of AI chatbot use, H2 2025", unit: .percent, values: data.values, breaks: breaks)
        request.subtitle = "Market share bands as published; point values where the report prints them"
        request.sourceLine = "Source: Microsoft, Global AI Adoption in 2025 (H2 2025)"
        request.names = data.names
        request.scheme = .orRd
        request.labelPoints = try TestData.labelPoints()
        request.legendTitle = "DeepSeek share"
        let sanctioned = ["BLR", "CUB", "IRN", "PRK", "RUS", "SYR", "VEN", "MMR", "AFG"].compactMap { AreaCode($0) }
        request.overlays = [
            FlagOverlay(id: "sanctioned", label: "Under US sanctions", members: Set(sanctioned), style: .outline)
        ]
        return request
    }

    /// Where rendering tests write their SVG and PNG files: `GEO_AI_MAP_OUTPUT` or a temporary folder.
    static func outputDirectory() throws -> URL {
        let environment = ProcessInfo.processInfo.environment["GEO_AI_MAP_OUTPUT"]
        let url =
            environment.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "geo-ai-maps-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
