public import GeoModel

extension Store {
    /// The hint for a file that cannot serve as the store.
    static let chooseAnotherStoreHint = "Use --db PATH to choose another store or delete it to start an empty one."

    /// The end of hints for a store that cannot be used as it is.
    static let useAnotherStore = "use --db PATH to choose another store."

    /// The error for a failure while opening the store at `displayPath`.
    static func openingError(_ failure: SQLiteFailure, displayPath: String) -> GeoError {
        if failure.isNotADatabase {
            return GeoError(
                .ioError, "\(displayPath) is not a geo-ai store: \(failure.message)", hint: chooseAnotherStoreHint)
        }
        if failure.isBusy { return busyError(failure, displayPath: displayPath) }
        return GeoError(
            .ioError, "Cannot open store \(displayPath): \(failure.message)",
            hint: "Check that the file and its folder are readable and writable, or " + useAnotherStore)
    }

    /// The error for a failure while doing `action` (a verb phrase: "record pipeline 'x'").
    ///
    /// - Parameters:
    ///   - failure: What SQLite reported.
    ///   - action: What the store was doing.
    ///   - rolledBack: Whether the failure undid a write, which the message then says.
    ///   - constraintHint: The next step when a constraint rejected the data.
    func storeError(
        _ failure: SQLiteFailure, while action: String, rolledBack: Bool = false, constraintHint: String? = nil
    ) -> GeoError {
        if failure.isBusy { return Self.busyError(failure, displayPath: displayPath) }
        if failure.isNotADatabase || failure.isCorrupt {
            return GeoError(
                .ioError, "Cannot \(action) in store \(displayPath): \(failure.message)",
                hint: Self.chooseAnotherStoreHint)
        }
        let suffix = rolledBack ? "; nothing was stored" : ""
        let hint =
            failure.isConstraint
            ? constraintHint
            : "Check that the file and its folder are writable and the disk has space, or " + Self.useAnotherStore
        return GeoError(.ioError, "Cannot \(action) in store \(displayPath): \(failure.message)\(suffix)", hint: hint)
    }

    /// The error for data in the file that geo-ai did not write (a hand edit, or a newer build).
    func unreadableError(_ what: String, in table: String) -> GeoError {
        GeoError(
            .ioError, "Store \(displayPath) holds an unreadable \(what) in table \(table)",
            hint: "The file was changed outside geo-ai. " + Self.chooseAnotherStoreHint)
    }

    /// Runs `body`, turning SQLite failures into `GeoError`s about `action`.
    ///
    /// This and ``writing(_:constraintHint:_:)`` are where the store's public methods meet
    /// SQLite, so every public method throws `GeoError` alone (typed) and callers need no
    /// catch-all of their own.
    func reading<Result>(_ action: String, _ body: () throws -> Result) throws(GeoError) -> Result {
        do {
            return try body()
        } catch {
            throw geoError(error, while: action, rolledBack: false, constraintHint: nil)
        }
    }

    /// Runs `body`, which writes with this store's methods (each its own transaction when
    /// called alone), in one transaction: all of it is committed when `body` returns, none of it
    /// when it throws.
    ///
    /// A build records every pipeline this way and, from `body`, waits for its reports to be
    /// made before it returns: a failure there leaves the store as it was.
    public func transaction<Result>(_ action: String, _ body: () throws(GeoError) -> Result) throws(GeoError)
        -> Result
    {
        try writing(action) { () throws(GeoError) in try body() }
    }

    /// Runs `body` in one transaction, rolling all of it back and throwing a `GeoError` on failure.
    func writing<Result>(
        _ action: String, constraintHint: String? = nil, _ body: () throws -> Result
    ) throws(GeoError) -> Result {
        let result: Result
        do {
            result = try connection.inTransaction(body)
        } catch {
            throw geoError(error, while: action, rolledBack: true, constraintHint: constraintHint)
        }
        switchToWALAfterFirstWrite()
        return result
    }

    /// Any error from the SQLite layer as the one error type callers see.
    private func geoError(_ error: any Error, while action: String, rolledBack: Bool, constraintHint: String?)
        -> GeoError
    {
        switch error {
        case let error as GeoError: error
        case let failure as SQLiteFailure:
            storeError(failure, while: action, rolledBack: rolledBack, constraintHint: constraintHint)
        default: GeoError(.ioError, "Cannot \(action) in store \(displayPath): \(error)")
        }
    }

    private static func busyError(_ failure: SQLiteFailure, displayPath: String) -> GeoError {
        GeoError(
            .busy, "Store \(displayPath) is busy: \(failure.message)",
            hint: "Another geo-ai process is writing to it. Wait for it to finish and run the command again.")
    }
}
