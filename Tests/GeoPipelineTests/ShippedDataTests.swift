import Foundation
import GeoModel
import GeoPipeline
import GeoTestSupport
import Testing

/// The shipped pipelines on the shipped data, checked against a deliberately simple
/// reference implementation written here from the raw CSV files.
@Suite("Shipped data", .serialized)
struct ShippedDataTests {
    /// The records of a shipped CSV file.
    static func rows(_ path: String) throws -> [[String: String]] { try TestCSV.records(inRepositoryFile: path) }

    /// Builds the shipped pipelines into a temporary copy of the repository.
    static func buildCopy() throws -> TemporaryProject {
        let project = try TemporaryProject()
        for folder in ["Data/usage", "Pipelines"] { try project.copyFromRepository(folder) }
        _ = try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
        return project
    }

    @Test("the working-age-weighted world and regional AI user share match a reference implementation")
    func aiUserShare() throws {
        let countries = try Self.rows("Data/reference/countries.csv")
        let weight = Dictionary(
            uniqueKeysWithValues: countries.map { ($0["iso3"]!, Double($0["working_age_population"]!)) })
        let region = Dictionary(uniqueKeysWithValues: countries.map { ($0["iso3"]!, $0["m49_region"]!) })
        let usage = try Self.rows("Data/usage/ai_user_share.csv")
        var expected: [String: Double] = [:]  // "region|period" → weighted mean
        for period in ["2025-H1", "2025-H2", "2026-Q1"] {
            for group in ["World", "Africa", "Americas", "Asia", "Europe", "Oceania"] {
                var sum = 0.0
                var total = 0.0
                for row in usage where row["period"] == period {
                    let iso3 = row["iso3"]!
                    guard group == "World" || region[iso3] == group, let w = weight[iso3] ?? nil else { continue }
                    sum += w * Double(row["value"]!)!
                    total += w
                }
                expected["\(group)|\(period)"] = sum / total
            }
        }
        #expect(abs(expected["World|2025-H1"]! - 15.13) < 0.005)
        #expect(abs(expected["World|2025-H2"]! - 16.35) < 0.005)
        #expect(abs(expected["World|2026-Q1"]! - 17.85) < 0.005)

        let project = try Self.buildCopy()
        let aggregates = try #require(project.read("Reports/ai-diffusion/data/aggregates.csv"))
        let lines = aggregates.split(separator: "\n").map { TestCSV.fields(String($0)) }
        #expect(
            lines[0] == [
                "grouping", "region", "period", "metric", "value", "low", "high", "median", "coverage", "members",
                "members_with_data", "weight",
            ])
        var checked = 0
        for fields in lines.dropFirst() where ["world", "m49_region"].contains(fields[0]) {
            let key = "\(fields[1])|\(fields[2])"
            let reference = try #require(expected[key], "no reference for \(key)")
            let value = try #require(Double(fields[4]))
            #expect(abs(value - reference) < 1e-6, "\(key): \(value) vs \(reference)")
            checked += 1
        }
        #expect(checked == 18)
        let report = try #require(project.read("Reports/ai-diffusion/README.md"))
        #expect(report.contains("| World | 2025-H1 | 15.1 % | 15.13 % | +0.03 |"))
        #expect(report.contains("| World | 2026-Q1 | 17.8 % | 17.85 % | +0.05 |"))
    }

    @Test("Africa's DeepSeek share weighted by AI users matches a reference implementation, bands at midpoints")
    func deepseekAfrica() throws {
        let countries = try Self.rows("Data/reference/countries.csv")
        let workingAge = Dictionary(
            uniqueKeysWithValues: countries.map { ($0["iso3"]!, Double($0["working_age_population"]!)) })
        let region = Dictionary(uniqueKeysWithValues: countries.map { ($0["iso3"]!, $0["m49_region"]!) })
        let share = Dictionary(
            uniqueKeysWithValues: try Self.rows("Data/usage/ai_user_share.csv").filter { $0["period"] == "2025-H2" }
                .map { ($0["iso3"]!, Double($0["value"]!)!) })
        var sum = 0.0
        var low = 0.0
        var high = 0.0
        var total = 0.0
        for row in try Self.rows("Data/usage/deepseek_share_2025H2.csv") {
            let iso3 = row["iso3"]!
            guard region[iso3] == "Africa", let lowBand = Double(row["low"]!), let highBand = Double(row["high"]!),
                let users = share[iso3], let people = workingAge[iso3] ?? nil
            else { continue }
            let w = users / 100 * people
            sum += w * (Double(row["value"]!) ?? (lowBand + highBand) / 2)
            low += w * lowBand
            high += w * highBand
            total += w
        }
        let project = try Self.buildCopy()
        let aggregates = try #require(project.read("Reports/deepseek/data/aggregates.csv"))
        let africa = try #require(
            aggregates.split(separator: "\n").map { TestCSV.fields(String($0)) }.first {
                $0[0] == "m49_region" && $0[1] == "Africa" && $0[3] == "deepseek_share"
            })
        #expect(abs(Double(africa[4])! - sum / total) < 1e-6)
        #expect(abs(Double(africa[5])! - low / total) < 1e-6)
        #expect(abs(Double(africa[6])! - high / total) < 1e-6)
        #expect(africa[11] == "users:ai_user_share")
        let report = try #require(project.read("Reports/deepseek/README.md"))
        #expect(report.contains("Holds under none of the 12 estimator × comparison pairs"))
        let flags = try #require(project.read("Reports/deepseek/data/flags.csv"))
        #expect(flags.contains("SYR,2025-H1,sanctioned,comprehensive,"))
        #expect(!flags.contains("SYR,2025-H2,sanctioned,comprehensive,"))
    }

    @Test("the committed Reports/ are exactly what geo-ai build produces")
    func committedReportsAreCurrent() throws {
        var options = BuildRunner.Options()
        options.check = true
        let outcome = try BuildRunner(files: ProjectFiles(root: RepositoryPaths.root)).run(options)
        #expect(outcome.stalePaths.isEmpty, "run `swift run geo-ai build` and commit Reports/: \(outcome.stalePaths)")
    }
}

@Suite("Shipped maps")
struct ShippedMapsTests {
    static func legend(_ svg: String) -> [String] {
        svg.components(separatedBy: "\n").filter { $0.contains("data-min=") }
    }

    @Test("the three AI user share maps share one legend, and each stays under 200 KB")
    func sharedBreaks() throws {
        let project = try ShippedDataTests.buildCopy()
        let periods = ["2025-H1", "2025-H2", "2026-Q1"]
        let maps = try periods.map { try #require(project.read("Reports/ai-diffusion/maps/ai_user_share-\($0).svg")) }
        let legends = maps.map(ShippedMapsTests.legend)
        #expect(legends[0].count == 5)
        #expect(legends[0] == legends[1] && legends[1] == legends[2])
        for map in maps { #expect(map.utf8.count < 200_000) }
        // Every economy with data is in the map: 147 data-value attributes.
        #expect(maps[2].components(separatedBy: "data-value=").count - 1 == 147)
        let deepseek = try #require(project.read("Reports/deepseek/maps/deepseek_share-2025-H2.svg"))
        #expect(deepseek.contains("Under a US sanctions programme (OFAC)"))
        #expect(deepseek.contains("data-class=\"insufficient\""))
        let report = try #require(project.read("Reports/deepseek/README.md"))
        #expect(report.contains("![") && report.contains("(maps/deepseek_share-2025-H2.svg)"))
        let change = try #require(project.read("Reports/ai-diffusion/maps/change-ai_user_share-2025-H2-2026-Q1.svg"))
        #expect(change.contains("Change in AI user share"))
    }
}
