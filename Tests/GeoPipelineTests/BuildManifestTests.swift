import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoPipeline

/// The build manifest is written with `JSONEncoder` and read back by hand with the package's
/// JSON reader: what is saved must load equal, to the last bit of every stamp.
@Suite("The build manifest")
struct BuildManifestTests {
    @Test("loads what it saved, with names to escape and stamps beyond a Double's integers")
    func roundTrip() throws {
        let project = try TemporaryProject()
        let files = ProjectFiles(root: project.root)
        var manifest = BuildManifest()
        manifest.pipelines["ai-diffusion"] = BuildManifest.Entry(
            inputs: String(repeating: "ab", count: 32), paths: ["Pipelines/ai-diffusion.yaml", "Data/ü \"q\"\\x.csv"],
            database: "/tmp/a b/store.sqlite", outputs: ["README.md": "00", "maps/x\ty.svg": "ff"])
        manifest.pipelines["empty"] = BuildManifest.Entry(inputs: "", database: "", outputs: [:])
        manifest.stamps["/p/🙂.csv"] = FileStamp(
            size: 0, modified: Int64.max - 1, inode: UInt64.max - 2, sha256: "e3b0")
        manifest.stamps["/p/old"] = FileStamp(size: 1 << 40, modified: -1_000_000_001, inode: 0, sha256: "")
        manifest.stamps["/p/now"] = FileStamp(
            size: 12, modified: 1_764_700_000_123_456_789, inode: 9_007_199_254_740_993, sha256: "x")
        try manifest.save(files: files)
        #expect(BuildManifest.load(files: files) == manifest)
    }

    @Test(
        "a manifest it cannot read is empty, so everything is built",
        arguments: [
            "", "{", "[]", #"{"pipelines": {}}"#,
            // Written before stamps held their times as text.
            #"{"pipelines": {}, "stamps": {"/p": {"size": 1, "modified": 1764700000123456789, "inode": 5, "sha256": "x"}}}"#,
            #"{"pipelines": {"p": {"inputs": 1, "database": "", "outputs": {}}}, "stamps": {}}"#,
        ])
    func unreadable(_ text: String) throws {
        let project = try TemporaryProject(files: [BuildManifest.path: text])
        #expect(BuildManifest.load(files: ProjectFiles(root: project.root)) == BuildManifest())
    }

    /// Stamps are keyed by ``ProjectFiles/path(_:)``; it must be the path of the file's URL.
    @Test(
        "a project path joined as text is its URL's path",
        arguments: ["Data/usage/x.csv", "Reports/a b/ü \"q\".svg", "x", ".geo-ai/store.sqlite", "Data/%20.csv"])
    func pathAsText(_ relative: String) throws {
        let project = try TemporaryProject()
        let files = ProjectFiles(root: project.root)
        #expect(files.path(relative) == files.url(relative).path)
        #expect(
            ProjectFiles(root: URL(fileURLWithPath: "/")).path(relative)
                == URL(fileURLWithPath: "/").appendingPathComponent(relative).path)
    }
}
