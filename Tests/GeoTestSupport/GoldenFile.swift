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

/// A line diff in unified format, as `diff -u` prints it: `---`/`+++` headers, then hunks
/// `@@ -start,count +start,count @@` with three lines of context, removals before additions.
package enum UnifiedDiff {
    /// The diff of two texts, or the two header lines alone when they are equal.
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
        /// One line of the edit script with its 0-based positions before and after.
        struct Line {
            let mark: Character
            let text: String
            let oldIndex: Int
            let newIndex: Int
        }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append(Line(mark: " ", text: old[i], oldIndex: i, newIndex: j))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(Line(mark: "-", text: old[i], oldIndex: i, newIndex: j))
                i += 1
            } else {
                lines.append(Line(mark: "+", text: new[j], oldIndex: i, newIndex: j))
                j += 1
            }
        }
        var output = "--- Golden/\(name)\n+++ actual\n"
        var shown = Set<Int>()
        for index in lines.indices where lines[index].mark != " " {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { shown.insert(k) }
        }
        // Consecutive shown lines form one hunk.
        var hunks: [[Int]] = []
        for index in shown.sorted() {
            if let last = hunks.last?.last, last + 1 == index {
                hunks[hunks.count - 1].append(index)
            } else {
                hunks.append([index])
            }
        }
        for hunk in hunks {
            let part = hunk.map { lines[$0] }
            let oldCount = part.filter { $0.mark != "+" }.count
            let newCount = part.filter { $0.mark != "-" }.count
            let oldStart = (part.first?.oldIndex ?? 0) + (oldCount > 0 ? 1 : 0)
            let newStart = (part.first?.newIndex ?? 0) + (newCount > 0 ? 1 : 0)
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for line in part { output += String(line.mark) + line.text.prefix(300) + "\n" }
        }
        return output
    }
}
