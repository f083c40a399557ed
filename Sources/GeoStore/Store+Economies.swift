public import GeoModel

extension Store {
    /// Replaces the `economies` reference table, so users can join codes to names and regions in `sqlite3`.
    ///
    /// Replacing with the same economies again leaves the table as it was. Empty texts
    /// (no M49 code, no region) are stored as NULL.
    ///
    /// ```
    /// sqlite3 .geo-ai/store.sqlite "select e.region, avg(o.value) from latest_observations o
    ///   join economies e using (iso3) where o.metric = 'ai_user_share' group by e.region"
    /// ```
    ///
    /// - Parameter economies: The whole reference table; each code once.
    /// - Throws: `GeoError` with code `.ioError` (or `.busy`); the old table is then kept.
    public func replaceEconomies(_ economies: [Economy]) throws(GeoError) {
        try writing(
            "replace the economies table", constraintHint: "Each economy may appear only once in the reference table."
        ) {
            try connection.execute("DELETE FROM economies")
            let insert = try connection.prepare(
                """
                INSERT INTO economies (
                    iso3, iso2, m49, name, region, subregion, intermediate_region, income_group,
                    population, working_age_population)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for economy in economies.sorted(by: { $0.iso3 < $1.iso3 }) {
                try insert.execute([
                    SQLiteValue(economy.iso3.rawValue), Self.nullIfEmpty(economy.iso2), Self.nullIfEmpty(economy.m49),
                    SQLiteValue(economy.name), Self.nullIfEmpty(economy.region), Self.nullIfEmpty(economy.subregion),
                    Self.nullIfEmpty(economy.intermediateRegion), Self.nullIfEmpty(economy.incomeGroup),
                    SQLiteValue(economy.population), SQLiteValue(economy.workingAgePopulation),
                ])
            }
        }
    }

    private static func nullIfEmpty(_ text: String) -> SQLiteValue {
        text.isEmpty ? .null : .text(text)
    }
}
