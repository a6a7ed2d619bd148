import EventStore

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
        case let error as StoreError:
            self.init(code: Self.exitCode(for: error.code), lines: ["eig: \(error.message)"])
        default:
            self.init(
                code: .internalError,
                lines: ["eig: internal error: \(String(describing: error)); please report it"]
            )
        }
    }

    /// The store's error codes as exit codes (DESIGN §7).
    static func exitCode(for code: StoreError.Code) -> ExitCode {
        switch code {
        case .busy: .busy
        // Another writer moved the stream on even after the retries: try again.
        case .versionConflict: .busy
        case .corrupted, .io, .fatal, .unsupportedFormat: .ioError
        case .notFound: .notFound
        case .alreadyExists: .cannotCreate
        case .invalidArgument, .tooLarge: .dataError
        // Appending to a log opened for reading is a bug of eig's, not the operator's doing.
        case .readOnly: .internalError
        }
    }

    /// The text for standard error, one line each.
    var text: String { lines.map { $0 + "\n" }.joined() }
}
