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
        // Shared estimates are disclosed and their changes counted once: 147 − 36 + 6 = 117 independent changes.
        #expect(report.contains("36 economies have no figure of their own: the publisher gives each of these 6 groups"))
        #expect(
            report.contains(
                "36 of them share 6 regional estimates, so these are 117 independent changes: "
                    + "12 (Benin, Burkina Faso and 10 more) share one estimate, 9.3 → 10.1;"))
        #expect(report.contains("| World | 2026-Q1 | 17.8 % | 17.85 % | +0.05 |"))
    }

    /// DeepSeek share rows as (weight, point, low, high): weight = AI users (ai_user_share/100 ×
    /// working-age population, `nil` when unknown); a published value is its own low and high, a
    /// band counts at its midpoint with its ends as the range.
    static func deepseekRows() throws -> [String: (weight: Double?, point: Double, low: Double, high: Double)] {
        var workingAge: [String: Double] = [:]
        for country in try Self.rows("Data/reference/countries.csv") {
            if let iso3 = country["iso3"], let people = country["working_age_population"].flatMap(Double.init) {
                workingAge[iso3] = people
            }
        }
        var share: [String: Double] = [:]
        for row in try Self.rows("Data/usage/ai_user_share.csv") where row["period"] == "2025-H2" {
            if let iso3 = row["iso3"], let value = row["value"].flatMap(Double.init) { share[iso3] = value }
        }
        var rows: [String: (weight: Double?, point: Double, low: Double, high: Double)] = [:]
        for row in try Self.rows("Data/usage/deepseek_share_2025H2.csv") {
            // Rows without a code (disputed areas) or without a band (insufficient data) are not economies with data.
            guard let iso3 = row["iso3"], !iso3.isEmpty, let lowBand = row["low"].flatMap(Double.init),
                let highBand = row["high"].flatMap(Double.init)
            else { continue }
            let weight = share[iso3].flatMap { users in workingAge[iso3].map { users / 100 * $0 } }
            if let value = row["value"].flatMap(Double.init) {
                rows[iso3] = (weight, value, value, value)
            } else {
                rows[iso3] = (weight, (lowBand + highBand) / 2, lowBand, highBand)
            }
        }
        return rows
    }

    /// The users-weighted mean of the rows whose code passes `include`, with its count.
    static func weightedMean(
        _ rows: [String: (weight: Double?, point: Double, low: Double, high: Double)], _ include: (String) -> Bool
    ) -> (point: Double, low: Double, high: Double, count: Int) {
        var sums = (0.0, 0.0, 0.0, 0.0)
        var count = 0
        for (iso3, row) in rows where include(iso3) {
            guard let weight = row.weight else { continue }
            sums = (sums.0 + weight * row.point, sums.1 + weight * row.low, sums.2 + weight * row.high, sums.3 + weight)
            count += 1
        }
        return (sums.0 / sums.3, sums.1 / sums.3, sums.2 / sums.3, count)
    }

    @Test("DeepSeek share: world, Africa and Africa ÷ rest of world match a reference implementation, points kept")
    func deepseekAfrica() throws {
        let region = Dictionary(
            uniqueKeysWithValues: try Self.rows("Data/reference/countries.csv").map { ($0["iso3"]!, $0["m49_region"]!) }
        )
        let rows = try Self.deepseekRows()
        let world = Self.weightedMean(rows) { _ in true }
        let withoutChina = Self.weightedMean(rows) { $0 != "CHN" }
        let africa = Self.weightedMean(rows) { region[$0] == "Africa" }
        let rest = Self.weightedMean(rows) { region[$0] != "Africa" }
        // The figures the issue gives, worked out here from the raw rows.
        #expect(String(format: "%.1f %.1f %.1f", world.point, world.low, world.high) == "20.9 19.0 22.7")
        #expect(String(format: "%.1f", withoutChina.point) == "5.3")
        #expect(String(format: "%.2f %.2f", africa.low / rest.high, africa.high / rest.low) == "0.36 0.61")
        // Luxembourg has a band but no AI user share: counted nowhere.
        #expect(rows["LUX"]?.weight == nil && rows["LUX"] != nil)
        #expect(world.count == 147)

        // China's share of the world's weight and of its weighted total Σ w·v, by hand from the rows.
        let china = try #require(rows["CHN"])
        let worldWeight = rows.values.compactMap(\.weight).reduce(0, +)
        let worldTotal = rows.values.compactMap { row in row.weight.map { $0 * row.point } }.reduce(0, +)
        let chinaWeight = try #require(china.weight)
        #expect(
            String(format: "%.0f %.0f", chinaWeight / worldWeight * 100, chinaWeight * 89 / worldTotal * 100) == "19 79"
        )

        let project = try Self.buildCopy()
        let aggregates = try #require(project.read("Reports/deepseek/data/aggregates.csv"))
        let lines = TestCSV.parse(aggregates)
        for (grouping, name, expected) in [("world", "World", world), ("m49_region", "Africa", africa)] {
            let fields = try #require(lines.first { $0[0] == grouping && $0[1] == name && $0[3] == "deepseek_share" })
            #expect(abs(Double(fields[4])! - expected.point) < 1e-6)
            #expect(abs(Double(fields[5])! - expected.low) < 1e-6)
            #expect(abs(Double(fields[6])! - expected.high) < 1e-6)
            #expect(fields[10] == String(expected.count))
            #expect(fields[11] == "users:ai_user_share")
        }
        let ratios = try #require(project.read("Reports/deepseek/data/ratios.csv"))
        let ratio = try #require(
            TestCSV.parse(ratios).first {
                $0[0] == "m49_region" && $0[1] == "Africa" && $0[2] == "rest of world" && $0[8] == "weighted_mean"
            })
        #expect(abs(Double(ratio[5])! - africa.point / rest.point) < 1e-6)
        #expect(abs(Double(ratio[6])! - africa.low / rest.high) < 1e-6)
        #expect(abs(Double(ratio[7])! - africa.high / rest.low) < 1e-6)

        let report = try #require(project.read("Reports/deepseek/README.md"))
        #expect(
            report.contains(
                "2025-H2: 20.9 % (19.0–22.7) across 147 economies (coverage 99 %). China carries 19 % of the weight but 79 % of the weighted total; without it 5.3 % (3.0–7.5)."
            ))
        #expect(
            report.contains(
                "| Africa (UN M49 regions) | 10.5 % (8.6–12.3) | 22.0 % (20.2–23.9) | 0.48× (0.36× – 0.61×) | weighted mean |"
            ))
        // Names read as English in sentences, as published in tables.
        #expect(report.contains("Africa is within 2–4× against the Americas (3.4×) and Oceania (2.8×)"))
        #expect(report.contains("leaving out the Russian Federation moves the best estimate into 2–4× against Europe"))
        #expect(report.contains("With Belarus, China and the Russian Federation set aside (weighted mean), Africa is"))
        #expect(report.contains("| Europe | weighted mean without Belarus, China and Russian Federation |"))
        #expect(report.contains("Luxembourg (no AI user share for 2025-H2)"))
        // Ties are never cut: every economy published as the band 0–5 % (with no point value) shares the lowest rank.
        let lowest = try Self.rows("Data/usage/deepseek_share_2025H2.csv").filter {
            $0["low"] == "0" && $0["high"] == "5" && $0["value"]!.isEmpty && region[$0["iso3"]!] != nil
        }
        #expect(report.contains("| 1= | \(lowest.count) economies tied |  | 0–5 % |"))
        #expect(lowest.count == 56)
        let flags = try #require(project.read("Reports/deepseek/data/flags.csv"))
        #expect(flags.contains("SYR,2025-H1,sanctioned,comprehensive,"))
        #expect(!flags.contains("SYR,2025-H2,sanctioned,comprehensive,"))
        // Regional programmes (Crimea, DNR/LNR) are their own flag, not Ukraine-wide sanctions.
        #expect(!flags.contains("UKR,2025-H2,sanctioned,"))
        #expect(flags.contains("UKR,2025-H2,sanctioned_region,regional,"))
    }

    @Test("the strict cut-off group's economies with data are exactly the six highest on the map")
    func strictGroup() throws {
        let rows = try Self.deepseekRows()
        let providers = try Self.rows("Data/reference/provider_unavailable.csv").filter {
            $0["status"] == "unavailable"
        }
        var gaps: [String: Set<String>] = [:]
        for row in providers { gaps[row["iso3"]!, default: []].insert(row["provider"]!) }
        var strict = Set(gaps.filter { $0.value.count == 3 }.keys)
        for row in try Self.rows("Data/reference/sanctions.csv") where row["scope"] == "comprehensive" {
            // In force on some day of H2 2025: no end date, or ending after 2025-07-01.
            if row["until"]!.isEmpty || row["until"]! > "2025-07-01" { strict.insert(row["iso3"]!) }
        }
        let withData = strict.filter { rows[$0]?.weight != nil }
        let highest = rows.filter { $0.value.weight != nil }.sorted {
            ($1.value.point, $0.key) < ($0.value.point, $1.key)
        }
        .prefix(6).map(\.key)
        #expect(withData == Set(highest))
        #expect(withData == ["CHN", "BLR", "CUB", "RUS", "IRN", "SYR"])

        let project = try Self.buildCopy()
        let aggregates = try #require(project.read("Reports/deepseek/data/aggregates.csv"))
        let fields = try #require(
            TestCSV.parse(aggregates).first {
                $0[0] == "us_ai_cut_off_strict" && $0[1] == "Cut off from US AI (strict)"
            })
        #expect(fields[10] == "6")
        let claims = try #require(project.read("Reports/deepseek/data/claims.csv"))
        #expect(
            claims.hasPrefix(
                "claim,definition,region,comparison,period,estimator,best_estimate,low,high,claimed_low,claimed_high,"
                    + "verdict,influential,decisive_exclusions,ratio_without_decisive\n"))
        #expect(claims.contains("cut-off-2x,strict,Cut off from US AI (strict),rest of world,2025-H2,weighted_mean,"))
        #expect(claims.contains("cut-off-2x,loose,Cut off from US AI (loose),rest of world,2025-H2,median,"))
    }

    @Test(
        "every report credits every source it used, from Data/sources.csv; the change map credits the data",
        arguments: [
            ("ai-diffusion", "Microsoft AI Economy Institute, AI Diffusion data"),
            ("deepseek", "Microsoft, Global AI Adoption in 2025"),
        ])
    func credits(pipeline: String, data: String) throws {
        let text = try String(contentsOf: RepositoryPaths.url("Reports/\(pipeline)/README.md"), encoding: .utf8)
        let report = try #require(text.components(separatedBy: "\nCredits: ").last)
        for source in [
            data, "MIT License", "World Development Indicators", "CC BY 4.0", "UN Statistics Division", "(M49)",
            "US Treasury OFAC", "OpenAI, supported countries", "Anthropic, Claude API", "Google, Gemini API",
            "Made with Natural Earth",
        ] {
            #expect(report.contains(source), "\(pipeline) does not credit \(source)")
        }
        // One place: the pipelines declare no credits of their own.
        let yaml = try String(contentsOf: RepositoryPaths.url("Pipelines/\(pipeline).yaml"), encoding: .utf8)
        #expect(!yaml.contains("\ncredits:"))
        if pipeline == "ai-diffusion" {
            let map = try String(
                contentsOf: RepositoryPaths.url("Reports/ai-diffusion/maps/change-ai_user_share-2025-H2-2026-Q1.svg"),
                encoding: .utf8)
            #expect(
                map.contains("Source: Microsoft AI Economy Institute, AI Diffusion data (Q1 2026 release), MIT License")
            )
            #expect(!map.contains("geo-ai diff"))
        }
    }

    @Test(
        "report prose uses labels and names, never metric or flag ids or codes",
        arguments: ["Reports/ai-diffusion/README.md", "Reports/deepseek/README.md"])
    func labelsInProse(path: String) throws {
        let text = try String(contentsOf: RepositoryPaths.url(path), encoding: .utf8)
        // File paths (sources, name audit, link targets such as maps/ai_user_share-2025-H1.svg) and the
        // methodology's label → id glossary may name ids.
        let prose = text.split(separator: "\n").filter { !$0.contains("`Data/") && !$0.hasPrefix("- **") }
            .joined(separator: "\n").replacing(/\]\([^)]*\)/, with: "]")
        for forbidden in [
            "ai_user_share", "ai\\_user\\_share", "deepseek_share", "deepseek\\_share", "western_ai_unavailable",
            "western ai unavailable", "cut off from us ai", "excluding CHN", "`sanctioned`", "`underserved`",
        ] {
            #expect(!prose.contains(forbidden), "\(path) still says \(forbidden)")
        }
    }

    @Test(
        "one meaning of underserved: every shipped pipeline declares the same rule, and both reports count 55 in H2 2025"
    )
    func oneUnderservedRule() throws {
        let rules = try ["ai-diffusion", "deepseek"].map { name -> String in
            let text = try String(contentsOf: RepositoryPaths.url("Pipelines/\(name).yaml"), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = try #require(lines.firstIndex { $0.hasPrefix("  underserved:") })
            return lines[start...].prefix { $0.hasPrefix("  ") }.joined(separator: "\n")
        }
        #expect(rules[0] == rules[1])
        for name in ["ai-diffusion", "deepseek"] {
            let flags = try String(contentsOf: RepositoryPaths.url("Reports/\(name)/data/flags.csv"), encoding: .utf8)
            #expect(flags.split(separator: "\n").filter { $0.contains(",2025-H2,underserved,") }.count == 55)
        }
        // By hand: economies with an AI user share below 10 % in 2025-H2.
        let below = try Self.rows("Data/usage/ai_user_share.csv").filter {
            $0["period"] == "2025-H2" && Double($0["value"]!)! < 10
        }
        #expect(below.count == 55)
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

    @Test("the summary gives each claim's verdict; the reasons stay in the claims section")
    func headlineVerdicts() throws {
        let project = try ShippedDataTests.buildCopy()
        let readme = try #require(project.read("Reports/deepseek/README.md"))
        let summary = try #require(readme.components(separatedBy: "## Key numbers").first)
        #expect(summary.components(separatedBy: "On the claim “").count - 1 == 2)
        #expect(summary.contains("In short:") && !summary.contains("What decides it"))
        let claims = try #require(readme.components(separatedBy: "## Claims checked").last)
        #expect(claims.contains("What decides it"), "the full paragraph is still in the report")
        // The categorical map of access to US AI services is in the report.
        #expect(readme.contains("(maps/us-ai-access-2025-H2.svg)"))
        let map = try #require(project.read("Reports/deepseek/maps/us-ai-access-2025-H2.svg"))
        #expect(map.contains("data-category=\"Comprehensive US sanctions\""))
    }
}
