import Foundation
import GeoModel

/// What every harness shares: the repository root, and the rule that a ``GeoError`` is a
/// normal outcome.
///
/// libFuzzer reports crashes, traps, sanitizer findings, timeouts and out-of-memory; a reader
/// that refuses bad input with a `GeoError` is doing its job. Any other thrown error breaks the
/// readers' documented contract ("throws GeoError") and is turned into a trap, so that it is
/// reported and minimised like a crash.
public enum FuzzInput {
    /// The repository root: `GEO_AI_ROOT` if set, else three folders above this package's manifest.
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["GEO_AI_ROOT"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // Fuzz/Sources/FuzzSupport/FuzzInput.swift → the repository root.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    /// The input as a byte array.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Runs one reader call; a `GeoError` is fine, anything else traps.
    public static func expectGeoError(_ body: () throws -> Void) {
        do {
            try body()
        } catch is GeoError {
            // Refused with a message: the expected outcome for bad input.
        } catch {
            preconditionFailure("reader threw a non-GeoError: \(type(of: error)): \(error)")
        }
    }
}
