import EventStore
import Glibc
import Operations
import Programme

/// The one check every command goes through before it runs: does the actor hold a role that
/// may run it (``AccessPolicy``)?
///
/// Commands that open no store have nothing to protect, and a store that does not exist yet
/// holds no roles: the command itself reports it missing (or, for `eig demo`, creates it and
/// records its creator as the first admin). `eig init` makes a store and is never checked.
enum AccessGate {
    /// Commands that are not checked.
    static let exempt: Set<String> = ["init"]

    /// The command's words after `eig`: `"dossier evaluate"`.
    static func name(of path: [String]) -> String {
        path.dropFirst().joined(separator: " ")
    }

    /// Throws exit 1 naming the role needed when the actor may not run the command.
    ///
    /// - Returns: the log the check opened for reading, for the command to reuse (opening a
    ///   large log costs more than a query: its stream index is read and checked); nil when
    ///   the check opened none or could not open it (the command then reports why).
    @discardableResult
    static func check(_ command: Command, path: [String], context: CommandContext) throws -> EventLog? {
        let name = name(of: path)
        guard !exempt.contains(name), command.allOptions.contains(where: { $0.name == "store" }) else { return nil }
        guard access(context.store.path + "/store.json", F_OK) == 0 else { return nil }
        let log: EventLog
        do throws(StoreError) {
            log = try EventLog.open(
                at: context.store.path, mode: .read, options: StorePermissions.options(for: context.store.path))
        } catch {
            // A store that cannot be opened is reported by the command, with its own words.
            return nil
        }
        do throws(OperationsError) {
            try ProgrammeOffice(log: log, actor: context.actor, clock: context.now).authorize(name)
        } catch {
            guard error.code == .forbidden else { return nil }
            throw CLIError(operations: error)
        }
        return log
    }
}
