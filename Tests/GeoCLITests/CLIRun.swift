import Foundation
import GeoCLI
import GeoTestSupport
import Synchronization

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

    /// The path of a fixture file of this test target.
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path ?? "missing-fixture-\(name)"
    }
}
