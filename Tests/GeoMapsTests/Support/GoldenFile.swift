import Foundation
import Testing

/// Golden-file assertions: compare output with `Golden/<name>`, record with `GEO_AI_RECORD=1`.
///
/// A missing golden file is written and the test fails once, so that new output is reviewed
/// before it is trusted. A mismatch fails with a unified diff of the lines.
enum GoldenFile {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden")
    }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let isRecording = ProcessInfo.processInfo.environment["GEO_AI_RECORD"] == "1"
        guard !isRecording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("Recorded golden file Golden/\(name); review it, then run the tests again.", sourceLocation: sourceLocation)
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
enum UnifiedDiff {
    static func make(expected: String, actual: String, name: String, context: Int = 3) -> String {
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
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(.removed(old[i])); i += 1
            } else {
                lines.append(.added(new[j])); j += 1
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
