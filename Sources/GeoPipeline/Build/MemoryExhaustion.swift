import CGeoSystem

/// What the executable does when memory runs out.
///
/// Swift cannot catch a failed allocation: the runtime prints "failed to allocate" and aborts.
/// ``exitOnAbort()`` turns that abort into exit status 74 (I/O error) with a message and a
/// hint, instead of a crash report. Writes are atomic (the exchange of `Reports/`, SQLite
/// transactions), so stopping at any moment leaves the store and `Reports/` old or new.
public enum MemoryExhaustion {
    /// Installs the SIGABRT handler; call once from `main`, never from a library or a test process.
    public static func exitOnAbort() { geo_exit_74_on_abort() }
}
