public import EventStore
public import Programme
public import Projections

/// The programme as the log knew it at a past position (bitemporal replay, DESIGN §6): the
/// read models folded in memory from the log's first event up to that position, and, with a
/// business date, from the events that had occurred by then only. Nothing is written and the
/// persisted read models are not read: a replay depends on the log alone.
///
/// - *as at* a position or a recorded time: what the system knew then (the events recorded
///   up to it; later corrections, even of earlier facts, are left out);
/// - *as of* a business time: what had happened by then, as far as the log knows at the
///   *as at* point (events recorded late, with `--at`, count from their occurred-at).
///
/// ```swift
/// let jury = try Replay(store: "EventLog", at: .recordedAt(evening), asOf: nil)
/// let dossiers = try jury.dossiers(DossierFilter(edition: edition5), progress: nil).value
/// ```
public struct Replay: ReadQueries {
    /// Where the replay stops in the log.
    public enum Point: Sendable, Hashable {
        /// The log's last event.
        case head
        /// A position (the head if the log is shorter).
        case position(UInt64)
        /// The last event recorded at or before this time.
        case recordedAt(Timestamp)
    }

    /// The last position folded (0: before the first event).
    public let position: UInt64
    /// When the event at ``position`` was recorded; nil for position 0.
    public let recordedAt: Timestamp?
    /// The log's head when the replay was made.
    public let head: UInt64
    /// Only events that occurred before this instant were folded; nil: every event up to
    /// ``position``.
    public let occurredBefore: BusinessInstant?
    /// The domain's events folded, in log order.
    let events: [DecodedEvent]
    let log: EventLog

    /// Reads the log at `store` up to `point`, keeping the events that occurred before
    /// `occurredBefore` (all of them when nil).
    ///
    /// - Throws: `notFound` without a store; `storage` for a log that cannot be read, or whose
    ///   damage stops the reading before `point` (``EventLog/unreadableTail``).
    public init(store: String, at point: Point, occurredBefore: BusinessInstant?) throws(OperationsError) {
        do throws(StoreError) {
            log = try EventLog.open(at: store, mode: .read)
            head = log.head.position
            switch point {
            case .head: position = head
            case .position(let requested): position = min(requested, head)
            case .recordedAt(let time): position = try log.position(atOrBefore: time)
            }
            recordedAt = position == 0 ? nil : try log.event(at: position).recordedAt
            // Damage that stops the reading at the head: a replay that asks for more than the
            // readable events would silently leave out what follows.
            let reachesPastHead =
                switch point {
                case .head: true
                case .position(let requested): requested > head
                case .recordedAt: position == head
                }
            if reachesPastHead, let damage = log.unreadableTail {
                throw StoreError(
                    .corrupted,
                    "the log cannot be read past position \(head), so a replay up to there would leave out what "
                        + "follows: \(damage); replay as at an earlier point, or run `eig verify`",
                    position: head + 1)
            }
        } catch {
            throw .store(error)
        }
        self.occurredBefore = occurredBefore
        var decoder = EventDecoder()
        var events: [DecodedEvent] = []
        let limit = occurredBefore.map { Timestamp(microsecondsSinceEpoch: $0.microsecondsSinceEpoch) }
        do {
            if position > 0 {
                try log.forEachRecord(from: 1, through: position) { record in
                    guard let event = try decoder.decode(record) else { return }
                    if let limit, event.context.occurredAt >= limit { return }
                    events.append(event)
                }
            }
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as ProjectionError {
            throw OperationsError(.storage, error.message)
        } catch {
            throw OperationsError(.internalError, "replaying the log failed: \(error)")
        }
        self.events = events
    }

    /// `as at position 1234 of 2000 (recorded 2021-05-04T16:00:00Z)`, `…, events occurred before …`.
    public var description: String {
        var text = "as at position \(position) of \(head)"
        if let recordedAt { text += " (recorded \(recordedAt.iso8601))" }
        if let occurredBefore { text += ", events occurred before \(occurredBefore.parisDescription)" }
        return text
    }

    private func answer<Value>(_ value: Value) -> ReadSide.Answer<Value> {
        ReadSide.Answer(value: value, position: position, notes: [])
    }

    public func dossiers(_ filter: DossierFilter, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<[DossierRow]>
    {
        answer(filter.select(from: DossiersModel.fold(events)))
    }

    public func candidatures(_ filter: CandidatureFilter, progress: ProjectionStore.Progress?)
        throws(ProjectionError) -> ReadSide.Answer<[CandidatureRow]>
    {
        answer(filter.select(from: CandidaturesModel.fold(events)))
    }

    public func promotions(progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<[PromotionsModel.Partition]>
    {
        answer(PromotionsModel.fold(events).editions.map(\.partition))
    }

    public func promotion(_ edition: EditionKey, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<PromotionsModel.Partition?>
    {
        answer(PromotionsModel.fold(events.filter { $0.edition == edition }).partitions[edition])
    }

    public func statistics(edition: EditionKey?, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<StatisticsReport>
    {
        answer(StatisticsReport(StatisticsModel.fold(events), editions: edition.map { [$0] }))
    }
}
