import GeoTestSupport
import Testing

/// The diff a golden-file mismatch prints reads like `diff -u`: worked out by hand.
@Suite("Unified diff")
struct UnifiedDiffTests {
    @Test(
        "prints diff -u style hunks",
        arguments: [
            (
                "one line changed", "a\nb\nc\n", "a\nB\nc\n",
                "--- Golden/x.md\n+++ actual\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n \n"
            ),
            (
                "a line added far from the start", "1\n2\n3\n4\n5\n6\n7\n8", "1\n2\n3\n4\n5\n6\n7\n7½\n8",
                "--- Golden/x.md\n+++ actual\n@@ -5,4 +5,5 @@\n 5\n 6\n 7\n+7½\n 8\n"
            ),
            (
                "a line removed", "a\nb", "a", "--- Golden/x.md\n+++ actual\n@@ -1,2 +1,1 @@\n a\n-b\n"
            ),
            ("equal texts", "same\n", "same\n", "--- Golden/x.md\n+++ actual\n"),
        ])
    func diff(_ name: String, expected: String, actual: String, output: String) {
        #expect(UnifiedDiff.make(expected: expected, actual: actual, name: "x.md") == output, "\(name)")
    }
}
