import ArgumentParser

/// The `-q/--quiet` flag of every command that reports what it did (as opposed to commands
/// whose output is the data asked for: `diff`, `snapshots`).
struct QuietOption: ParsableArguments {
    /// The help of `--quiet`, for this group and the commands that declare the flag themselves.
    static let help = ArgumentHelp("Print nothing but errors; the exit status tells the rest.")

    @Flag(name: .shortAndLong, help: QuietOption.help) var quiet = false

    /// Prints `text` unless `--quiet` was given.
    func say(_ text: String, with print: (String) -> Void) {
        if !quiet { print(text) }
    }
}
