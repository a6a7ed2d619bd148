internal import EventStore
internal import Programme

/// Commands decided one after the other on a ``WorkingSet``, their events queued as append
/// requests that carry the optimistic-concurrency checks of every decision.
///
/// Each request expects its target stream at the version the decision read, on the condition
/// that every other stream the decision read is still at the version it read: a decision
/// that read an edition and a dossier is refused by the store if either changed meanwhile, so
/// cross-stream rules ("a team never exceeds what its défi requested") hold under concurrency.
struct CommandBatch {
    private(set) var working: WorkingSet
    private(set) var requests: [AppendRequest] = []
    /// The decision behind each request, in the same order.
    private(set) var decisions: [Decision] = []

    init(log: EventLog) {
        working = WorkingSet(log: log)
    }

    /// Decides `command` at business time `occurredAt` and queues its events, if any.
    ///
    /// - Returns: the decision (its events may be empty: nothing to record).
    /// - Throws: `rejected` (or `notFound`) when a rule refuses it; nothing is queued.
    @discardableResult
    mutating func decide(
        _ command: ProgrammeCommand, at occurredAt: BusinessInstant, metadata: CommandMetadata
    ) throws(OperationsError) -> Decision {
        var history = StreamHistory()
        var versions: [ProgrammeStream: UInt64] = [:]
        for stream in command.streamsToRead {
            let loaded = try working.load(stream)
            history[stream] = loaded.events
            versions[stream] = loaded.version
        }
        let decision: Decision
        do {
            decision = try command.decide(given: history, at: occurredAt)
        } catch {
            throw .rejected(error)
        }
        guard !decision.events.isEmpty else { return decision }
        let target = decision.stream
        var targetVersion = versions[target] ?? 0
        if versions[target] == nil { targetVersion = try working.load(target).version }
        let conditions = versions.filter { $0.key != target }.sorted { $0.key < $1.key }.map {
            StreamCondition(stream: $0.key.name, expected: Self.expectation($0.value))
        }
        let timestamp = Timestamp(microsecondsSinceEpoch: occurredAt.microsecondsSinceEpoch)
        let events = decision.events.map {
            ProposedEvent(
                type: $0.typeName, schemaVersion: $0.schemaVersion, occurredAt: timestamp, payload: $0.encodedPayload())
        }
        requests.append(
            AppendRequest(
                stream: target.name, expected: Self.expectation(targetVersion), metadata: metadata, events: events,
                conditions: conditions))
        decisions.append(decision)
        working.add(decision.events, to: target)
        return decision
    }

    /// Appends every queued request in one durable commit: all or nothing.
    ///
    /// - Throws: the store's error; `.versionConflict` means another writer changed a stream
    ///   this batch read: nothing was written, decide again on fresh state.
    func append() throws(StoreError) -> [AppendResult] {
        guard !requests.isEmpty else { return [] }
        return try working.log.append(batch: requests)
    }

    /// `noStream` for a stream not yet written, else its exact version.
    static func expectation(_ version: UInt64) -> ExpectedVersion {
        version == 0 ? .noStream : .exact(version)
    }
}
