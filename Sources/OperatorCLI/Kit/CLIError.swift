/// An error the CLI reports to the operator: which exit code, what sentence, and what caused it.
///
/// Commands throw it for conditions they detect themselves; errors from the libraries below
/// (store, domain) are translated by ``ErrorReport``. A usage error carries the command whose
/// `--help` the message points to.
struct CLIError: Error, CustomStringConvertible {
    /// The exit code the process ends with.
    var code: ExitCode
    /// One sentence for the operator, without the `eig: ` prefix.
    var message: String
    /// The underlying error, kept for diagnostics; never printed as a stack trace.
    var cause: (any Error)?
    /// For usage errors: the command path (`["eig", "log", "show"]`) whose help can help.
    var helpCommand: [String]?

    init(_ code: ExitCode, _ message: String, cause: (any Error)? = nil, helpCommand: [String]? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
        self.helpCommand = helpCommand
    }

    var description: String { message }

    /// A problem with the command line; the hint points to `helpCommand --help`.
    static func usage(_ message: String, command: [String]) -> CLIError {
        CLIError(.usage, message, helpCommand: command)
    }
}
