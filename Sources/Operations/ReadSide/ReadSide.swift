public import EventStore
public import Programme
public import Projections

/// The queries of the read side, for the operator CLI: each reads its read model as of the
/// log's head (catching it up first, or folding in memory what it cannot persist) and says
/// at which log position its answer stands.
///
/// ```swift
/// let reads = try ReadSide(store: "/srv/eig")
/// let answer = try reads.dossiers(DossierFilter(edition: try EditionKey(parsing: "5")))
/// ```
public struct ReadSide {
    public let projections: ProjectionStore

    /// Opens the store at `directory` for reading: queries never write the log.
    ///
    /// - Throws: `StoreError` (`.notFound` when there is no store there).
    public init(store directory: String, options: ProjectionOptions = ProjectionOptions()) throws(StoreError) {
        projections = ProjectionStore(log: try EventLog.open(at: directory, mode: .read), options: options)
    }

    /// The read side over a log already open for reading (the CLI reuses the log its access
    /// gate opened: opening a large log twice costs more than the query itself).
    public init(log: EventLog, options: ProjectionOptions = ProjectionOptions()) {
        projections = ProjectionStore(log: log, options: options)
    }

    /// An answer, with the log position it stands at and what the operator should know.
    public struct Answer<Value> {
        public var value: Value
        public var position: UInt64
        /// Read models rebuilt on the way, or not updated (and how far behind they are).
        public var notes: [String]
    }

    public func dossiers(
        _ filter: DossierFilter, progress: ProjectionStore.Progress? = nil
    ) throws(ProjectionError) -> Answer<[DossierRow]> {
        let current = try projections.current(
            DossiersModel.self, editions: filter.edition.map { [$0] }, progress: progress)
        return Answer(value: filter.select(from: current.state), position: current.position, notes: Self.notes(current))
    }

    public func candidatures(
        _ filter: CandidatureFilter, progress: ProjectionStore.Progress? = nil
    ) throws(ProjectionError) -> Answer<[CandidatureRow]> {
        let current = try projections.current(
            CandidaturesModel.self, editions: filter.edition.map { [$0] }, progress: progress)
        return Answer(value: filter.select(from: current.state), position: current.position, notes: Self.notes(current))
    }

    /// Every promotion, in edition order (editions opened or with défis).
    public func promotions(progress: ProjectionStore.Progress? = nil) throws(ProjectionError)
        -> Answer<[PromotionsModel.Partition]>
    {
        let current = try projections.current(PromotionsModel.self, progress: progress)
        return Answer(
            value: current.state.editions.map(\.partition), position: current.position, notes: Self.notes(current))
    }

    /// The promotion of `edition`; nil when the log knows nothing of it.
    public func promotion(_ edition: EditionKey, progress: ProjectionStore.Progress? = nil) throws(ProjectionError)
        -> Answer<PromotionsModel.Partition?>
    {
        let current = try projections.current(PromotionsModel.self, editions: [edition], progress: progress)
        return Answer(value: current.state.partitions[edition], position: current.position, notes: Self.notes(current))
    }

    /// The statistics of every edition, or of one.
    public func statistics(edition: EditionKey? = nil, progress: ProjectionStore.Progress? = nil)
        throws(ProjectionError) -> Answer<StatisticsReport>
    {
        // The figures only: each edition's summary, not the facts behind it.
        let current = try projections.current(StatisticsModel.self, queryPartOnly: true, progress: progress)
        return Answer(
            value: StatisticsReport(current.state, editions: edition.map { [$0] }), position: current.position,
            notes: Self.notes(current))
    }

    private static func notes<Model>(_ current: CurrentState<Model>) -> [String] {
        var notes = current.notes
        if let report = current.catchUp {
            for outcome in report.rebuilt where outcome.cause != .condition(.missing) {
                notes.append("the \(outcome.name.rawValue) read model was rebuilt: \(outcome.cause!.summary)")
            }
            for snapshot in report.ignoredSnapshots {
                notes.append("ignored the snapshot \(snapshot.path): \(snapshot.problem ?? "unusable")")
            }
        }
        return notes
    }
}
