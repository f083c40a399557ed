import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoPipeline

/// Project files are read straight into an array; the bytes must be the file's, whatever its
/// size, and a file whose size the system does not report is read to its end.
@Suite("Reading and writing project files")
struct FileReadingTests {
    @Test("every byte of the file, at sizes around the read chunk", arguments: [0, 1, 65_535, 65_536, 65_537, 300_001])
    func exactBytes(size: Int) throws {
        var generator = SplitMix64(state: UInt64(size) + 7)
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let project = try TemporaryProject()
        try project.write("Data/blob.bin", bytes: bytes)
        let path = project.root.appendingPathComponent("Data/blob.bin").path
        #expect(ProjectFiles.contents(atPath: path) == bytes)
        #expect(try ProjectFiles.read(absolute: path, shownAs: "Data/blob.bin") == bytes)
    }

    @Test("a file whose size is not reported is read to its end, one that cannot be opened is nil")
    func unreportedSize() throws {
        #if os(Linux)
            // The kernel reports size 0 for its own status files, yet they have lines.
            let status = try #require(ProjectFiles.contents(atPath: "/proc/self/status"))
            #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
        #endif
        #expect(ProjectFiles.contents(atPath: "/nonexistent/\(UUID().uuidString)") == nil)
    }
    @Test("a file replaced in one step holds the new bytes and leaves nothing beside it", arguments: [0, 1, 70_000])
    func replaced(size: Int) throws {
        let project = try TemporaryProject()
        try project.write(".geo-ai/file.bin", bytes: Array("old".utf8))
        let url = project.root.appendingPathComponent(".geo-ai/file.bin")
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try ProjectFiles.replaceFile(url, bytes: bytes)
        #expect(ProjectFiles.contents(atPath: url.path) == bytes)
        let folder = project.root.appendingPathComponent(".geo-ai").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file.bin"])
    }

    @Test("a replacement that cannot be made throws and keeps the file as it was, with nothing beside it")
    func replacementRefused() throws {
        let project = try TemporaryProject()
        try project.write(".geo-ai/file.bin", bytes: Array("old".utf8))
        // A folder where the file would go: the rename fails after the temporary file is written.
        let url = project.root.appendingPathComponent(".geo-ai/folder")
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: GeoError.self) { try ProjectFiles.replaceFile(url, bytes: Array("new".utf8)) }
        let folder = project.root.appendingPathComponent(".geo-ai").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["file.bin", "folder"])
        #expect(ProjectFiles.contents(atPath: folder + "/file.bin") == Array("old".utf8))
    }
}
