import Foundation
import Testing

/// Runs the built `geo-ai` executable as a separate process, for tests that need a real
/// process: killing it, running two at once.
struct ProcessRun {
    /// The `geo-ai` binary next to this test bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("geo-ai")
    }

    /// Starts `geo-ai` in `root` with its stdout and stderr captured to files.
    static func start(_ arguments: [String], in root: URL, stderr: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        if let stderr {
            _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: stderr)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Runs to the end and returns the exit status.
    static func run(_ arguments: [String], in root: URL) throws -> Int32 {
        let process = try start(arguments, in: root)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `PRAGMA integrity_check` through the sqlite3 command-line shell.
    static func integrityCheck(_ database: URL) throws -> String {
        try sqlite3(database, "PRAGMA integrity_check")
    }

    /// What the sqlite3 command-line shell prints for `sql` (its errors are not captured),
    /// trimmed. Opening a file with a hot journal rolls it back first, as any SQLite reader does.
    static func sqlite3(_ database: URL, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database.path, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
