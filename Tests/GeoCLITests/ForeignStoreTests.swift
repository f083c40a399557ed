import Foundation
import GeoTestSupport
import Testing

/// A store that is not geo-ai's (or from a newer geo-ai) is refused before anything is written.
@Suite("A store that is not ours stays untouched")
struct ForeignStoreTests {
    /// Runs SQL through the sqlite3 shell.
    static func sqlite(_ database: URL, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database.path, sql]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    @Test(
        "build and ingest refuse the file with exit 74 and leave its bytes identical",
        arguments: [
            // Someone else's database that happens to look like an old geo-ai store.
            "PRAGMA user_version = 1; CREATE TABLE economies (iso3 TEXT, name TEXT); INSERT INTO economies VALUES ('XXX', 'mine');",
            // Another application's id.
            "PRAGMA application_id = 1234; CREATE TABLE notes (text TEXT);",
            // A geo-ai store from the future.
            "PRAGMA application_id = 1195724609; PRAGMA user_version = 99; CREATE TABLE sources (id INTEGER);",
        ])
    func refused(sql: String) throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let store = project.root.appendingPathComponent("other.sqlite")
        try Self.sqlite(store, "PRAGMA journal_mode = DELETE; " + sql)
        let before = try Data(contentsOf: store)
        for arguments in [
            ["build", "--db", "other.sqlite"],
            ["ingest", "Data/usage/sample.csv", "--alias", "Congo=COG", "--db", "other.sqlite"],
        ] {
            let run = CLIRun(arguments, in: project.root)
            #expect(run.status == 74, "\(arguments): \(run.err)")
            #expect(run.err.contains("other.sqlite"), "\(run.err)")
            #expect(try Data(contentsOf: store) == before, "\(arguments) changed the file")
            #expect(!FileManager.default.fileExists(atPath: store.path + "-wal"))
        }
    }

    @Test("a new store carries geo-ai's application_id; a store from before the id is recognised and marked")
    func marksNewStore() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let store = project.root.appendingPathComponent(".geo-ai/store.sqlite")
        #expect(CLIRun(["build", "--quiet"], in: project.root).status == 0)
        // The SQLite header stores the application id big-endian at offset 68: "GEOA".
        #expect(Array(try Data(contentsOf: store)[68..<72]) == Array("GEOA".utf8))
        // A store written by geo-ai before it set the id: recognised by its schema.
        try Self.sqlite(store, "PRAGMA application_id = 0")
        #expect(Array(try Data(contentsOf: store)[68..<72]) == [0, 0, 0, 0])
        let again = CLIRun(["build", "--force", "--quiet"], in: project.root)
        #expect(again.status == 0, "\(again.err)")
        #expect(Array(try Data(contentsOf: store)[68..<72]) == Array("GEOA".utf8))
    }
}
