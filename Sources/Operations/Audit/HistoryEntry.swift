public import EventStore
public import Programme

/// One event of a timeline, with its envelope: where it is in the log, when it was recorded
/// and when it happened, who recorded it and for whom, and what it says.
public struct HistoryEntry: Sendable, Hashable {
    /// What the event is: one of the programme's, or one of the office's (an erasure).
    public enum Event: Sendable, Hashable {
        case programme(ProgrammeEvent)
        case office(OfficeEvent)
    }

    public let position: UInt64
    public let stream: String
    public let streamVersion: UInt64
    public let type: String
    public let schemaVersion: UInt16
    /// When the log recorded it (UTC).
    public let recordedAt: Timestamp
    /// When it happened, in business time.
    public let occurredAt: BusinessInstant
    /// The OS account that ran the command.
    public let actor: String
    public let onBehalfOf: String?
    /// `backdated: <reason>` for an event recorded late.
    public let causationID: String?
    public let commandID: String
    public let event: Event

    init(_ record: RecordedEvent, _ event: Event) {
        position = record.position
        stream = record.stream
        streamVersion = record.streamVersion
        type = record.type
        schemaVersion = record.schemaVersion
        recordedAt = record.recordedAt
        occurredAt = BusinessInstant(microsecondsSinceEpoch: record.occurredAt.microsecondsSinceEpoch)
        actor = record.actor
        onBehalfOf = record.onBehalfOf
        causationID = record.causationID
        commandID = record.commandID
        self.event = event
    }

    /// The people the event names (juror, mentors, lead, candidate…), in the order it names them.
    public var people: [PersonID] {
        switch event {
        case .programme(let event): EventSummary.people(in: event)
        case .office(.personErased(let erased)): [erased.person]
        case .office: []
        }
    }

    /// One line saying what happened, with people as `name` gives them.
    public func summary(naming name: (PersonID) -> String) -> String {
        switch event {
        case .programme(let event): EventSummary.line(for: event, naming: name)
        case .office(let event): EventSummary.line(for: event, naming: name)
        }
    }
}
