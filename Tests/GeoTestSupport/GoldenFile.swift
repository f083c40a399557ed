import Foundation
package import Testing

/// Golden-file assertions: compare output with `Golden/<name>`, record with `GEO_AI_RECORD=1`.
///
/// Golden files live in `Tests/<Target>/Golden/`, found from the calling test file's path. A
/// missing golden file is written and the test fails once, so that new output is reviewed
/// before it is trusted. A mismatch fails with a unified diff of the lines.
package enum GoldenFile {
    /// `Tests/<Target>/Golden` for a test source file anywhere under `Tests/<Target>/`.
    static func directory(for testFile: String) -> URL {
        var folder = URL(fileURLWithPath: testFile).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Golden")
    }

    /// Compares `actual` with `Golden/<name>`; records it when missing or when `GEO_AI_RECORD=1`.
    package static func assertMatches(
        _ actual: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = directory(for: filePath).appendingPathComponent(name)
        let isRecording = ProcessInfo.processInfo.environment["GEO_AI_RECORD"] == "1"
        guard !isRecording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record(
                    "Recorded golden file Golden/\(name); review it, then run the tests again.",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        let diff = UnifiedDiff.make(expected: expected, actual: actual, name: name)
        Issue.record(
            "Output differs from Golden/\(name) (re-record with GEO_AI_RECORD=1 after reviewing):\n\(diff)",
            sourceLocation: sourceLocation)
    }
}

/// A line diff in unified format (`---`/`+++`, `@@` hunks with three lines of context).
package enum UnifiedDiff {
    /// The diff of two texts, or an empty hunk list when they are equal.
    package static func make(expected: String, actual: String, name: String, context: Int = 3) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        // Longest common subsequence table, from the end.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Line { case same(String), removed(String), added(String) }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append(.same(old[i])); i += 1; j += 1
            } else if j < new.count, i == old.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                lines.append(.added(new[j])); j += 1
            } else {
                lines.append(.removed(old[i])); i += 1
            }
        }
        let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
        var output = "--- Golden/\(name)\n+++ actual\n"
        var shown = Set<Int>()
        for index in changed {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { shown.insert(k) }
        }
        var previous = -2
        for index in shown.sorted() {
            if index != previous + 1 { output += "@@ line \(index + 1) @@\n" }
            previous = index
            switch lines[index] {
            case .same(let text): output += " " + text.prefix(300) + "\n"
            case .removed(let text): output += "-" + text.prefix(300) + "\n"
            case .added(let text): output += "+" + text.prefix(300) + "\n"
            }
        }
        return output
    }
}
