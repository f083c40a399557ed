public import GeoModel

/// Reads the reference tables in `Data/reference/` into ``ReferenceTables``.
///
/// Every field is read as text first: Namibia's ISO2 is `NA`, M49 codes keep their
/// leading zeros, an empty population is unknown rather than zero.
public enum ReferenceLoader {
    /// One reference file's text and the path it came from.
    public struct File: Sendable {
        /// The path, for error locations.
        public let path: String
        /// The decoded text.
        public let text: String

        /// Creates a file description.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The file names the loader expects under the reference folder.
    public static let fileNames = (
        countries: "countries.csv", aliases: "aliases.csv", ambiguous: "ambiguous.csv", sanctions: "sanctions.csv",
        providers: "provider_unavailable.csv"
    )

    /// Parses the five reference files.
    ///
    /// - Throws: ``GeoError`` `.dataError` naming the file, line and column of the first bad value.
    public static func load(countries: File, aliases: File, ambiguous: File, sanctions: File, providers: File)
        throws(GeoError) -> ReferenceTables
    {
        let economies = try loadEconomies(countries)
        func code(_ table: CSVTable, _ row: CSVRecord, _ column: Int) throws(GeoError) -> AreaCode {
            let text = table.value(row, column)
            guard let code = AreaCode(text), economies[code] != nil else {
                throw GeoError(
                    .dataError, "'\(text)' is not an ISO3 code in \(fileNames.countries)",
                    at: table.location(row, column),
                    hint: "Use a code listed in \(fileNames.countries).")
            }
            return code
        }

        let aliasTable = try CSVTable(text: aliases.text, path: aliases.path)
        let aliasCode = try aliasTable.requireColumn(["iso3"], purpose: "economy code")
        let aliasName = try aliasTable.requireColumn(["alias"], purpose: "alternative name")
        var aliasList: [(alias: String, iso3: AreaCode)] = []
        for row in aliasTable.rows {
            aliasList.append((aliasTable.value(row, aliasName), try code(aliasTable, row, aliasCode)))
        }

        let ambiguousTable = try CSVTable(text: ambiguous.text, path: ambiguous.path)
        let ambiguousName = try ambiguousTable.requireColumn(["alias", "name"], purpose: "ambiguous name")
        let ambiguousCandidates = try ambiguousTable.requireColumn(["candidates"], purpose: "candidate codes")
        let ambiguousNote = ambiguousTable.column("note")
        var ambiguousList: [(name: String, candidates: [AreaCode], note: String)] = []
        for row in ambiguousTable.rows {
            var candidates: [AreaCode] = []
            for part in ambiguousTable.value(row, ambiguousCandidates).split(separator: "|") {
                guard let candidate = AreaCode(String(part)), economies[candidate] != nil else {
                    throw GeoError(
                        .dataError, "'\(part)' is not an ISO3 code",
                        at: ambiguousTable.location(row, ambiguousCandidates),
                        hint: "List candidates as ISO3 codes separated by '|'.")
                }
                candidates.append(candidate)
            }
            ambiguousList.append(
                (ambiguousTable.value(row, ambiguousName), candidates, ambiguousTable.value(row, ambiguousNote)))
        }

        let sanctionTable = try CSVTable(text: sanctions.text, path: sanctions.path)
        let columns = try (
            iso3: sanctionTable.requireColumn(["iso3"], purpose: "economy code"),
            area: sanctionTable.requireColumn(["country"], purpose: "area"),
            authority: sanctionTable.requireColumn(["authority"], purpose: "authority"),
            programme: sanctionTable.requireColumn(["program", "programme"], purpose: "programme"),
            scope: sanctionTable.requireColumn(["scope"], purpose: "scope"),
            since: sanctionTable.requireColumn(["since"], purpose: "first day in force"),
            until: sanctionTable.requireColumn(["until"], purpose: "first day no longer in force")
        )
        let sanctionURL = sanctionTable.column("source_url")
        var programmes: [SanctionProgramme] = []
        for row in sanctionTable.rows {
            programmes.append(
                SanctionProgramme(
                    iso3: try code(sanctionTable, row, columns.iso3), area: sanctionTable.value(row, columns.area),
                    authority: sanctionTable.value(row, columns.authority),
                    programme: sanctionTable.value(row, columns.programme),
                    scope: sanctionTable.value(row, columns.scope),
                    since: try day(sanctionTable, row, columns.since),
                    until: try day(sanctionTable, row, columns.until),
                    sourceURL: sanctionTable.value(row, sanctionURL)))
        }

        let providerTable = try CSVTable(text: providers.text, path: providers.path)
        let providerID = try providerTable.requireColumn(["provider"], purpose: "provider id")
        let providerName = providerTable.column("provider_name")
        let providerCode = try providerTable.requireColumn(["iso3"], purpose: "economy code")
        let providerStatus = providerTable.column("status")
        let providerAsOf = providerTable.column("as_of")
        let providerURL = providerTable.column("source_url")
        var gaps: [ProviderGap] = []
        for row in providerTable.rows
        where providerTable.value(row, providerStatus).isEmpty
            || providerTable.value(row, providerStatus) == "unavailable"
        {
            let id = providerTable.value(row, providerID)
            let name = providerTable.value(row, providerName)
            gaps.append(
                ProviderGap(
                    provider: id, providerName: name.isEmpty ? id : name,
                    iso3: try code(providerTable, row, providerCode),
                    asOf: providerTable.value(row, providerAsOf), sourceURL: providerTable.value(row, providerURL)))
        }
        return ReferenceTables(
            economies: economies, aliases: aliasList, ambiguous: ambiguousList, sanctions: programmes,
            providerGaps: gaps)
    }

    private static func loadEconomies(_ file: File) throws(GeoError) -> [AreaCode: Economy] {
        let table = try CSVTable(text: file.text, path: file.path)
        let iso3 = try table.requireColumn(["iso3"], purpose: "economy code")
        let name = try table.requireColumn(["name"], purpose: "canonical name")
        let iso2 = table.column("iso2")
        let m49 = table.column("m49")
        let region = table.column("m49_region")
        let subregion = table.column("m49_subregion")
        let intermediate = table.column("m49_intermediate_region")
        let income = table.column("wb_income_group")
        let population = table.column("population")
        let workingAge = table.column("working_age_population")
        var economies: [AreaCode: Economy] = [:]
        for row in table.rows {
            let text = table.value(row, iso3)
            guard let code = AreaCode(iso3: text) else {
                throw GeoError(
                    .dataError, "'\(text)' is not an ISO3 code", at: table.location(row, iso3),
                    hint: "Codes are three upper-case letters, e.g. KOR.")
            }
            guard economies[code] == nil else {
                throw GeoError(
                    .dataError, "economy \(code) is listed twice", at: table.location(row, iso3),
                    hint: "Keep one row per economy.")
            }
            economies[code] = Economy(
                iso3: code, iso2: table.value(row, iso2), m49: table.value(row, m49), name: table.value(row, name),
                region: table.value(row, region), subregion: table.value(row, subregion),
                intermediateRegion: table.value(row, intermediate), incomeGroup: table.value(row, income),
                population: try count(table, row, population), workingAgePopulation: try count(table, row, workingAge))
        }
        return economies
    }

    private static func count(_ table: CSVTable, _ row: CSVRecord, _ column: Int?) throws(GeoError) -> Double? {
        guard let column else { return nil }
        switch ValueParser.parse(table.value(row, column)) {
        case .missing: return nil
        case .number(let value, hadPercentSign: false) where value >= 0: return value
        default:
            throw GeoError(
                .dataError, "'\(table.value(row, column))' is not a population count", at: table.location(row, column),
                hint: "Write a whole number of people, or leave the cell empty when unknown.")
        }
    }

    private static func day(_ table: CSVTable, _ row: CSVRecord, _ column: Int) throws(GeoError) -> Day? {
        let text = table.value(row, column)
        if text.isEmpty { return nil }
        guard let day = Day(iso: text) else {
            throw GeoError(
                .dataError, "'\(text)' is not a date", at: table.location(row, column),
                hint: "Write dates as YYYY-MM-DD, or leave the cell empty when not sourced.")
        }
        return day
    }
}
