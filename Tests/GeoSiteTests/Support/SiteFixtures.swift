import Foundation
import GeoSite

/// The fake `Reports/` tree under `Fixtures/Reports` and helpers to build and write sites.
enum SiteFixtures {
    /// The fixture `Reports/` folder.
    static var reportsFolder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw FixtureError("Fixtures folder missing from the test bundle")
            }
            return url.appendingPathComponent("Reports")
        }
    }

    /// Every report folder of the fixture tree, read as the CLI would.
    static func reports() throws -> [ReportFolder] {
        let root = try reportsFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        return try names.map { name in
            ReportFolder(pipeline: name, files: try files(under: root.appendingPathComponent(name)))
        }
    }

    /// Every file under a folder by relative path.
    static func files(under folder: URL) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            result[path] = Array(try Data(contentsOf: url))
        }
        return result
    }

    /// The fixture site, built.
    static func site() throws -> [String: [UInt8]] {
        try SiteBuilder.build(reports(), siteTitle: "AI usage by economy")
    }

    /// Writes a site into a new temporary folder and returns the folder.
    static func write(_ site: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("geo-site-\(UUID().uuidString)")
        for (path, bytes) in site {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    /// A page of the site as text.
    static func text(_ site: [String: [UInt8]], _ path: String) throws -> String {
        guard let bytes = site[path] else { throw FixtureError("\(path) is not in the site: \(site.keys.sorted())") }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A test setup failure with a message.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
