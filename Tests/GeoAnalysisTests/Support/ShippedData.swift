import Foundation
import GeoModel
import GeoTestSupport
import Testing

/// The shipped reference and usage tables, read with a deliberately small CSV reader so the
/// analysis tests do not depend on the ingest module.
enum ShippedData {
    /// Reference tables from `Data/reference` (economies, sanctions, provider gaps).
    static let tables: ReferenceTables = {
        var economies: [AreaCode: Economy] = [:]
        for row in records("Data/reference/countries.csv") {
            guard let iso3 = AreaCode(row["iso3", default: ""]) else { continue }
            economies[iso3] = Economy(
                iso3: iso3, iso2: row["iso2", default: ""], m49: row["m49", default: ""],
                name: row["name", default: ""], region: row["m49_region", default: ""],
                subregion: row["m49_subregion", default: ""],
                intermediateRegion: row["m49_intermediate_region", default: ""],
                incomeGroup: row["wb_income_group", default: ""], population: Double(row["population", default: ""]),
                workingAgePopulation: Double(row["working_age_population", default: ""]))
        }
        let sanctions = records("Data/reference/sanctions.csv").compactMap { row -> SanctionProgramme? in
            guard let iso3 = AreaCode(row["iso3", default: ""]) else { return nil }
            return SanctionProgramme(
                iso3: iso3, area: row["country", default: ""], authority: row["authority", default: ""],
                programme: row["program", default: ""], scope: row["scope", default: ""],
                since: Day(iso: row["since", default: ""]), until: Day(iso: row["until", default: ""]),
                sourceURL: row["source_url", default: ""])
        }
        let gaps = records("Data/reference/provider_unavailable.csv").compactMap { row -> ProviderGap? in
            guard let iso3 = AreaCode(row["iso3", default: ""]), row["status"] == "unavailable" else { return nil }
            return ProviderGap(
                provider: row["provider", default: ""], providerName: row["provider_name", default: ""], iso3: iso3,
                asOf: row["as_of", default: ""], sourceURL: row["source_url", default: ""])
        }
        return ReferenceTables(
            economies: economies, aliases: [], ambiguous: [], sanctions: sanctions, providerGaps: gaps)
    }()

    /// `ai_user_share`: percent of the working-age population, weighted by working-age population.
    static let aiUserShare = Metric(
        id: "ai_user_share", label: "AI user share", unit: .percent, weight: .workingAgePopulation)

    /// `deepseek_share`: percent of AI users, weighted by AI users.
    static let deepseekShare = Metric(
        id: "deepseek_share", label: "DeepSeek share", unit: .percent, weight: .users(of: "ai_user_share"))

    /// The 441 rows of `Data/usage/ai_user_share.csv`.
    static let aiUserShareObservations: [Observation] = observations("Data/usage/ai_user_share.csv")

    /// The mapped rows of `Data/usage/deepseek_share_2025H2.csv` (rows without a code are skipped).
    static let deepseekObservations: [Observation] = observations("Data/usage/deepseek_share_2025H2.csv")

    private static func observations(_ path: String) -> [Observation] {
        records(path).enumerated().compactMap { index, row -> Observation? in
            guard let iso3 = AreaCode(row["iso3", default: ""]), let period = Period(row["period", default: ""]) else {
                return nil
            }
            let label = row["class_label"]
            let value = Double(row["value", default: ""])
            let low = Double(row["low", default: ""])
            let high = Double(row["high", default: ""])
            let insufficient = label == "insufficient data"
            return Observation(
                iso3: iso3, period: period, metric: row["metric", default: ""], value: value, low: low, high: high,
                status: insufficient ? .insufficientData : .reported, label: label,
                origin: SourceLocation(path: path, line: index + 2), sourceID: row["source"])
        }
    }

    /// The rows of a CSV file as header → field dictionaries; a file that cannot be read fails
    /// the test instead of giving no rows to check.
    static func records(_ path: String) -> [[String: String]] {
        do {
            return try TestCSV.records(inRepositoryFile: path)
        } catch {
            Issue.record("cannot read \(path): \(error)")
            return []
        }
    }
}
