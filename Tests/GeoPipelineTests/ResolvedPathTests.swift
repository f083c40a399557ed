import Foundation
import GeoModel
import Testing

@testable import GeoPipeline

/// `ProjectFiles.resolvedPath(_:)` walks the path below the project root itself; the C library's
/// `realpath(3)` of the whole path is the reference it must agree with, link or no link.
@Suite("Resolving project paths")
struct ResolvedPathTests {
    /// A project (reached through a link to its folder, so that the root itself needs resolving)
    /// with files, folders, links inside it, links out of it and a dangling link.
    static func layout() throws -> (files: ProjectFiles, base: URL) {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("geo-ai-resolve-\(UUID().uuidString)")
        for folder in ["real/Data/usage", "real/Data/geo", "real/Données", "outside"] {
            try manager.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["real/Data/usage/a.csv", "real/Data/geo/b.json", "real/Données/été.csv", "outside/secret.csv"] {
            try Data("x\n".utf8).write(to: base.appendingPathComponent(file))
        }
        let links = [
            ("real/Data/link.csv", "usage/a.csv"),
            ("real/Data/linked", "geo"),
            ("real/Data/out.csv", "../../outside/secret.csv"),
            ("real/Data/outdir", base.appendingPathComponent("outside").path),
            ("real/Data/dangling.csv", "nowhere.csv"),
            ("project", "real"),
        ]
        for (path, destination) in links {
            try manager.createSymbolicLink(
                atPath: base.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        return (ProjectFiles(root: base.appendingPathComponent("project")), base)
    }

    @Test(
        "agrees with realpath(3) of the whole path",
        arguments: [
            "Data/usage/a.csv", "Data/geo/b.json", "Data", "Data/", "", "Data//usage/a.csv", "Data/missing.csv",
            "Missing/a.csv", "Data/usage/a.csv/more", "Data/link.csv", "Data/linked/b.json", "Data/out.csv",
            "Data/outdir/secret.csv", "Data/dangling.csv", "Data/./usage/a.csv", "Data/usage/../geo/b.json",
            "../outside/secret.csv", "Data/linked/../usage/a.csv", "Données/été.csv", "Données/../Data/geo/b.json",
            "Data/.hidden", "Data/..geo",
        ])
    func agrees(_ relative: String) throws {
        let (files, base) = try Self.layout()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(files.resolvedPath(relative) == ProjectFiles.realPath(files.path(relative)))
    }

    @Test("a project at the file system's root joins its paths with one slash")
    func atRoot() {
        let files = ProjectFiles(root: URL(fileURLWithPath: "/"))
        for relative in ["tmp", "usr/bin", "missing-\(UUID().uuidString)"] {
            #expect(files.resolvedPath(relative) == ProjectFiles.realPath("/" + relative))
        }
    }

    @Test("a link out of the project is refused; one inside it is not")
    func inside() throws {
        let (files, base) = try Self.layout()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(throws: Never.self) { try files.checkInside("Data/link.csv") }
        #expect(throws: Never.self) { try files.checkInside("Data/linked/b.json") }
        #expect(throws: Never.self) { try files.checkInside("Data/missing.csv") }
        #expect { try files.checkInside("Data/out.csv") } throws: { ($0 as? GeoError)?.code == .dataError }
        #expect { try files.checkInside("Data/outdir/secret.csv") } throws: { ($0 as? GeoError)?.code == .dataError }
    }
}
