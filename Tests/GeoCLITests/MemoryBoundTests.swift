import Foundation
import GeoTestSupport
import Testing

/// Peak memory follows the data, not the width of empty cells.
@Suite("Memory bounded by the data")
struct MemoryBoundTests {
    /// Runs the geo-ai executable to the end and returns its exit status and peak resident set
    /// size in KiB. A small python3 parent runs it and reads `RUSAGE_CHILDREN`: a child spawned
    /// straight from this (large) test process would be charged this process's peak when it execs.
    static func peakMemory(_ arguments: [String]) throws -> (status: Int32, kibibytes: Int) {
        let script = """
            import resource, subprocess, sys
            status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, ProcessRun.executable.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(fields.count == 2, "python3 printed '\(output)'")
        return (try #require(Int32(fields[0])), try #require(Int(fields[1])))
    }

    @Test("validating rows that end in 70 empty fields costs about what the same rows without them cost")
    func emptyCellsCostNothing() throws {
        let project = try TemporaryProject()
        let codes = try #require(project.read("Data/reference/countries.csv")).split(separator: "\n").dropFirst()
            .map { String($0.prefix(3)) }
        try #require(codes.count >= 200)
        var plain = "country,period,metric,value\n"
        var padded = "country,period,metric,value" + String(repeating: ",", count: 70) + "\n"
        let padding = String(repeating: ",", count: 70)
        var count = 0
        for metric in 0..<200 {
            for code in codes.prefix(200) {
                let row = "\(code),2025-H1,m\(metric),\(Double(count % 997) / 10)"
                plain += row + "\n"
                padded += row + padding + "\n"
                count += 1
            }
        }
        try project.write("plain.csv", plain)
        try project.write("padded.csv", padded)
        let root = project.root.path
        let small = try Self.peakMemory(["validate", "--root", root, "\(root)/plain.csv"])
        let wide = try Self.peakMemory(["validate", "--root", root, "\(root)/padded.csv"])
        #expect(small.status == 0)
        #expect(wide.status == 0)
        // 40,000 rows, 3 MB of commas: before, each empty cell cost a 32-byte field (about
        // 130 MB more than the plain file); now the padded file may cost at most a quarter more.
        #expect(
            Double(wide.kibibytes) <= Double(small.kibibytes) * 1.25,
            "padded: \(wide.kibibytes) KiB, plain: \(small.kibibytes) KiB")
    }

    /// Runs geo-ai under an address-space limit (`ulimit -v`, in KiB); returns the status and stderr.
    static func limited(_ kibibytes: Int, _ arguments: [String], stderr: URL) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments =
            ["-c", "ulimit -v \(kibibytes) && exec \"$0\" \"$@\"", ProcessRun.executable.path] + arguments
        process.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
    }

    @Test("running out of memory exits 74 with a message, never a crash")
    func outOfMemory() throws {
        let project = try TemporaryProject()
        try project.write("tiny.csv", "country,period,metric,value\nChad,2025-H1,ai_user_share,5\n")
        // About 32 MiB: the limit leaves room to read it (twice its size) but not to parse it all,
        // so the allocation that fails is one of the Swift runtime's, which used to crash.
        let row = "Chad,2025-H1,ai_user_share,5,,,,\n"
        try project.write("huge.csv", "country,period,metric,value\n" + String(repeating: row, count: 1_000_000))
        let fileMebibytes = 1_000_000 * row.utf8.count / 1_048_576
        let root = project.root.path
        let stderr = project.root.appendingPathComponent("err.txt")
        // The smallest limit, in 4 MiB steps, under which geo-ai validates a one-row file.
        var base: Int?
        for mebibytes in stride(from: 32, through: 2048, by: 4) where base == nil {
            if try Self.limited(mebibytes * 1024, ["validate", "--root", root, "\(root)/tiny.csv"], stderr: stderr)
                .status == 0
            {
                base = mebibytes
            }
        }
        let limit = try #require(base) + 3 * fileMebibytes
        let run = try Self.limited(limit * 1024, ["validate", "--root", root, "\(root)/huge.csv"], stderr: stderr)
        #expect(run.status == 74, "under \(limit) MiB: \(run.err)")
        #expect(run.err.contains("error: "), "\(run.err)")
        #expect(run.err.contains("hint: Free memory or raise the limit (ulimit -v)"), "\(run.err)")
        #expect(!run.err.contains("crashed"), "\(run.err)")
    }
}
