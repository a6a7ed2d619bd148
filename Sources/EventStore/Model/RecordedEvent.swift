/// An event as the log holds it: the whole envelope of DESIGN §4 and the payload.
public struct RecordedEvent: Sendable, Hashable {
    /// Global position, gapless from 1.
    public var position: UInt64
    public var stream: String
    /// The event's version in its stream, gapless from 1.
    public var streamVersion: UInt64
    public var eventID: EventID
    /// Shared by the events of one command: the idempotency key.
    public var commandID: String
    public var type: String
    public var schemaVersion: UInt16
    /// When the log recorded the event (UTC, never decreasing along the log).
    public var recordedAt: Timestamp
    /// Business time given by the command.
    public var occurredAt: Timestamp
    public var actor: String
    public var onBehalfOf: String?
    public var correlationID: String?
    public var causationID: String?
    public var payload: [UInt8]
    /// SHA-256 of the previous record's chain hash and this record's bytes.
    public var chainHash: Digest

    public init(
        position: UInt64, stream: String, streamVersion: UInt64, eventID: EventID, commandID: String,
        type: String, schemaVersion: UInt16, recordedAt: Timestamp, occurredAt: Timestamp, actor: String,
        onBehalfOf: String?, correlationID: String?, causationID: String?, payload: [UInt8], chainHash: Digest
    ) {
        self.position = position
        self.stream = stream
        self.streamVersion = streamVersion
        self.eventID = eventID
        self.commandID = commandID
        self.type = type
        self.schemaVersion = schemaVersion
        self.recordedAt = recordedAt
        self.occurredAt = occurredAt
        self.actor = actor
        self.onBehalfOf = onBehalfOf
        self.correlationID = correlationID
        self.causationID = causationID
        self.payload = payload
        self.chainHash = chainHash
    }
}
