public import Programme

/// How a command is recorded besides its events: its idempotency key, for whom, and when.
///
/// The actor (the OS account running eig) belongs to the ``ProgrammeOffice``; these are the
/// per-command choices of the operator (`--command-id`, `--on-behalf-of`, `--at --reason`).
public struct Recording: Sendable, Hashable {
    /// The idempotency key; nil means a fresh, unique one.
    public var commandID: String?
    /// Who the command is made for, recorded as given.
    public var onBehalfOf: String?
    /// Business time and reason of an event recorded late; nil means "now".
    public var backdating: Backdating?
    /// Groups the commands of one workflow (the demo, an import).
    public var correlationID: String?

    public init(
        commandID: String? = nil, onBehalfOf: String? = nil, backdating: Backdating? = nil,
        correlationID: String? = nil
    ) {
        self.commandID = commandID
        self.onBehalfOf = onBehalfOf
        self.backdating = backdating
        self.correlationID = correlationID
    }

    /// A command recorded now, with a fresh command id.
    public static let now = Recording()
}

/// An event recorded after the fact: when it happened and why it is recorded late.
///
/// The reason is kept in the envelope's causation id as `backdated: <reason>` (one line, at
/// most ``maximumReasonBytes`` bytes of UTF-8), so `eig log show` shows it next to the
/// occurred-at it explains, for every event of the command, whatever the event type.
public struct Backdating: Sendable, Hashable {
    public var occurredAt: BusinessInstant
    public var reason: String

    /// The longest reason the envelope holds (its ids are limited to 255 bytes).
    public static let maximumReasonBytes = 240
    /// What precedes the reason in the causation id.
    public static let causationPrefix = "backdated: "

    public init(occurredAt: BusinessInstant, reason: String) {
        self.occurredAt = occurredAt
        self.reason = reason
    }

    /// The causation id that records the reason: runs of white space (line breaks, tabs) become one space.
    ///
    /// - Throws: `invalidInput` when the reason is empty or does not fit the envelope.
    func causationID() throws(OperationsError) -> String {
        let oneLine = reason.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !oneLine.isEmpty else {
            throw OperationsError(.invalidInput, "the reason for recording an event late is empty")
        }
        guard oneLine.utf8.count <= Self.maximumReasonBytes else {
            throw OperationsError(
                .invalidInput,
                "the reason for recording an event late is \(oneLine.utf8.count) bytes long; it is kept in the "
                    + "event's envelope, which holds at most \(Self.maximumReasonBytes)")
        }
        return Self.causationPrefix + oneLine
    }
}
