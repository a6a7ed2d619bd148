/// Who did what, shared by every event of one command.
///
/// `commandID` is the idempotency key: a command id already in the log is never applied twice.
public struct CommandMetadata: Sendable, Hashable {
    /// The idempotency key, unique per command (e.g. a UUID the CLI generates, or an import's row key).
    public var commandID: String
    /// The OS account that ran the command.
    public var actor: String
    /// The person the actor acted for, if any.
    public var onBehalfOf: String?
    /// Groups the commands of one workflow.
    public var correlationID: String?
    /// The command or event that caused this one.
    public var causationID: String?

    public init(
        commandID: String, actor: String, onBehalfOf: String? = nil, correlationID: String? = nil,
        causationID: String? = nil
    ) {
        self.commandID = commandID
        self.actor = actor
        self.onBehalfOf = onBehalfOf
        self.correlationID = correlationID
        self.causationID = causationID
    }
}
