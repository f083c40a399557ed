import Foundation
import Testing

@testable import GeoPipeline

/// `ProjectFiles.names(inFolder:)` reads a folder with `readdir(3)`; Foundation's listing of the
/// same folder is the reference.
@Suite("Folder names")
struct FolderNamesTests {
    @Test("the same names as Foundation's contentsOfDirectory, dot files and non-ASCII names included")
    func sameAsFoundation() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("geo-ai-names-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in [
            "a.csv", ".geo-ai-tmp-Reports-1-2", "été.yaml", "..x", "日本.txt", String(repeating: "n", count: 255),
        ] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("link").path, withDestinationPath: "nowhere")
        let names = ProjectFiles.names(inFolder: folder.path)
        #expect(names.sorted() == (try manager.contentsOfDirectory(atPath: folder.path)).sorted())
        #expect(names.count == 8)
    }

    @Test("a missing folder, or a file, has no names")
    func missing() throws {
        #expect(ProjectFiles.names(inFolder: "/nonexistent-\(UUID().uuidString)").isEmpty)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("geo-ai-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(ProjectFiles.names(inFolder: file.path).isEmpty)
    }
}
