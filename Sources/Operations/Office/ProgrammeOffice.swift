public import EventStore
public import Programme

/// The programme's back office over one store: the application service the CLI (and the
/// demo, and imports) talk to.
///
/// It opens the store's event log and its personal-data vault, runs domain commands (load
/// the streams, decide, append with the expected versions; again on a lost race), allocates
/// the ids of new dossiers and candidatures, registers the people commands name, and answers
/// the `show` queries by folding streams.
///
/// ```swift
/// let office = try ProgrammeOffice.open(at: "EventLog", actor: "alice")
/// let outcome = try office.execute(.dossier(id, .submit))
/// ```
///
/// A class because it owns the open log (files, mappings, the writer lock). Not `Sendable`:
/// one office per thread; several offices on one store, in one process or many, are safe.
public final class ProgrammeOffice {
    /// The store's directory.
    public let storeDirectory: String
    /// The OS account running the commands: the actor of every event recorded.
    public let actor: String
    public let vault: Vault
    let log: EventLog
    /// Business time now; occurred-at of commands recorded without `--at`.
    let clock: @Sendable () -> BusinessInstant

    /// Called after a command is decided and before its events are appended: the seam where
    /// tests let another writer win the race. Nil outside tests.
    var beforeAppend: (() -> Void)?

    /// How many times a command is decided again after losing a race before giving up (busy).
    public static let maximumAttempts = 8

    /// An office over a log already open: the CLI's access gate opens the log once and the
    /// command it lets through reuses it rather than opening (and indexing) it again.
    package init(log: EventLog, actor: String, clock: @escaping @Sendable () -> BusinessInstant) {
        self.log = log
        self.storeDirectory = log.directory
        self.actor = actor
        self.vault = Vault(storeDirectory: log.directory)
        self.clock = clock
    }

    /// Opens the store in `directory`.
    ///
    /// - Parameters:
    ///   - access: `.write` to run commands (opening recovers a torn tail under the lock),
    ///     `.read` for queries (no lock, changes nothing).
    ///   - actor: the OS account running eig.
    ///   - clock: business time now (tests fix it).
    ///   - options: the log's options (lock timeout, permissions…).
    /// - Throws: `notFound` when there is no store, `storage` or `busy` from the log.
    public static func open(
        at directory: String, access: AccessMode = .write, actor: String,
        clock: @escaping @Sendable () -> BusinessInstant = ProgrammeOffice.systemClock,
        options: EventLogOptions = EventLogOptions()
    ) throws(OperationsError) -> ProgrammeOffice {
        do {
            return ProgrammeOffice(
                log: try EventLog.open(at: directory, mode: access, options: options), actor: actor, clock: clock)
        } catch {
            throw .store(error)
        }
    }

    /// Opens the store in `directory`, creating it first if there is none (the demo's way); a
    /// store it creates records `actor` as its first admin (``recordFounder(recording:)``).
    ///
    /// - Returns: the office and whether the store was created.
    public static func openOrCreate(
        at directory: String, actor: String,
        clock: @escaping @Sendable () -> BusinessInstant = ProgrammeOffice.systemClock,
        options: EventLogOptions = EventLogOptions()
    ) throws(OperationsError) -> (office: ProgrammeOffice, created: Bool) {
        do {
            let log = try EventLog.open(at: directory, mode: .write, options: options)
            return (ProgrammeOffice(log: log, actor: actor, clock: clock), false)
        } catch  where error.code == .notFound {
            let log: EventLog
            do {
                log = try EventLog.create(at: directory, options: options)
            } catch {
                throw .store(error)
            }
            let office = ProgrammeOffice(log: log, actor: actor, clock: clock)
            try office.recordFounder(recording: Recording(commandID: "init-founder"))
            return (office, true)
        } catch {
            throw .store(error)
        }
    }

    /// The system's real-time clock, as business time.
    public static let systemClock: @Sendable () -> BusinessInstant = {
        BusinessInstant(microsecondsSinceEpoch: Timestamp.now().microsecondsSinceEpoch)
    }

    /// Where the log ends now.
    public var head: LogHead {
        get throws(OperationsError) {
            try refresh()
            return log.head
        }
    }

    /// Sees what other writers appended since.
    func refresh() throws(OperationsError) {
        do {
            try log.refresh()
        } catch {
            throw .store(error)
        }
    }

    /// A new command id: `cmd-` and a random UUID.
    static func freshCommandID() -> String {
        "cmd-" + EventID.random().uuidString
    }

    /// The envelope fields of a command.
    func metadata(commandID: String, recording: Recording) throws(OperationsError) -> CommandMetadata {
        CommandMetadata(
            commandID: commandID, actor: actor, onBehalfOf: recording.onBehalfOf,
            correlationID: recording.correlationID, causationID: try recording.backdating?.causationID())
    }

    /// The business time of a command: now, or the `--at` of a late record (never later than now).
    func occurredAt(_ recording: Recording) throws(OperationsError) -> BusinessInstant {
        let now = clock()
        guard let backdating = recording.backdating else { return now }
        guard backdating.occurredAt <= now else {
            throw OperationsError(
                .invalidInput,
                "\(backdating.occurredAt.parisDescription) is in the future; an event can be recorded late, "
                    + "never ahead of time")
        }
        return backdating.occurredAt
    }
}
