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

    /// The read side of the store, opened for reading.
    func openReadSide() throws(CLIError) -> ReadSide {
        do throws(StoreError) {
            return try ReadSide(store: context.store.path)
        } catch {
            throw CLIError(error, store: context.store)
        }
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

    /// Tells the operator each note on standard error.
    func tell(_ notes: [String]) {
        for note in notes { console.note(note) }
    }
}

extension CLIError {
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

/// The options the queries share.
enum QueryOptions {
    static let edition = Option<EditionKey>(
        "edition", valueName: "E", help: "Only this edition (5, dig).", parser: .edition,
        defaultDescription: "every edition")
}

/// Values as the queries print them.
enum QueryFormat {
    static func date(_ date: BusinessDate?) -> Table.Cell {
        date.map { .text($0.description) } ?? .empty
    }

    static func decimal(_ value: Double?, digits: Int = 1) -> Table.Cell {
        value.map { .decimal($0, digits: digits) } ?? .empty
    }

    static func profiles(_ profiles: [Profile]) -> String {
        profiles.map(\.rawValue).joined(separator: " ")
    }

    static func json(_ date: BusinessDate?) -> JSON {
        date.map { .string($0.description) } ?? .null
    }

    static func json(_ value: Double?, digits: Int = 2) -> JSON {
        value.map { .number($0, digits: digits) } ?? .null
    }

    static func json(_ profiles: [Profile]) -> JSON {
        .array(profiles.map { .string($0.rawValue) })
    }
}
