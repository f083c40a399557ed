import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoPipeline

/// A no-op build after another pipeline's build keeps the stamps it had to refresh, so the
/// next no-op hashes nothing.
@Suite("Build stamps")
struct BuildStampTests {
    func build(_ project: TemporaryProject, _ pipelines: [String] = [], force: Bool = false) throws
        -> BuildRunner
        .Outcome
    {
        var options = BuildRunner.Options()
        options.pipelines = pipelines
        options.force = force
        return try BuildRunner(files: ProjectFiles(root: project.root)).run(options)
    }

    /// Files under `Reports/first/` whose manifest stamp no longer matches the file on disk.
    func staleStamps(_ project: TemporaryProject) -> [String] {
        let manifest = BuildManifest.load(files: ProjectFiles(root: project.root))
        let folder = project.root.appendingPathComponent("Reports/first")
        let names = ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).filter { name in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            return exists && !isFolder.boolValue
        }
        #expect(names.count >= 3, "the first pipeline wrote files")
        return names.sorted().filter { name in
            let path = folder.appendingPathComponent(name).standardizedFileURL.path
            guard let stamp = manifest.stamps[path], let now = FileStamp.stat(path) else { return true }
            return stamp.size != now.size || stamp.modified != now.modified || stamp.inode != now.inode
        }
    }

    @Test("a no-op build refreshes the stamps a build of another pipeline made stale")
    func refreshes() throws {
        let second = SamplePipeline.yaml.replacingOccurrences(of: "Sample pipeline", with: "Second pipeline")
        let project = try TemporaryProject(files: [
            "Pipelines/first.yaml": SamplePipeline.yaml, "Pipelines/second.yaml": second,
            "Data/usage/sample.csv": SamplePipeline.csv,
        ])
        _ = try build(project)
        #expect(staleStamps(project).isEmpty)
        // Rebuilding `second` writes the whole Reports/ folder again: `first`'s files are copies.
        _ = try build(project, ["second"], force: true)
        #expect(!staleStamps(project).isEmpty)
        let noop = try build(project)
        #expect(noop.upToDate == ["first", "second"])
        #expect(staleStamps(project).isEmpty)
    }
}
