/// The one progress line of long commands (build, ingest): a single line on standard error,
/// rewritten in place for each stage and erased at the end.
///
/// Shown only when standard error is a terminal and `--quiet` is not given: piped or
/// redirected output never carries it.
struct ProgressLine: Sendable {
    private let context: CLIContext
    /// Whether anything is drawn at all.
    let isShown: Bool

    /// A progress line for `context`, silent when quiet or not on a terminal.
    init(_ context: CLIContext, quiet: Bool) {
        self.context = context
        self.isShown = context.errIsTerminal && !quiet
    }

    /// Replaces the line with `message` and an ellipsis.
    func show(_ message: String) {
        if isShown { context.err("\u{1B}[2K\r\(message)…") }
    }

    /// Erases the line, before the command's own output.
    func clear() {
        if isShown { context.err("\u{1B}[2K\r") }
    }
}
