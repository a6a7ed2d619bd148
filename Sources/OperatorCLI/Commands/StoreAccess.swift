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
}
