import Foundation
import GeoTestSupport
import Testing

/// The build manifest records which geo-ai built the reports: when geo-ai itself changes (an
/// upgrade, new code built under the same version), the next build rebuilds instead of calling
/// the reports up to date.
@Suite("A changed geo-ai rebuilds")
struct ToolChangeTests {
    /// Runs `tool build` in `root`, returning what it printed.
    func build(with tool: URL, in root: URL) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["build"]
        process.currentDirectoryURL = root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("a build after the executable changed rebuilds; the next one is a no-op")
    func rebuildsAfterToolChange() throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        // A copy of geo-ai of its own, so that changing its time changes nothing else.
        let tool = project.root.appendingPathComponent("geo-ai-copy")
        try FileManager.default.copyItem(at: ProcessRun.executable, to: tool)
        let first = try build(with: tool, in: project.root)
        #expect(first.status == 0)
        let again = try build(with: tool, in: project.root)
        #expect(again.out.contains("sample: up to date"), "\(again.out)")
        // The same bytes, a new modification time: to the manifest, another geo-ai.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: tool.path)
        let changed = try build(with: tool, in: project.root)
        #expect(changed.status == 0)
        #expect(!changed.out.contains("up to date"), "\(changed.out)")
        let after = try build(with: tool, in: project.root)
        #expect(after.out.contains("sample: up to date"), "\(after.out)")
    }
}
