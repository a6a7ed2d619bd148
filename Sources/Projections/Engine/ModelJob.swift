internal import Programme

/// One read model being brought up to the log's head: its state so far, where it starts,
/// and which editions the new events touched.
///
/// A job either continues a committed read model (``base`` is its manifest: partitions are
/// read from their files when an event first touches them, and only those are rewritten), or
/// folds it whole, from zero or from a snapshot (``base`` is nil: every partition is written).
struct ModelJob<Model: PersistableModel> {
    var state: ModelState<Model>
    /// The position the state is at: only later events are applied.
    let start: UInt64
    /// The committed read model this job continues; nil for a whole fold.
    let base: ModelManifest?
    /// Only these editions are folded (queries folding in memory); nil for all.
    let editions: Set<EditionKey>?
    /// The editions the folded events belong to.
    private(set) var touched: Set<EditionKey> = []
    /// The domain events applied.
    private(set) var applied: UInt64 = 0
    private var lastEdition: EditionKey?

    init(state: ModelState<Model> = ModelState(), start: UInt64, base: ModelManifest?, editions: Set<EditionKey>? = nil) {
        self.state = state
        self.start = start
        self.base = base
        self.editions = editions
    }

    var isWhole: Bool { base == nil }

    mutating func apply(_ event: DecodedEvent, store: ProjectionStore) throws(ProjectionError) {
        guard event.context.position > start, Model.families.contains(event.event.family) else { return }
        if event.edition != lastEdition {
            if let editions, !editions.contains(event.edition) { return }
            if touched.insert(event.edition).inserted, let base, let entry = base.entry(for: event.edition) {
                state.partitions[event.edition] = try store.loadPartition(Model.self, entry)
            }
            lastEdition = event.edition
        }
        applied += 1
        Model.apply(
            event.event, event.context,
            to: &state.partitions[event.edition, default: Model.makePartition(event.edition)])
    }
}

/// The jobs of one walk over the log: each event is decoded once and folded into every
/// read model that needs it.
struct FoldSet {
    var dossiers: ModelJob<DossiersModel>?
    var candidatures: ModelJob<CandidaturesModel>?
    var promotions: ModelJob<PromotionsModel>?
    var statistics: ModelJob<StatisticsModel>?

    var isEmpty: Bool { dossiers == nil && candidatures == nil && promotions == nil && statistics == nil }

    /// The earliest position a job starts at: the walk begins after it.
    var start: UInt64? {
        [dossiers?.start, candidatures?.start, promotions?.start, statistics?.start].compactMap { $0 }.min()
    }

    mutating func apply(_ event: DecodedEvent, store: ProjectionStore) throws(ProjectionError) {
        try dossiers?.apply(event, store: store)
        try candidatures?.apply(event, store: store)
        try promotions?.apply(event, store: store)
        try statistics?.apply(event, store: store)
    }
}
