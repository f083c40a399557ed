import Foundation
import GeoTestSupport
import Testing

/// Peak memory follows the data, not the width of empty cells.
@Suite("Memory bounded by the data")
struct MemoryBoundTests {
    /// Runs the geo-ai executable to the end and returns its exit status and peak resident set
    /// size in KiB, from `wait4` (per process, unlike `RUSAGE_CHILDREN`).
    static func peakMemory(_ arguments: [String]) throws -> (status: Int32, kibibytes: Int) {
        let executable = ProcessRun.executable.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0)
        var status: Int32 = 0
        var usage = rusage()
        try #require(wait4(pid, &status, 0, &usage) == pid)
        return ((status >> 8) & 0xFF, usage.ru_maxrss)
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
        process.arguments = ["-c", "ulimit -v \(kibibytes) && exec \"$0\" \"$@\"", ProcessRun.executable.path] + arguments
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
        // About 34 MB: reading it needs at least twice that, far above what the limit leaves.
        let row = "Chad,2025-H1,ai_user_share,5,,,,\n"
        try project.write("huge.csv", "country,period,metric,value\n" + String(repeating: row, count: 1_000_000))
        let root = project.root.path
        let stderr = project.root.appendingPathComponent("err.txt")
        // The smallest limit, in 4 MiB steps, under which geo-ai validates a one-row file.
        var base: Int?
        for mebibytes in stride(from: 32, through: 2048, by: 4) where base == nil {
            if try Self.limited(mebibytes * 1024, ["validate", "--root", root, "\(root)/tiny.csv"], stderr: stderr).status == 0 {
                base = mebibytes
            }
        }
        let limit = try #require(base) + 16
        let run = try Self.limited(limit * 1024, ["validate", "--root", root, "\(root)/huge.csv"], stderr: stderr)
        #expect(run.status == 74, "under \(limit) MiB: \(run.err)")
        #expect(run.err.contains("error: "), "\(run.err)")
        #expect(run.err.contains("hint: Free memory or raise the limit (ulimit -v)"), "\(run.err)")
        #expect(!run.err.contains("crashed"), "\(run.err)")
    }
}
