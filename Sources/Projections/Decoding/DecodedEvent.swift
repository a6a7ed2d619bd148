public import EventStore
public import Programme

/// One domain event ready to fold: the edition whose partition it goes to, the event, and
/// what the envelope says about it.
public struct DecodedEvent: Sendable, Hashable {
    public var edition: EditionKey
    public var event: ProjectionEvent
    public var context: EventContext

    public init(edition: EditionKey, event: ProjectionEvent, context: EventContext) {
        self.edition = edition
        self.event = event
        self.context = context
    }
}

/// What the folds read from an event's envelope.
public struct EventContext: Sendable, Hashable {
    /// The event's position in the log.
    public var position: UInt64
    /// Business time: when it happened (dates shown by the read models are its Paris day).
    public var occurredAt: Timestamp

    public init(position: UInt64, occurredAt: Timestamp) {
        self.position = position
        self.occurredAt = occurredAt
    }

    /// The day it happened, in Paris.
    public var parisDate: BusinessDate {
        BusinessInstant(microsecondsSinceEpoch: occurredAt.microsecondsSinceEpoch).parisDate
    }
}
