import Foundation
import GeoTestSupport
import Testing

/// Symbolic links never lead geo-ai out of the project: nothing is read through them or republished.
@Suite("Symbolic links are not followed out of the project")
struct LinkSafetyTests {
    /// A built sample project and a secret file outside it.
    static func project() throws -> (TemporaryProject, secret: URL) {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let build = CLIRun(["build", "--quiet"], in: project.root)
        try #require(build.status == 0, "\(build.err)")
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("geo-ai-secret-\(UUID().uuidString)")
        try Data("SECRET-TOKEN=hunter2\n".utf8).write(to: secret)
        return (project, secret)
    }

    /// The files under the project (not counting the planted link itself) that hold the secret's text.
    static func leaked(_ project: TemporaryProject) -> [String] {
        project.contents(under: "").filter { path, bytes in
            let isLink =
                (try? FileManager.default.destinationOfSymbolicLink(
                    atPath: project.root.appendingPathComponent(path).path)) != nil
            return !isLink && String(decoding: bytes, as: UTF8.self).contains("hunter2")
        }.keys.sorted()
    }

    @Test("a link under Reports/ is refused by build and by publish, located, and nothing copies it")
    func linkUnderReports() throws {
        let (project, secret) = try Self.project()
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("Reports/notes"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: project.root.appendingPathComponent("Reports/notes/README.md"), withDestinationURL: secret)
        let reports = project.contents(under: "Reports")
        let build = CLIRun(["build", "--force"], in: project.root)
        #expect(build.status == 73, "\(build.out)\(build.err)")
        #expect(
            build.err.contains("Reports/notes/README.md: error: 'Reports/notes/README.md' is a symbolic link"),
            "\(build.err)")
        let publish = CLIRun(["publish"], in: project.root)
        #expect(publish.status == 65, "\(publish.out)\(publish.err)")
        #expect(publish.err.contains("Reports/notes/README.md: error:"), "\(publish.err)")
        #expect(project.contents(under: "Reports") == reports)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("_site").path))
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: project.root.appendingPathComponent("Reports/notes/README.md").path)
        #expect(link == secret.path)
        #expect(Self.leaked(project).isEmpty, "copied: \(Self.leaked(project))")
    }

    @Test("a source whose path leads outside the project through a link is refused, exit 65")
    func sourceThroughLink() throws {
        let (project, secret) = try Self.project()
        defer { try? FileManager.default.removeItem(at: secret) }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "geo-ai-outside-\(UUID().uuidString).csv")
        try Data(SamplePipeline.csv.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let source = project.root.appendingPathComponent("Data/usage/sample.csv")
        try FileManager.default.removeItem(at: source)
        try FileManager.default.createSymbolicLink(at: source, withDestinationURL: outside)
        let run = CLIRun(["validate"], in: project.root)
        #expect(run.status == 65, "\(run.out)\(run.err)")
        #expect(
            run.err.contains(
                "Pipelines/sample.yaml: error: 'Data/usage/sample.csv' leads outside the project through a symbolic link"
            ), "\(run.err)")
    }

    @Test("geometry whose folder links outside the project is refused, exit 65, Reports/ unchanged")
    func geometryThroughLink() throws {
        let (project, secret) = try Self.project()
        defer { try? FileManager.default.removeItem(at: secret) }
        let geo = project.root.appendingPathComponent("Data/geo")
        try FileManager.default.removeItem(at: geo)
        try FileManager.default.createSymbolicLink(at: geo, withDestinationURL: RepositoryPaths.url("Data/geo"))
        let reports = project.contents(under: "Reports")
        let run = CLIRun(["build", "--force"], in: project.root)
        #expect(run.status == 65, "\(run.out)\(run.err)")
        #expect(
            run.err.contains("'Data/geo/countries-110m.geojson' leads outside the project through a symbolic link"),
            "\(run.err)")
        #expect(project.contents(under: "Reports") == reports)
    }
}
