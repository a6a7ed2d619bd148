/// The exit statuses of eig (DESIGN §7), taken from BSD `sysexits.h` where one fits, so that
/// scripts and monitors can tell what went wrong without parsing messages.
///
/// Every error reaches the operator through ``ErrorReport``, the one place that maps errors to
/// these codes.
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// Done.
    case success = 0
    /// A business rule refused the command; the message names the rule.
    case refused = 1
    /// The command line is wrong: unknown command or option, missing or malformed value.
    case usage = 64
    /// The input data is wrong: an invalid file, invalid UTF-8 in an argument.
    case dataError = 65
    /// What the command names does not exist: no store, no such dossier.
    case notFound = 66
    /// A bug in eig: please report it.
    case internalError = 70
    /// Something could not be created: the store already exists, a directory is not writable.
    case cannotCreate = 73
    /// Reading or writing failed, or the log is corrupted.
    case ioError = 74
    /// Another process holds the store's lock; retry later.
    case busy = 75

    /// A few words an operator reads in `eig --help`.
    var meaning: String {
        switch self {
        case .success: "done"
        case .refused: "refused by a business rule (the message names the rule)"
        case .usage: "usage error: unknown command or option, missing or malformed value"
        case .dataError: "bad input data"
        case .notFound: "not found (no store, no such record)"
        case .internalError: "internal error in eig (please report it)"
        case .cannotCreate: "cannot create (for example, the store already exists)"
        case .ioError: "I/O error or corruption"
        case .busy: "busy: another process holds the store's lock; retry later"
        }
    }
}
