import EventStore
import Operations
import Programme
import Projections

/// What the read-side commands share: opening the store for reading, progress on a
/// terminal, notes on standard error, and their errors as exit codes.
extension Invocation {
    /// What the query commands ask: the read side, or under `eig replay` the read models
    /// folded in memory up to the replay's point.
    func openQueries() throws(CLIError) -> any ReadQueries {
        if let replay = context.replay { return try openReplay(replay) }
        return try openReadSide()
    }

    /// The read side of the store, opened for reading (on the access gate's log when it opened
    /// one); warns when damage stops the reading of the log, unless `notingDamage` is false.
    func openReadSide(notingDamage: Bool = true) throws(CLIError) -> ReadSide {
        if let gateLog {
            if notingDamage { noteIfCutShort() }
            return ReadSide(log: gateLog)
        }
        do throws(StoreError) {
            return try ReadSide(store: context.store.path)
        } catch {
            throw CLIError(error, store: context.store)
        }
    }

    /// Warns on standard error when damage stops the reading of the log the access gate opened:
    /// the answer then stands on the events before it (listings and exports of the log, and
    /// replays past the damage, refuse instead; `verify` reports it).
    func noteIfCutShort() {
        guard let gateLog, let damage = gateLog.unreadableTail else { return }
        console.note(
            "warning: the log cannot be read past position \(gateLog.head.position), so this answer leaves out "
                + "what follows: \(TerminalText.sanitized(damage)); run `eig verify`")
    }

    /// Runs `body` with a progress callback drawing `label` on a terminal (nothing elsewhere).
    func withProgress<T>(
        _ label: String, _ body: (@escaping ProjectionStore.Progress) throws(ProjectionError) -> T
    ) throws(CLIError) -> T {
        var reporter: ProgressReporter?
        let console = console
        defer { reporter?.finish() }
        do throws(ProjectionError) {
            return try body { done, total in
                if reporter == nil { reporter = console.makeProgress(label, total: Int(total)) }
                reporter?.update(completed: Int(done))
            }
        } catch {
            throw CLIError(error)
        }
    }

    /// Refuses an `--edition` the log knows nothing of (exit 66, as `promotion show` and
    /// `stats` do) when a list came out empty: an empty list would hide a mistyped edition.
    /// A list that found rows needs no check, so the common case reads nothing more.
    func requireKnownEdition(_ edition: EditionKey?, listIsEmpty: Bool, in reads: any ReadQueries)
        throws(CLIError)
    {
        guard let edition, listIsEmpty else { return }
        let answer = try withProgress("catch-up") { (progress) throws(ProjectionError) in
            try reads.promotion(edition, progress: progress)
        }
        guard answer.value?.isKnown == true else { throw CLIError.unknownEdition(edition) }
    }

    /// Tells the operator each note on standard error.
    func tell(_ notes: [String]) {
        for note in notes { console.note(note) }
    }
}

extension PromotionsModel.Partition {
    /// Whether the log knows this edition: opened, or holding défis (the published editions
    /// imported without an opening).
    var isKnown: Bool { isOpened || !challenges.isEmpty }
}

extension CLIError {
    /// A query about an edition the log knows nothing of.
    static func unknownEdition(_ edition: EditionKey) -> CLIError {
        CLIError(.notFound, "the log knows no edition \(edition.rawValue)")
    }

    /// A read-side failure, with the exit code a monitor can read.
    init(_ error: ProjectionError) {
        let code: ExitCode =
            switch error.code {
            case .busy: .busy
            case .unreadableEvent: .dataError
            case .unknownModel: .usage
            case .io, .log, .damaged: .ioError
            }
        var message = error.message
        if let cause = error.cause { message += " (\(cause))" }
        self.init(code, message, cause: error)
    }

    /// A failure to open or read the store.
    init(_ error: StoreError, store: StoreLocation) {
        switch error.code {
        case .notFound:
            self.init(.notFound, "no store \(store.described)", cause: error)
        case .busy:
            self.init(.busy, error.message, cause: error)
        default:
            self.init(.ioError, "the store \(store.described) cannot be read: \(error.message)", cause: error)
        }
    }
}
