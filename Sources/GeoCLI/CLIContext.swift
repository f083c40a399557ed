public import Foundation

/// Where a command runs and writes: the working directory, the two output streams, and whether
/// each stream is a terminal.
///
/// The executable passes the real ones; tests pass buffers.
public struct CLIContext: Sendable {
    /// The directory relative paths are resolved against.
    public var workingDirectory: URL
    /// Standard output.
    public var out: @Sendable (String) -> Void
    /// Standard error.
    public var err: @Sendable (String) -> Void
    /// Whether standard output is a terminal (colour in what is printed there only then).
    public var outIsTerminal: Bool
    /// Whether standard error is a terminal (progress lines only then).
    public var errIsTerminal: Bool
    /// Whether the user asked for no colour (`NO_COLOR` set and not empty, see no-color.org).
    public var forbidsColour: Bool

    /// Creates a context, saying for each stream whether it is a terminal.
    public init(
        workingDirectory: URL, out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        outIsTerminal: Bool, errIsTerminal: Bool, forbidsColour: Bool = false
    ) {
        self.workingDirectory = workingDirectory
        self.out = out
        self.err = err
        self.outIsTerminal = outIsTerminal
        self.errIsTerminal = errIsTerminal
        self.forbidsColour = forbidsColour
    }

    /// Creates a context whose two streams are both terminals or both not.
    public init(
        workingDirectory: URL, out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        isTerminal: Bool
    ) {
        self.init(
            workingDirectory: workingDirectory, out: out, err: err, outIsTerminal: isTerminal, errIsTerminal: isTerminal
        )
    }

    /// The process's real working directory, stdout and stderr, and `NO_COLOR`.
    public static var standard: CLIContext {
        CLIContext(
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            outIsTerminal: isatty(STDOUT_FILENO) == 1, errIsTerminal: isatty(STDERR_FILENO) == 1,
            // One variable read directly: `ProcessInfo.environment` copies all of them into a
            // dictionary, 2 % of a no-op build.
            forbidsColour: getenv("NO_COLOR").map { $0.pointee != 0 } ?? false)
    }

    /// Whether text printed on standard output may carry ANSI colour.
    public var colouredOut: Bool { outIsTerminal && !forbidsColour }

    /// Resolves a user-given path against the working directory.
    public func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }
}
