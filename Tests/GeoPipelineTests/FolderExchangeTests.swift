import Foundation
import GeoModel
import Testing

@testable import GeoPipeline

/// Replacing a folder when the atomic exchange is unavailable: the two-rename fallback, forced
/// here because the test machine's file system can exchange.
@Suite("Folder exchange and its fallback")
struct FolderExchangeTests {
    /// A scratch folder holding `target/` with the old files.
    final class Scratch {
        let parent: URL
        var target: URL { parent.appendingPathComponent("Reports") }

        init(old: [String: String]) throws {
            parent = FileManager.default.temporaryDirectory.appendingPathComponent(
                "geo-ai-exchange-\(UUID().uuidString)")
            for (path, text) in old { try write(text, to: target.appendingPathComponent(path)) }
        }

        func write(_ text: String, to url: URL) throws {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        /// Every file under `folder`, relative, with its text.
        func contents(of folder: URL) -> [String: String] {
            var result: [String: String] = [:]
            for path in OutputWriter.listFiles(under: folder) {
                result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                    .map { String(decoding: $0, as: UTF8.self) }
            }
            return result
        }

        /// The names in the parent folder.
        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted() }

        deinit { try? FileManager.default.removeItem(at: parent) }
    }

    static let old = ["a/README.md": "old report", "a/maps/m.svg": "<svg>old</svg>", "b/README.md": "old b"]
    static let new = ["a/README.md": "new report", "a/data/t.csv": "x,y\n"]

    static func tree(_ files: [String: String]) -> OutputTree {
        var tree = OutputTree()
        for (path, text) in files { tree.add(path, bytes: Array(text.utf8)) }
        return tree
    }

    @Test(
        "either method leaves exactly the new tree and nothing aside",
        arguments: [FolderExchange.Method.exchange, .renameAside])
    func replaces(_ method: FolderExchange.Method) throws {
        let scratch = try Scratch(old: Self.old)
        try OutputWriter.replace(folder: scratch.target, shownAs: "Reports", with: Self.tree(Self.new), method: method)
        #expect(scratch.contents(of: scratch.target) == Self.new)
        #expect(scratch.entries == ["Reports"], "the old tree or the staging folder was left behind")
    }

    @Test("when the new folder cannot be moved in, the old one is put back unchanged")
    func failedSecondRename() throws {
        let scratch = try Scratch(old: Self.old)
        let missing = scratch.parent.appendingPathComponent("never-staged")
        #expect(throws: GeoError.self) {
            _ = try FolderExchange.replace(scratch.target, with: missing, shownAs: "Reports", method: .renameAside)
        }
        #expect(scratch.contents(of: scratch.target) == Self.old)
        #expect(scratch.entries == ["Reports"])
    }

    @Test("a folder left aside by a killed swap is restored when its target is missing, and only then")
    func restoresAside() throws {
        // Killed between the two renames: the old tree aside, no target, the staged new tree beside it.
        let scratch = try Scratch(old: [:])
        let aside = scratch.parent.appendingPathComponent("\(FolderExchange.asidePrefix)Reports-4242")
        for (path, text) in Self.old { try scratch.write(text, to: aside.appendingPathComponent(path)) }
        try FolderExchange.restoreAsideFolders(in: scratch.parent)
        #expect(scratch.contents(of: scratch.target) == Self.old)
        #expect(scratch.entries == ["Reports"])

        // Killed after the second rename: the new tree in place; the aside copy is a leftover.
        for (path, text) in Self.old { try scratch.write(text, to: aside.appendingPathComponent(path)) }
        try FolderExchange.restoreAsideFolders(in: scratch.parent)
        #expect(scratch.contents(of: scratch.target) == Self.old)
        #expect(scratch.contents(of: aside) == Self.old, "restore must not touch an aside folder whose target exists")
        try OutputWriter.replace(
            folder: scratch.target, shownAs: "Reports", with: Self.tree(Self.new), method: .renameAside)
        #expect(scratch.contents(of: scratch.target) == Self.new)
        #expect(scratch.entries == ["Reports"], "the next replacement removes the leftover")
    }

    @Test("Reports/ written through OutputWriter with the fallback keeps the other pipelines")
    func writerKeepsOtherPipelines() throws {
        let scratch = try Scratch(old: Self.old)
        // Killed between the renames of an earlier build: Reports/ is aside.
        let aside = scratch.parent.appendingPathComponent("\(FolderExchange.asidePrefix)Reports-7")
        try FileManager.default.moveItem(at: scratch.target, to: aside)
        try OutputWriter(reports: scratch.target).replace(pipeline: "a", with: Self.tree(["README.md": "rebuilt"]))
        #expect(scratch.contents(of: scratch.target) == ["a/README.md": "rebuilt", "b/README.md": "old b"])
        #expect(scratch.entries == ["Reports"])
    }
}
