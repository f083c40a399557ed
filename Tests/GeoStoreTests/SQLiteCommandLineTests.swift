import Foundation
import GeoModel
import GeoStore
import Testing

/// The store file as users see it through the `sqlite3` command-line shell.
struct SQLiteCommandLineTests {
    static let shell = "/usr/bin/sqlite3"

    /// Runs `sqlite3 database sql` and returns its standard output.
    private func sqlite3(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: Self.shell)
        process.arguments = [database, sql]
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// Fails the test, never skips it, when the `sqlite3` shell is missing.
    private func requireShell() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.shell),
            "\(Self.shell) is missing: install it with `apt-get install sqlite3` (CI installs it)")
    }

    @Test("the store opens in sqlite3, and latest_observations shows the newest revision")
    func storeOpensInSQLite3() throws {
        try requireShell()
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent(".geo-ai/store.sqlite").path
            do {
                let store = try Store(path: path, configuration: Fixtures.configuration)
                try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
                try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 31.4)])
                try store.replaceEconomies([
                    Economy(
                        iso3: try #require(AreaCode("KOR")), iso2: "KR", m49: "410", name: "Republic of Korea",
                        region: "Asia", subregion: "Eastern Asia", intermediateRegion: "", incomeGroup: "High income",
                        population: nil, workingAgePopulation: nil)
                ])
                // Read while the store is still open: WAL lets readers in.
                #expect(try sqlite3(path, "select count(*) from observations") == "4\n")
            }
            #expect(try sqlite3(path, "pragma user_version") == "3\n")
            #expect(
                try sqlite3(
                    path,
                    """
                    select pipeline, period, revision, iso3, value, source_path, source_line
                    from latest_observations order by iso3
                    """
                ) == """
                    ai-diffusion|2025-H2|2|KOR|31.4|Data/usage.csv|2
                    ai-diffusion|2025-H2|2|USA|28.3|Data/usage.csv|3

                    """
            )
            #expect(
                try sqlite3(path, "select e.name, o.value from latest_observations o join economies e using (iso3)")
                    == "Republic of Korea|31.4\n")
        }
    }

    @Test("a file two pipelines read is stored once: sqlite3 counts its observations once")
    func sharedFileIsCountedOnce() throws {
        try requireShell()
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent(".geo-ai/store.sqlite").path
            do {
                let store = try Store(path: path, configuration: Fixtures.configuration)
                try store.record(pipeline: "ai-diffusion", files: [try Fixtures.usage(koreaValue: 30.1)])
                try store.record(pipeline: "deepseek", files: [try Fixtures.usage(koreaValue: 30.1)])
            }
            #expect(try sqlite3(path, "select count(*) from observations where metric='ai_user_share'") == "2\n")
            #expect(
                try sqlite3(path, "select pipeline, iso3 from latest_observations order by pipeline, iso3") == """
                    ai-diffusion|KOR
                    ai-diffusion|USA
                    deepseek|KOR
                    deepseek|USA

                    """)
        }
    }
}
