public import Foundation

/// Where a command runs and writes: the working directory and the two output streams.
///
/// The executable passes the real ones; tests pass buffers.
public struct CLIContext: Sendable {
    /// The directory relative paths are resolved against.
    public var workingDirectory: URL
    /// Standard output.
    public var out: @Sendable (String) -> Void
    /// Standard error.
    public var err: @Sendable (String) -> Void
    /// Whether standard error is a terminal (progress and colour only then).
    public var isTerminal: Bool

    /// Creates a context.
    public init(
        workingDirectory: URL, out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        isTerminal: Bool
    ) {
        self.workingDirectory = workingDirectory
        self.out = out
        self.err = err
        self.isTerminal = isTerminal
    }

    /// The process's real working directory, stdout and stderr.
    public static var standard: CLIContext {
        CLIContext(
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            isTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// Resolves a user-given path against the working directory.
    public func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }
}
