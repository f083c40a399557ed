import Foundation
import GeoModel
import GeoTestSupport
import Testing

/// SIGKILL during `geo-ai build --force`, at seeded random moments: `Reports/` must always be
/// entirely the old or the new version, the store must pass `PRAGMA integrity_check`, and the
/// next build must succeed.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    /// The shipped pipelines in a temporary project.
    static func shippedProject() throws -> TemporaryProject {
        let project = try TemporaryProject()
        for folder in ["Data/usage", "Pipelines"] { try project.copyFromRepository(folder) }
        return project
    }

    /// The project folder's entries and the modification time of Reports/: what changes when a build starts writing.
    static func entries(_ project: TemporaryProject) -> Set<String> {
        var names = Set((try? FileManager.default.contentsOfDirectory(atPath: project.root.path)) ?? [])
        let reports = project.root.appendingPathComponent("Reports").path
        if let modified = (try? FileManager.default.attributesOfItem(atPath: reports))?[.modificationDate] as? Date {
            names.insert("Reports@\(modified.timeIntervalSinceReferenceDate)")
        }
        return names
    }

    /// The span, in whole milliseconds and at least 50, over which kills are spread: the
    /// duration of an uninterrupted run.
    static func killWindow(after duration: Duration) -> Int {
        max(Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000), 50)
    }

    /// Every file under Reports/ with its SHA-256.
    static func state(_ project: TemporaryProject) -> [String: String] {
        project.contents(under: "Reports").mapValues { SHA256.hex(of: [UInt8]($0)) }
    }

    @Test("Reports/ is entirely old or new after SIGKILL at 20 random moments")
    func killedBuilds() async throws {
        let project = try Self.shippedProject()
        let source = "Data/usage/ai_user_share.csv"
        let original = try #require(project.read(source))
        let changed = original.replacingOccurrences(
            of: "United Arab Emirates,ARE,2025-H1,ai_user_share,59.40",
            with: "United Arab Emirates,ARE,2025-H1,ai_user_share,58.40")
        try #require(changed != original)

        // Reference states A and B, and how long a full build takes.
        #expect(try ProcessRun.run(["build", "--quiet"], in: project.root) == 0)
        let stateA = Self.state(project)
        try project.write(source, changed)
        let clock = ContinuousClock()
        let started = clock.now
        #expect(try ProcessRun.run(["build", "--force", "--quiet"], in: project.root) == 0)
        let duration = clock.now - started
        let stateB = Self.state(project)
        try #require(stateA != stateB)

        var random = SplitMix64(state: 20_261_129)
        // Outputs are written at the end of a build: aim most kills at its second half.
        let window = Self.killWindow(after: duration)
        // Half the kills at a random moment of the whole build; half just after the build starts
        // writing (the first new entry in the project folder, or Reports/ changing), which is
        // when a writer that is not atomic would leave a mix.
        let moments = (0..<20).map { _ in Int.random(in: 0...window, using: &random) }
        let writeDelays = (0..<20).map { _ in Int.random(in: 0...15, using: &random) }
        var killedWhileWriting = 0
        var killedMidway = 0
        for round in 0..<20 {
            try project.write(source, round.isMultiple(of: 2) ? original : changed)
            let before = Self.entries(project)
            let process = try ProcessRun.start(["build", "--force", "--quiet"], in: project.root)
            if round.isMultiple(of: 2) {
                // Not synchronisation: the delay *is* the random moment at which the build is killed.
                try await Task.sleep(for: .milliseconds(moments[round]))
            } else {
                let deadline = ContinuousClock.now + .seconds(30)
                while process.isRunning, Self.entries(project) == before, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .microseconds(200))
                }
                try await Task.sleep(for: .milliseconds(writeDelays[round]))
            }
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if Self.entries(project).contains(where: { $0.hasPrefix(".geo-ai-tmp") }) { killedWhileWriting += 1 }
            let now = Self.state(project)
            #expect(now == stateA || now == stateB, "round \(round): Reports/ is a mix of old and new")
            let integrity = try ProcessRun.integrityCheck(project.root.appendingPathComponent(".geo-ai/store.sqlite"))
            #expect(integrity == "ok", "round \(round): \(integrity)")
        }
        #expect(killedMidway >= 8, "only \(killedMidway) of 20 kills landed during a build")
        #expect(killedWhileWriting >= 3, "only \(killedWhileWriting) kills landed while Reports/ was being written")
        try project.write(source, changed)
        #expect(try ProcessRun.run(["build", "--quiet"], in: project.root) == 0)
        #expect(Self.state(project) == stateB)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter {
            $0.hasPrefix(".geo-ai-tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test(
        "a first ingest into a new store, killed at 12 random moments, leaves no observations or all of them",
        arguments: [2, 8])
    func killedFirstIngests(metrics: Int) async throws {
        // A new store is filled under a rollback journal (switched to WAL after): a kill
        // leaves a hot journal, which the next reader rolls back.
        let project = try TemporaryProject()
        let countries = try #require(project.read("Data/reference/countries.csv"))
        let codes = countries.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first }
        try #require(codes.count >= 200)
        var csv = "country,period,metric,value\n"
        for month in 0..<96 {
            let period = "\(2023 + month / 12)-\(month % 12 < 9 ? "0" : "")\(month % 12 + 1)"
            for metric in (0..<metrics).map({ "share_\($0)" }) {
                for (index, code) in codes.enumerated() {
                    csv += "\(code),\(period),\(metric),\(Double(index % 97) + 0.5)\n"
                }
            }
        }
        // Eight metrics make a file of over 4 MB, which is stored while it is read (a transaction
        // open from the start of the read); two, one read first and then stored.
        #expect((csv.utf8.count > 4 << 20) == (metrics == 8))
        try project.write("Data/usage/many.csv", csv)
        let expected = 96 * metrics * codes.count
        let store = project.root.appendingPathComponent("first.sqlite")
        let arguments = ["ingest", "Data/usage/many.csv", "--db", store.path, "--quiet"]
        func removeStore() {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(store.path + suffix) }
        }
        func observations() throws -> Int {
            let tables = try ProcessRun.sqlite3(
                store, "select count(*) from sqlite_master where name = 'observation_values'")
            return tables == "1"
                ? Int(try ProcessRun.sqlite3(store, "select count(*) from observation_values")) ?? -1 : 0
        }

        let clock = ContinuousClock()
        let started = clock.now
        #expect(try ProcessRun.run(arguments, in: project.root) == 0)
        let duration = clock.now - started
        #expect(try observations() == expected)
        #expect(try ProcessRun.sqlite3(store, "PRAGMA journal_mode") == "wal")

        var random = SplitMix64(state: 20_261_204)
        let window = Self.killWindow(after: duration)
        var killedInTransaction = 0
        for round in 0..<12 {
            removeStore()
            let process = try ProcessRun.start(arguments, in: project.root)
            if round.isMultiple(of: 2) {
                // Not synchronisation: the delay *is* the random moment at which the ingest is killed.
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...window, using: &random)))
            } else {
                // Half the kills inside the bulk transaction: once the journal has been there for
                // 15 ms on end (the schema's transactions before it each take a few), a few
                // milliseconds more. A watchdog, not a speed check, bounds the wait.
                let deadline = ContinuousClock.now + .seconds(30)
                var journalSince: ContinuousClock.Instant?
                while process.isRunning, ContinuousClock.now < deadline {
                    if access(store.path + "-journal", F_OK) == 0 {
                        let since = journalSince ?? ContinuousClock.now
                        journalSince = since
                        if ContinuousClock.now - since >= .milliseconds(15) { break }
                    } else {
                        journalSince = nil
                    }
                    try await Task.sleep(for: .microseconds(200))
                }
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...10, using: &random)))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if access(store.path + "-journal", F_OK) == 0 { killedInTransaction += 1 }
            guard access(store.path, F_OK) == 0 else { continue }
            #expect(try ProcessRun.integrityCheck(store) == "ok", "round \(round)")
            let count = try observations()
            #expect(count == 0 || count == expected, "round \(round): \(count) observations")
        }
        #expect(killedInTransaction >= 4, "only \(killedInTransaction) kills left a hot journal")
        // The last killed store takes the ingest again, whole.
        #expect(try ProcessRun.run(arguments, in: project.root) == 0)
        #expect(try observations() == expected)
        #expect(try ProcessRun.sqlite3(store, "PRAGMA journal_mode") == "wal")
    }

    @Test("a second build waits for the first, and both succeed")
    func concurrentBuilds() async throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        #expect(try ProcessRun.run(["build", "--quiet"], in: project.root) == 0)
        // Hold the project lock as another geo-ai would.
        let lockPath = project.root.appendingPathComponent(".geo-ai/lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let stderr = project.root.appendingPathComponent("second.err")
        let second = try ProcessRun.start(["build", "--force"], in: project.root, stderr: stderr)
        // Poll until the second build says it waits; the bound is a watchdog against a hang
        // (a loaded machine may take many seconds to start a debug build), not a speed check.
        var waited = false
        let watchdog = ContinuousClock.now + .seconds(300)
        while !waited, second.isRunning, ContinuousClock.now < watchdog {
            try await Task.sleep(for: .milliseconds(50))
            waited = project.read("second.err")?.contains("waiting for another geo-ai build") == true
        }
        #expect(waited, "the second build neither waited nor said so")
        #expect(second.isRunning)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        #expect(try ProcessRun.integrityCheck(project.root.appendingPathComponent(".geo-ai/store.sqlite")) == "ok")
    }
}
