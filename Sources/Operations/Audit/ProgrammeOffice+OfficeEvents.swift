internal import EventStore
internal import Programme

/// What recording office events did: like ``CommandOutcome``, for the `$` streams.
public struct OfficeOutcome: Sendable, Hashable {
    public let commandID: String
    /// Where its events are; nil when there was nothing to record.
    public let positions: ClosedRange<UInt64>?
    /// The command id was already in the log: nothing was written.
    public let isDuplicate: Bool
    /// The events recorded now (empty for a duplicate or when nothing changed).
    public let events: [OfficeEvent]
}

extension ProgrammeOffice {
    /// Records the office events `decide` returns for `stream`, given the stream's events so
    /// far, with the stream's version as the expected version: a command that lost a race to
    /// another writer is decided again on the fresh stream, like a domain command.
    ///
    /// - Parameters:
    ///   - at: the business time of the events (now by default).
    ///   - decide: returns the events to record (none: nothing is written), or throws a refusal.
    func recordOffice(
        in stream: String, recording: Recording, at occurredAt: BusinessInstant? = nil,
        decide: ([HistoryEntry]) throws(OperationsError) -> [OfficeEvent]
    ) throws(OperationsError) -> OfficeOutcome {
        let commandID = recording.commandID ?? Self.freshCommandID()
        let metadata = try metadata(commandID: commandID, recording: recording)
        let time = Timestamp(microsecondsSinceEpoch: (occurredAt ?? clock()).microsecondsSinceEpoch)
        for _ in 1...Self.maximumAttempts {
            try refresh()
            if let earlier = try earlierResult(of: commandID) {
                return OfficeOutcome(commandID: commandID, positions: earlier.positions, isDuplicate: true, events: [])
            }
            let current = try entries(inStream: stream)
            let events = try decide(current)
            guard !events.isEmpty else {
                return OfficeOutcome(commandID: commandID, positions: nil, isDuplicate: false, events: [])
            }
            let version = log.streamVersion(stream)
            let request = AppendRequest(
                stream: stream, expected: version == 0 ? .noStream : .exact(version), metadata: metadata,
                events: events.map {
                    ProposedEvent(
                        type: $0.typeName, schemaVersion: $0.schemaVersion, occurredAt: time,
                        payload: $0.encodedPayload())
                })
            do {
                let result = try log.append(request)
                return OfficeOutcome(
                    commandID: commandID, positions: result.positions, isDuplicate: result.isDuplicate,
                    events: result.isDuplicate ? [] : events)
            } catch  where error.code == .versionConflict {
                continue
            } catch {
                throw .store(error)
            }
        }
        throw OperationsError(
            .busy,
            "other commands kept changing \(stream); this command was decided \(Self.maximumAttempts) times and "
                + "nothing was written: try again")
    }
}
