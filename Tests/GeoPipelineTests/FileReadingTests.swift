import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoPipeline

/// Project files are read straight into an array; the bytes must be the file's, whatever its
/// size, and a file whose size the system does not report is read to its end.
@Suite("Reading project files")
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
}
