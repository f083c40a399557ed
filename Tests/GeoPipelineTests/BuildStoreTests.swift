import Foundation
import GeoModel
import GeoPipeline
import GeoStore
import GeoTestSupport
import Testing

/// A build records in the store while it makes the reports, in one transaction that commits
/// only once they are made: an error found while making them changes nothing.
@Suite("The store in a build")
struct BuildStoreTests {
    /// A pipeline whose custom grouping file is read while the reports are made.
    static let files = GroupingsAndClaimsTests.files

    func build(_ project: TemporaryProject) throws(GeoError) -> BuildRunner.Outcome {
        try BuildRunner(files: ProjectFiles(root: project.root)).run(BuildRunner.Options())
    }

    func snapshots(_ project: TemporaryProject) throws -> [Snapshot] {
        try Store(path: project.root.appendingPathComponent(".geo-ai/store.sqlite").path).snapshots()
    }

    @Test("an error while making the reports leaves the store as it was")
    func failedReportsKeepTheStore() throws {
        let project = try TemporaryProject(files: Self.files)
        let first = try build(project)
        #expect(first.storeSummary == ["g: stored 2025-H1 revision 1"])
        let before = try snapshots(project)
        // New data (a new revision, were it recorded) and a grouping file naming no economy.
        try project.write(
            "Data/usage/g.csv",
            "country,period,metric,value\nChad,2025-H1,share,6\nMali,2025-H1,share,15\nPeru,2025-H1,share,30\n")
        try project.write("Data/groupings/ab.csv", "iso3,group\nTCD,A\nMLI,A\nPER,B\nXXX,B\n")
        let error = try #require(throws: GeoError.self) { try build(project) }
        #expect(error.description.contains("Data/groupings/ab.csv"))
        #expect(try snapshots(project) == before)
        #expect(project.read("Reports/g/data/aggregates.csv")?.contains("custom,A,2025-H1,share,10,") == true)
    }

    @Test("a first build that fails while making the reports leaves no store")
    func failedFirstBuildLeavesNoStore() throws {
        var files = Self.files
        files["Data/groupings/ab.csv"] = "iso3,group\nTCD,A\nXXX,B\n"
        let project = try TemporaryProject(files: files)
        _ = try #require(throws: GeoError.self) { try build(project) }
        let folder = project.root.appendingPathComponent(".geo-ai")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        #expect(!left.contains { $0.hasPrefix("store.sqlite") }, "\(left)")
    }

    @Test("a store that cannot be written leaves Reports/ as it was and no staged copy")
    func failedStoreKeepsReports() throws {
        let project = try TemporaryProject(files: Self.files)
        _ = try build(project)
        let before = project.contents(under: "Reports")
        try project.write("Data/usage/g.csv", "country,period,metric,value\nChad,2025-H1,share,6\n")
        // A folder where the store file should be: opening it fails while the reports are made.
        var options = BuildRunner.Options()
        options.databasePath = project.root.appendingPathComponent("Data").path
        let error = try #require(throws: GeoError.self) {
            try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
        }
        #expect(error.code == .ioError)
        #expect(project.contents(under: "Reports") == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
        #expect(!names.contains { $0.hasPrefix(".geo-ai-tmp-") }, "\(names)")
    }
}
