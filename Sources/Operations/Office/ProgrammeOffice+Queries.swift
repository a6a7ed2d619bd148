internal import EventStore
public import Programme

/// The current state of one aggregate, folded from the log, with when it last changed.
public struct AggregateView<State: Sendable>: Sendable {
    public let state: State
    /// How many of the log's events made it.
    public let eventCount: Int
    /// Business time of its first and of its latest event.
    public let firstOccurredAt: BusinessInstant
    public let lastOccurredAt: BusinessInstant
    /// The global position of its latest event.
    public let lastPosition: UInt64
}

extension ProgrammeOffice {
    /// A dossier as it is now; nil when it does not exist.
    public func dossier(_ id: DossierID) throws(OperationsError) -> AggregateView<ProjectDossier>? {
        try refresh()
        let events = try timedEvents(of: .dossier(id))
        return view(of: events, ProjectDossier.fold(events.map(\.event)))
    }

    /// A candidature as it is now (its own stream, then the seat events of its edition that
    /// name it); nil when it does not exist.
    public func candidature(_ id: CandidatureID) throws(OperationsError) -> AggregateView<Candidature>? {
        try refresh()
        let own = try timedEvents(of: .candidature(id))
        let seats = try timedEvents(of: .edition(id.edition)).filter {
            $0.event.subjects.contains(.candidature(id))
        }
        return view(of: own + seats, Candidature.fold(own.map(\.event), editionEvents: seats.map(\.event)))
    }

    /// An edition and its promotion as they are now; nil when it was never opened.
    public func edition(_ key: EditionKey) throws(OperationsError) -> AggregateView<Edition>? {
        try refresh()
        let events = try timedEvents(of: .edition(key))
        return view(of: events, Edition.fold(events.map(\.event)))
    }

    /// What the vault holds about a person; nil when it holds nothing (unknown or erased).
    public func person(_ id: PersonID) throws(OperationsError) -> PersonRecord? {
        try vault.record(of: id)
    }

    /// The editions opened in the store, in key order.
    public func editionKeys() throws(OperationsError) -> [EditionKey] {
        try refresh()
        return log.streamNames(withPrefix: "edition-").compactMap { name -> EditionKey? in
            if case .edition(let key) = ProgrammeStream(name: name) { key } else { nil }
        }.sorted()
    }

    private struct TimedEvent {
        var event: ProgrammeEvent
        var occurredAt: BusinessInstant
        var position: UInt64
    }

    private func view<State>(of events: [TimedEvent], _ state: State?) -> AggregateView<State>? {
        guard let state, let first = events.first else { return nil }
        let latest = events.max { $0.position < $1.position }!
        return AggregateView(
            state: state, eventCount: events.count, firstOccurredAt: first.occurredAt,
            lastOccurredAt: latest.occurredAt, lastPosition: latest.position)
    }

    private func timedEvents(of stream: ProgrammeStream) throws(OperationsError) -> [TimedEvent] {
        let recorded: [RecordedEvent]
        do {
            recorded = try log.events(inStream: stream.name)
        } catch {
            throw .store(error)
        }
        var events: [TimedEvent] = []
        for record in recorded {
            do {
                guard
                    let event = try ProgrammeEvent.decodeIfKnown(
                        type: record.type, schemaVersion: record.schemaVersion, payload: record.payload)
                else { continue }
                events.append(
                    TimedEvent(
                        event: event,
                        occurredAt: BusinessInstant(microsecondsSinceEpoch: record.occurredAt.microsecondsSinceEpoch),
                        position: record.position))
            } catch {
                throw OperationsError(
                    .storage, "the event at position \(record.position) of \(record.stream) cannot be read: \(error)")
            }
        }
        return events
    }
}
