import Foundation
import GeoTestSupport
import Testing

/// The build's one line per map counts what the report lists, not every note the map made
/// (it once said "44 drawn as dots" where the report listed 2).
@Suite("map notes in a build")
struct MapMarksNoteTests {
    /// The codes in a report's "Drawn as dots …" or "Not drawn …" figure notes.
    static func codes(in report: String, after lead: String) -> [String] {
        report.split(separator: "\n").flatMap { line -> [String] in
            guard let range = line.range(of: lead) else { return [] }
            // A figure's notes share its line: this one ends where the next begins.
            var list = line[range.upperBound...]
            if let next = list.range(of: ". ") { list = list[..<next.lowerBound] }
            return list.split(separator: "(").dropFirst().compactMap { part in
                let code = part.prefix { $0 != ")" }
                return code.count == 3 && code.allSatisfy(\.isUppercase) ? String(code) : nil
            }
        }
    }

    @Test(
        "each map's note counts the dots and the areas left off that its report lists",
        arguments: ["deepseek", "ai-diffusion"])
    func countsMatchTheReport(pipeline: String) throws {
        let project = try CrashSafetyTests.shippedProject()
        let build = CLIRun(["build", "--pipeline", pipeline], in: project.root)
        #expect(build.status == 0, "\(build.err)")
        let report = try String(
            contentsOf: project.root.appendingPathComponent("Reports/\(pipeline)/README.md"), encoding: .utf8)
        var dots = 0
        var notDrawn = 0
        for line in build.err.split(separator: "\n") where line.hasPrefix("note: Reports/\(pipeline)/maps/") {
            let counts = line.split(separator: ": ").last ?? ""
            for part in counts.split(separator: ", ") {
                let number = Int(part.prefix { $0.isNumber }) ?? 0
                if part.contains("drawn as a dot") || part.contains("drawn as dots") { dots += number }
                if part.contains("with data not drawn") { notDrawn += number }
            }
        }
        let listedDots = Self.codes(in: report, after: "Drawn as dots (too small or no shape at this scale):")
        let listedNotDrawn = Self.codes(in: report, after: "Not drawn (no shape and no label point):")
        #expect(!listedDots.isEmpty)
        #expect(dots == listedDots.count, "\(build.err)")
        #expect(notDrawn == listedNotDrawn.count, "\(build.err)")
    }
}
