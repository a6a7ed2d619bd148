internal import EventStore
public import Programme

extension Replay {
    /// A dossier as it stood at the replay's point; nil when it did not exist yet.
    public func dossier(_ id: DossierID) throws(OperationsError) -> AggregateView<ProjectDossier>? {
        let events = try timedEvents(of: .dossier(id))
        return view(of: events, ProjectDossier.fold(events.map(\.event)))
    }

    /// A candidature as it stood at the replay's point (its stream, then its seat events).
    public func candidature(_ id: CandidatureID) throws(OperationsError) -> AggregateView<Candidature>? {
        let own = try timedEvents(of: .candidature(id))
        let seats = try timedEvents(of: .edition(id.edition)).filter { $0.event.subjects.contains(.candidature(id)) }
        return view(of: own + seats, Candidature.fold(own.map(\.event), editionEvents: seats.map(\.event)))
    }

    private struct TimedEvent {
        var event: ProgrammeEvent
        var occurredAt: BusinessInstant
        var position: UInt64
    }

    private func view<State>(of events: [TimedEvent], _ state: State?) -> AggregateView<State>? {
        guard let state, let first = events.first, let latest = events.max(by: { $0.position < $1.position })
        else { return nil }
        return AggregateView(
            state: state, eventCount: events.count, firstOccurredAt: first.occurredAt,
            lastOccurredAt: latest.occurredAt, lastPosition: latest.position)
    }

    /// The stream's events up to the replay's position that occurred before its limit.
    private func timedEvents(of stream: ProgrammeStream) throws(OperationsError) -> [TimedEvent] {
        let records: [RecordedEvent]
        do {
            records = try log.events(inStream: stream.name)
        } catch {
            throw .store(error)
        }
        var events: [TimedEvent] = []
        for record in records where record.position <= position {
            let occurredAt = BusinessInstant(microsecondsSinceEpoch: record.occurredAt.microsecondsSinceEpoch)
            if let occurredBefore, occurredAt >= occurredBefore { continue }
            do {
                guard
                    let event = try ProgrammeEvent.decodeIfKnown(
                        type: record.type, schemaVersion: record.schemaVersion, payload: record.payload)
                else { continue }
                events.append(TimedEvent(event: event, occurredAt: occurredAt, position: record.position))
            } catch {
                throw OperationsError(
                    .storage, "the event at position \(record.position) of \(record.stream) cannot be read: \(error)")
            }
        }
        return events
    }
}
