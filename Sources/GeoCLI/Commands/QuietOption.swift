import ArgumentParser

/// The `-q/--quiet` flag of every command that reports what it did (as opposed to commands
/// whose output is the data asked for: `diff`, `snapshots`).
struct QuietOption: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print nothing but errors; the exit status tells the rest.")
    var quiet = false

    /// Prints `text` unless `--quiet` was given.
    func say(_ text: String, with print: (String) -> Void) {
        if !quiet { print(text) }
    }
}
