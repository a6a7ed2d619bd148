/// An event a command wants to record, before the log gives it a position, a stream version,
/// a recorded-at time and a chain hash.
///
/// The payload is opaque to the log (eig's domain writes JSON, but the store does not parse
/// it); it is limited to ``EventLogLimits/maximumPayloadBytes``.
public struct ProposedEvent: Sendable, Hashable {
    /// The event's type name, e.g. `DossierSubmitted`.
    public var type: String
    /// The version of the payload's schema, so readers can upcast old events.
    public var schemaVersion: UInt16
    /// Business time: when the fact happened, as the domain sees it.
    public var occurredAt: Timestamp
    /// The encoded event.
    public var payload: [UInt8]
    /// The event's id; `nil` lets the log generate a random UUID.
    public var eventID: EventID?

    public init(
        type: String, schemaVersion: UInt16 = 1, occurredAt: Timestamp, payload: [UInt8],
        eventID: EventID? = nil
    ) {
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.payload = payload
        self.eventID = eventID
    }
}
