import Foundation
import GeoModel
import GeoTestSupport
import Testing

@testable import GeoPipeline

/// One build's hasher remembers what it found, so that the reference tables every pipeline reads
/// are checked and stat'ed once; what it refuses, it refuses every time.
@Suite("Stamped hasher")
struct StampedHasherTests {
    @Test("a file's hash is its SHA-256, and a recorded write replaces it")
    func hashes() throws {
        let (files, base) = try ResolvedPathTests.layout()
        defer { try? FileManager.default.removeItem(at: base) }
        let path = files.path("Data/usage/a.csv")
        var hasher = StampedHasher(stamps: [:])
        let sha256sum = try #require(ExternalTool.find("sha256sum"), "coreutils' sha256sum is the reference")
        let printed = String(decoding: try ExternalTool.run(sha256sum, [path]), as: UTF8.self)
        let first = try hasher.hash(path, shownAs: "Data/usage/a.csv", referencedFrom: nil)
        #expect(first == printed.split(separator: " ").first.map(String.init))
        #expect(try hasher.hash(path, shownAs: "Data/usage/a.csv", referencedFrom: nil) == first)
        hasher.record(path, sha256: "written")
        #expect(try hasher.hash(path, shownAs: "Data/usage/a.csv", referencedFrom: nil) == "written")
    }

    @Test("a path a link leads out of the project is refused at every check, not only the first")
    func refusesEveryTime() throws {
        let (files, base) = try ResolvedPathTests.layout()
        defer { try? FileManager.default.removeItem(at: base) }
        var hasher = StampedHasher(stamps: [:])
        let location = SourceLocation(path: "Pipelines/p.yaml")
        for _ in 0..<2 {
            #expect(throws: Never.self) { try hasher.checkInside("Data/link.csv", of: files, referencedFrom: location) }
            #expect {
                try hasher.checkInside("Data/out.csv", of: files, referencedFrom: location)
            } throws: { ($0 as? GeoError)?.code == .dataError }
        }
    }
}
