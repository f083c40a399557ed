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
}
