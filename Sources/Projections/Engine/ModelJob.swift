internal import Programme

/// One read model being brought up to the log's head: its state so far, where it starts,
/// and which editions the new events touched.
///
/// A job either continues a committed read model (``base`` is its manifest: partitions are
/// read from their files when an event first touches them, and only those are rewritten), or
/// folds it whole, from zero or from a snapshot (``base`` is nil: every partition is written).
///
/// Partitions are held by edition slot (``EditionSlots``), so that folding an event costs no
/// hashing of its edition in each read model.
struct ModelJob<Model: PersistableModel>: Sendable {
    /// The position the state is at: only later events are applied.
    let start: UInt64
    /// The committed read model this job continues; nil for a whole fold.
    let base: ModelManifest?
    /// Only these editions are folded (queries folding in memory); nil for all.
    let editions: Set<EditionKey>?
    /// The domain events applied.
    private(set) var applied: UInt64 = 0
    /// Partitions given at the start (from a snapshot or the committed files), not yet placed in a slot.
    private var initial: [EditionKey: Model.Partition]
    /// By edition slot: the partition, once an event of its edition came (or it was given).
    private var slots: [Model.Partition?] = []
    /// By edition slot: whether an event of the edition was folded.
    private var touchedSlots: [Bool] = []

    init(
        state: ModelState<Model> = ModelState(), start: UInt64, base: ModelManifest?, editions: Set<EditionKey>? = nil
    ) {
        initial = state.partitions
        self.start = start
        self.base = base
        self.editions = editions
    }

    var isWhole: Bool { base == nil }

    /// Folds one event of the edition in `slot` (numbered by `slots`).
    @inline(__always)
    mutating func apply(
        _ event: borrowing ProjectionEvent, _ context: EventContext, family: ProjectionEvent.Families, slot: Int,
        edition: borrowing EditionKey, store: borrowing ProjectionStore
    ) throws(ProjectionError) {
        guard context.position > start, Model.families.contains(family) else { return }
        if slot >= touchedSlots.count || !touchedSlots[slot] {
            guard try open(slot, key: copy edition, store: store) else { return }
        }
        applied &+= 1
        Model.apply(event, context, to: &slots[slot]!)
    }

    /// Makes the partition of a slot ready at its first event; false when its edition is not folded.
    private mutating func open(
        _ slot: Int, key: EditionKey, store: borrowing ProjectionStore
    ) throws(ProjectionError) -> Bool {
        if let editions, !editions.contains(key) { return false }
        if slot >= slots.count {
            slots.append(contentsOf: repeatElement(nil, count: slot + 1 - slots.count))
            touchedSlots.append(contentsOf: repeatElement(false, count: slot + 1 - touchedSlots.count))
        }
        touchedSlots[slot] = true
        if let given = initial.removeValue(forKey: key) {
            slots[slot] = given
        } else if let base, let entry = base.entry(for: key) {
            slots[slot] = try store.loadPartition(Model.self, entry)
        } else {
            slots[slot] = Model.makePartition(key)
        }
        return true
    }

    /// The editions the folded events belong to.
    func touched(_ editionSlots: EditionSlots) -> Set<EditionKey> {
        Set(touchedSlots.indices.filter { touchedSlots[$0] }.map { editionSlots.keys[$0] })
    }

    /// The whole state: the partitions given at the start and those folded.
    func state(_ editionSlots: EditionSlots) -> ModelState<Model> {
        var partitions = initial
        for (slot, partition) in slots.enumerated() {
            if let partition { partitions[editionSlots.keys[slot]] = partition }
        }
        return ModelState(partitions: partitions)
    }
}

/// Numbers the editions met in a walk, so that each event's edition is looked up once, and
/// usually not at all: events come in runs of the same edition.
struct EditionSlots: Sendable {
    private(set) var keys: [EditionKey] = []
    private var numbers: [EditionKey: Int] = [:]
    private var last: (key: EditionKey, slot: Int)?

    @inline(__always)
    mutating func slot(of key: EditionKey) -> Int {
        if let last, last.key == key { return last.slot }
        let slot: Int
        if let known = numbers[key] {
            slot = known
        } else {
            slot = keys.count
            keys.append(key)
            numbers[key] = slot
        }
        last = (key, slot)
        return slot
    }
}

/// The jobs of one walk over the log: each event is decoded once and folded into every
/// read model that needs it.
struct FoldSet: Sendable {
    var dossiers: ModelJob<DossiersModel>?
    var candidatures: ModelJob<CandidaturesModel>?
    var promotions: ModelJob<PromotionsModel>?
    var statistics: ModelJob<StatisticsModel>?
    private(set) var slots = EditionSlots()

    var isEmpty: Bool { dossiers == nil && candidatures == nil && promotions == nil && statistics == nil }

    /// The earliest position a job starts at: the walk begins after it.
    var start: UInt64? {
        [dossiers?.start, candidatures?.start, promotions?.start, statistics?.start].compactMap { $0 }.min()
    }

    mutating func apply(_ event: borrowing DecodedEvent, store: borrowing ProjectionStore) throws(ProjectionError) {
        let slot = slots.slot(of: event.edition)
        let family = event.event.family
        try dossiers?.apply(
            event.event, event.context, family: family, slot: slot, edition: event.edition, store: store)
        try candidatures?.apply(
            event.event, event.context, family: family, slot: slot, edition: event.edition, store: store)
        try promotions?.apply(
            event.event, event.context, family: family, slot: slot, edition: event.edition, store: store)
        try statistics?.apply(
            event.event, event.context, family: family, slot: slot, edition: event.edition, store: store)
    }
}
