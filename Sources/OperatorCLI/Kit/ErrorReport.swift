/// The one place where errors become an exit code and a message on standard error.
///
/// Expected errors print one or two sentences; only an error nobody anticipated is reported as
/// internal (exit 70), still without a stack trace. Errors of the libraries below (the store's
/// `StoreError`, the domain's rejections) get their case here as those libraries arrive.
struct ErrorReport: Equatable {
    var code: ExitCode
    /// The lines written to standard error, each already prefixed with `eig: ` where needed.
    var lines: [String]

    init(code: ExitCode, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// Maps any error thrown while running a command.
    init(for error: any Error) {
        switch error {
        case let error as CLIError:
            var lines = ["eig: \(error.message)"]
            if let command = error.helpCommand {
                lines.append("Run '\(command.joined(separator: " ")) --help' for usage.")
            }
            self.init(code: error.code, lines: lines)
        default:
            self.init(
                code: .internalError,
                lines: ["eig: internal error: \(String(describing: error)); please report it"]
            )
        }
    }

    /// The text for standard error, one line each.
    var text: String { lines.map { $0 + "\n" }.joined() }
}
