package import Foundation

/// Finding and running the command-line tools some tests need (rsvg-convert, python3, chromium).
package enum ExternalTool {
    /// A tool that failed or could not be run.
    package struct Failure: Error, CustomStringConvertible {
        /// What happened, with the tool's own error output.
        package let description: String
    }

    /// The path of an executable on `PATH`, or `nil`.
    package static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs a tool to the end and returns its standard output; throws with its standard error
    /// when it exits non-zero. Standard error goes to a file, so a chatty tool cannot block on a
    /// full pipe.
    @discardableResult
    package static func run(_ executable: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let standardOutput = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "geo-ai-tool-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw Failure(description: "cannot create \(errorFile.path)")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer { try? errorHandle.close() }
        process.standardOutput = standardOutput
        process.standardError = errorHandle
        try process.run()
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw Failure(
                description:
                    "\(executable.lastPathComponent) exited with \(process.terminationStatus): \(errors.prefix(2000))")
        }
        return output
    }
}
