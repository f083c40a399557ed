import Foundation
import GeoCLI
import GeoTestSupport
import Synchronization
import Testing

/// Runs `geo-ai` in-process against a project folder and captures what it prints.
struct CLIRun {
    let status: Int32
    let out: String
    let err: String

    /// Runs `geo-ai arguments` in `root`; by default neither stream is a terminal.
    init(
        _ arguments: [String], in root: URL, outIsTerminal: Bool = false, errIsTerminal: Bool = false,
        forbidsColour: Bool = false
    ) {
        let out = Mutex("")
        let err = Mutex("")
        let context = CLIContext(
            workingDirectory: root, out: { text in out.withLock { $0 += text } },
            err: { text in err.withLock { $0 += text } }, outIsTerminal: outIsTerminal, errIsTerminal: errIsTerminal,
            forbidsColour: forbidsColour)
        status = GeoAI.main(arguments: arguments, context: context)
        self.out = out.withLock { $0 }
        self.err = err.withLock { $0 }
    }

    /// Runs like ``init(_:in:outIsTerminal:errIsTerminal:forbidsColour:)`` on a thread of its own
    /// and waits at most `watchdog` — a bound only a hang reaches, not a speed check (speed is
    /// measured in Benchmarks/). Records an issue and returns `nil` when the run did not finish.
    static func finishing(_ arguments: [String], in root: URL, watchdog: Duration = .seconds(300)) -> CLIRun? {
        let result = Mutex<CLIRun?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            let run = CLIRun(arguments, in: root)
            result.withLock { $0 = run }
            finished.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        guard finished.wait(timeout: .now() + .seconds(Int(watchdog.components.seconds))) == .success else {
            Issue.record(
                "geo-ai \(arguments.joined(separator: " ").prefix(200)) did not finish within \(watchdog): it hangs")
            return nil
        }
        return result.withLock { $0 }
    }

    /// A project holding the sample pipeline, built once with `--quiet`.
    static func builtSampleProject() throws -> TemporaryProject {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let build = CLIRun(["build", "--quiet"], in: project.root)
        try #require(build.status == 0, "\(build.err)")
        return project
    }

    /// The path of a fixture file of this test target.
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path ?? "missing-fixture-\(name)"
    }
}
