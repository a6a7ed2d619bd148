import EventStore
import Operations
import Programme

/// `eig init`: creates an empty store and records its creator as the first admin.
enum InitCommand {
    static let group = Option(
        "group", valueName: "GROUP",
        help: "Make the store readable by this OS group (auditors): directories 2750, files 0640.",
        parser: ValueParser<String>.text(maxLength: 64))

    static let command = Command(
        name: "init",
        summary: "Create an empty store.",
        discussion: "Creates the store's directory (its parent must exist) with files readable by "
            + "their owner only, or with --group GROUP by that group too (the personal-data vault "
            + "stays private to the owner). A directory that already holds a store, or other files, "
            + "is left alone (exit 73); an empty directory, or one holding only FORMAT.md (the "
            + "repository's EventLog/), is fine. The account running it is recorded as the store's "
            + "first admin (the first event, in $access).",
        options: [group],
        groups: [.store],
        examples: [
            Example("eig init", "Create the store in ./EventLog (or $EIG_STORE)."),
            Example("eig init --store /srv/eig/store", "Create it elsewhere."),
            Example("eig init --group eig-audit", "A store the members of eig-audit can read."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let store = invocation.context.store
        let sharedWith = invocation.value(of: group)
        var options = EventLogOptions()
        if sharedWith != nil { options.permissions = .groupReadable }
        do {
            _ = try EventLog.create(at: store.path, options: options)
        } catch {
            guard error.code == .io || error.code == .notFound else { throw error }
            throw CLIError(.cannotCreate, "cannot create a store \(store.described): \(error.message)", cause: error)
        }
        if let sharedWith { try StorePermissions.share(store.path, with: sharedWith) }
        let office = try invocation.openOffice()
        _ = try invocation.perform { () throws(OperationsError) in
            try office.recordFounder(recording: Recording(commandID: "init-founder"))
        }
        let shared = sharedWith.map { ", readable by the group \($0)" } ?? ""
        invocation.console.printLine(
            "Created an empty store at \(store.path)\(shared); \(invocation.context.actor) is its admin.")
    }
}
