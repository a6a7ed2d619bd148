import EventStore

/// `eig init`: creates an empty store.
enum InitCommand {
    static let command = Command(
        name: "init",
        summary: "Create an empty store.",
        discussion: "Creates the store's directory (its parent must exist) with files readable by "
            + "their owner only. A directory that already holds a store, or other files, is left "
            + "alone (exit 73); an empty directory, or one holding only FORMAT.md (the repository's "
            + "EventLog/), is fine.",
        groups: [.store],
        examples: [
            Example("eig init", "Create the store in ./EventLog (or $EIG_STORE)."),
            Example("eig init --store /srv/eig/store", "Create it elsewhere."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let store = invocation.context.store
        do {
            _ = try EventLog.create(at: store.path)
        } catch {
            guard error.code == .io || error.code == .notFound else { throw error }
            throw CLIError(.cannotCreate, "cannot create a store \(store.described): \(error.message)", cause: error)
        }
        invocation.console.printLine("Created an empty store at \(store.path).")
    }
}
