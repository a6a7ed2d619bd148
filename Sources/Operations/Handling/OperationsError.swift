public import EventStore
public import Programme

/// Why Operations could not carry out a command or answer a query.
///
/// One type for every failure a caller must tell apart: a business rule (`rejected`, with the
/// domain's `Rejection`), something that does not exist, bad input data, a busy store, or the
/// store's own failures (with the `StoreError` as cause). The CLI maps `code` to an exit code
/// and prints `message`.
public struct OperationsError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// A business rule refused the command; `rejection` says which. Nothing was written.
        case rejected
        /// The actor's roles do not allow the command (`access.role-required`). Nothing was written.
        case forbidden
        /// The store, an edition, a dossier or a candidature does not exist.
        case notFound
        /// A value or a file does not have the expected shape (a CSV file, a too long reason).
        case invalidInput
        /// Other writers kept winning the race, or held the lock too long: retry later.
        case busy
        /// The store cannot be created where asked.
        case cannotCreate
        /// Reading or writing the store or the vault failed, or the log is damaged.
        case storage
        /// Something that should not happen: a bug.
        case internalError
    }

    public let code: Code
    /// A sentence an operator understands, without a prefix.
    public let message: String
    /// The rule that refused the command, for `rejected`.
    public let rejection: Rejection?
    /// The store's error, when the store failed.
    public let storeError: StoreError?
    /// The CSV problem, for a malformed import file.
    public let csvError: CSVError?

    public init(
        _ code: Code, _ message: String, rejection: Rejection? = nil, storeError: StoreError? = nil,
        csvError: CSVError? = nil
    ) {
        self.code = code
        self.message = message
        self.rejection = rejection
        self.storeError = storeError
        self.csvError = csvError
    }

    public var description: String { message }

    /// A business rule's refusal; an unknown subject is reported as not found.
    static func rejected(_ rejection: Rejection) -> OperationsError {
        switch rejection {
        case .dossierUnknown, .candidatureUnknown, .editionUnknown:
            OperationsError(.notFound, rejection.message, rejection: rejection)
        default:
            OperationsError(.rejected, rejection.message, rejection: rejection)
        }
    }

    /// The store's failure, classified for the caller.
    static func store(_ error: StoreError) -> OperationsError {
        let code: Code =
            switch error.code {
            case .busy, .versionConflict: .busy
            case .notFound: .notFound
            case .alreadyExists: .cannotCreate
            case .invalidArgument, .tooLarge: .invalidInput
            case .corrupted, .io, .unsupportedFormat, .readOnly, .fatal: .storage
            }
        return OperationsError(code, error.message, storeError: error)
    }
}
