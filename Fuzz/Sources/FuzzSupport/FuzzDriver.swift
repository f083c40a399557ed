import CFuzzerDriver
import Foundation

/// Starts libFuzzer from a harness's `main.swift`.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments and `callback` as the target; never returns.
    ///
    /// - Parameter callback: The harness's `LLVMFuzzerTestOneInput`.
    public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, callback)
        exit(status)
    }
}
