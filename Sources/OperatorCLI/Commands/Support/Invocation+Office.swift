import EventStore
import Operations
import Programme

/// How the commands of the programme reach Operations: open the store, turn the recording
/// options into a `Recording`, and turn Operations' errors into exit codes and sentences.
extension Invocation {
    /// Opens the office on the store the context names (for reading, on the log the access
    /// gate opened when it opened one).
    func openOffice(for access: OfficeAccess = .write) throws(CLIError) -> ProgrammeOffice {
        let now = context.now
        if access == .read, let gateLog {
            return ProgrammeOffice(log: gateLog, actor: context.actor, clock: now)
        }
        do {
            return try ProgrammeOffice.open(
                at: context.store.path, access: access == .write ? .write : .read, actor: context.actor,
                clock: now,
                options: StorePermissions.options(for: context.store.path))
        } catch  where error.code == .notFound {
            throw CLIError(
                .notFound,
                "no store \(context.store.described); create one with 'eig init', or try 'eig demo'", cause: error)
        } catch {
            throw CLIError(operations: error)
        }
    }

    /// `--command-id`, `--on-behalf-of`, `--at` and its reason, as Operations takes them.
    var recording: Recording {
        let options = context.recording
        return Recording(
            commandID: options.commandID, onBehalfOf: options.onBehalfOf,
            backdating: options.backdating.map {
                Backdating(
                    occurredAt: $0.occurredAt,
                    reason: $0.reason)
            })
    }

    /// Runs `body`, turning Operations' errors into the CLI's.
    func perform<Result>(_ body: () throws(OperationsError) -> Result) throws(CLIError) -> Result {
        do {
            return try body()
        } catch {
            throw CLIError(operations: error)
        }
    }
}

/// Whether a command only reads the store.
enum OfficeAccess {
    case read
    case write
}

extension CLIError {
    /// The exit code and sentence of an Operations error (DESIGN §7): a rule's refusal exits 1
    /// and names the rule by its code.
    init(operations error: OperationsError) {
        switch error.code {
        case .rejected:
            if let rejection = error.rejection, case .invalidText = rejection {
                self.init(.dataError, "\(error.message) [\(rejection.code)]", cause: error)
            } else if let rejection = error.rejection {
                self.init(.refused, "\(error.message) [\(rejection.code)]", cause: error)
            } else {
                self.init(.refused, error.message, cause: error)
            }
        case .forbidden:
            self.init(.refused, error.message, cause: error)
        case .notFound:
            self.init(.notFound, error.message, cause: error)
        case .invalidInput:
            self.init(.dataError, error.message, cause: error)
        case .busy:
            self.init(.busy, "\(error.message) (busy: retry later)", cause: error)
        case .cannotCreate:
            self.init(.cannotCreate, error.message, cause: error)
        case .storage:
            self.init(.ioError, error.message, cause: error)
        case .internalError:
            self.init(.internalError, "internal error: \(error.message); please report it", cause: error)
        }
    }
}
