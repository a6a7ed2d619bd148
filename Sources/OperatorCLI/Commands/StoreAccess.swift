import EventStore

/// Opening the store a command's context names, with the messages an operator needs when it
/// is not there.
enum StoreAccess {
    /// The store for reading (no lock) or writing (recovers a torn tail).
    ///
    /// - Throws: exit 66 when there is no store at the path, saying where the path came from;
    ///   the store's own errors otherwise.
    static func open(_ store: StoreLocation, mode: AccessMode = .read) throws -> EventLog {
        do {
            return try EventLog.open(at: store.path, mode: mode, options: StorePermissions.options(for: store.path))
        } catch {
            guard error.code == .notFound else { throw error }
            throw CLIError(.notFound, "no store \(store.described); create one with 'eig init'", cause: error)
        }
    }

    /// Throws (exit 74) when damage stopped `log`'s reading before the end of its bytes: a
    /// listing of the events (`log show`, `export events`) prints what it could read, and the
    /// read models' engine folds it, but an audit or a cron job must not take that for the
    /// whole log.
    /// `consequence` says what the command could not do past that position.
    static func requireReadToTheEnd(_ log: EventLog, consequence: String = "the events after it are not shown")
        throws
    {
        guard let damage = log.unreadableTail else { return }
        throw CLIError(
            .ioError,
            "the log cannot be read past position \(log.head.position), so \(consequence): "
                + "\(TerminalText.sanitized(damage)); run `eig verify`")
    }
}
