internal import Dispatch
internal import EventStore
internal import Programme

extension ProjectionStore {
    /// Applies what is new in the log to every read model, under `projections/lock`.
    ///
    /// A read model that cannot be continued (never built, built by another version of its
    /// code, built from another log, damaged) is folded whole instead, from its newest
    /// usable snapshot or from zero, and the report says why. When nothing is new, nothing
    /// is written and the report has no models: safe to run every minute.
    ///
    /// - Throws: `.busy` when another process holds the lock longer than the options allow;
    ///   `.io`, `.log`, `.unreadableEvent` when reading or writing fails (the previous read
    ///   models then stay in use).
    public func catchUp(progress: Progress? = nil) throws(ProjectionError) -> FoldReport {
        try withLock(timeout: options.lockTimeout) { () throws(ProjectionError) in
            try catchUpLocked(progress: progress)
        }
    }

    /// Folds the read models named whole, from their newest usable snapshot (or from zero
    /// with `fromZero`), into new files swapped in atomically.
    public func rebuild(
        _ names: [ReadModelName] = ReadModelName.allCases, fromZero: Bool = false, progress: Progress? = nil
    ) throws(ProjectionError) -> FoldReport {
        try withLock(timeout: options.lockTimeout) { () throws(ProjectionError) in
            try fold(models: names, rebuilding: Set(names), fromZero: fromZero, progress: progress)
        }
    }

    /// The catch-up, the lock held. A partition file found damaged on the way makes its read
    /// model be folded whole, and the catch-up starts again.
    func catchUpLocked(progress: Progress?) throws(ProjectionError) -> FoldReport {
        var damaged: [ReadModelName: String] = [:]
        while true {
            do {
                return try fold(
                    models: ReadModelName.allCases, rebuilding: [], damaged: damaged, fromZero: false,
                    progress: progress)
            } catch  where error.code == .damaged {
                guard let path = error.path, let name = Self.model(ofPartition: path), damaged[name] == nil else {
                    throw error
                }
                damaged[name] = path
            }
        }
    }

    /// The read model a partition file belongs to.
    static func model(ofPartition path: String) -> ReadModelName? {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return ReadModelName.allCases.first { file.hasPrefix($0.rawValue + "-") }
    }

    /// One walk of the log for `models`: those in `rebuilding`, those that cannot be continued
    /// and those with a `damaged` partition are folded whole, the others continued if behind.
    func fold(
        models: [ReadModelName], rebuilding: Set<ReadModelName>, damaged: [ReadModelName: String] = [:],
        fromZero: Bool, progress: Progress?
    ) throws(ProjectionError) -> FoldReport {
        let head = try refreshedHead()
        var set = FoldSet()
        var report = FoldReport(head: head.position)
        var plans: [(name: ReadModelName, from: UInt64, cause: RebuildCause?, snapshot: UInt64?)] = []
        for name in models {
            let (condition, manifest) = try inspect(name, head: head)
            let cause: RebuildCause? =
                rebuilding.contains(name)
                ? .requested
                : damaged[name].map { .damagedPartition(path: $0) }
                    ?? (condition.needsRebuild ? .condition(condition) : nil)
            if cause == nil, condition == .current { continue }
            let planned = try plan(
                name, into: &set, base: cause == nil ? manifest : nil, head: head, fromZero: fromZero)
            report.ignoredSnapshots += planned.ignored
            plans.append((name, cause == nil ? manifest?.position ?? 0 : 0, cause, planned.snapshot))
        }
        guard !plans.isEmpty else { return report }
        let clock = ContinuousClock()
        let walking = clock.now
        try run(&set, through: head, progress: progress)
        report.walkDuration = clock.now - walking
        let committing = clock.now
        let existing = try files.list(partitionsDirectory)
        var commits: [PendingCommit] = []
        if let job = set.dossiers { commits.append(pending(job, slots: set.slots, existing: existing)) }
        if let job = set.candidatures { commits.append(pending(job, slots: set.slots, existing: existing)) }
        if let job = set.promotions { commits.append(pending(job, slots: set.slots, existing: existing)) }
        if let job = set.statistics { commits.append(pending(job, slots: set.slots, existing: existing)) }
        try commit(commits, head: head)
        report.commitDuration = clock.now - committing
        let applied: [ReadModelName: UInt64] = [
            .dossiers: set.dossiers?.applied ?? 0, .candidatures: set.candidatures?.applied ?? 0,
            .promotions: set.promotions?.applied ?? 0, .statistics: set.statistics?.applied ?? 0,
        ]
        report.models = plans.map {
            ModelOutcome(
                name: $0.name, from: $0.from, to: head.position, events: applied[$0.name] ?? 0, cause: $0.cause,
                snapshot: $0.snapshot)
        }
        // A rebuild's state is millions of small allocations: free them off the caller's path
        // (the read models are committed; nothing reads this state any more).
        let retired = consume set
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(retired) {} }
        return report
    }

    /// Adds the job of `name` to `set`: continuing `base`, or whole from a snapshot or zero.
    private func plan(
        _ name: ReadModelName, into set: inout FoldSet, base: ModelManifest?, head: LogHead, fromZero: Bool
    ) throws(ProjectionError) -> (snapshot: UInt64?, ignored: [SnapshotEntry]) {
        switch name {
        case .dossiers:
            let (job, snapshot, ignored) = try makeJob(DossiersModel.self, base: base, head: head, fromZero: fromZero)
            set.dossiers = job
            return (snapshot, ignored)
        case .candidatures:
            let (job, snapshot, ignored) = try makeJob(
                CandidaturesModel.self, base: base, head: head, fromZero: fromZero)
            set.candidatures = job
            return (snapshot, ignored)
        case .promotions:
            let (job, snapshot, ignored) = try makeJob(PromotionsModel.self, base: base, head: head, fromZero: fromZero)
            set.promotions = job
            return (snapshot, ignored)
        case .statistics:
            let (job, snapshot, ignored) = try makeJob(
                StatisticsModel.self, base: base, head: head, fromZero: fromZero)
            set.statistics = job
            return (snapshot, ignored)
        }
    }

    private func makeJob<Model: PersistableModel>(
        _ model: Model.Type, base: ModelManifest?, head: LogHead, fromZero: Bool
    ) throws(ProjectionError) -> (ModelJob<Model>, UInt64?, [SnapshotEntry]) {
        if let base { return (ModelJob(start: base.position, base: base), nil, []) }
        guard !fromZero else { return (ModelJob(start: 0, base: nil), nil, []) }
        let (found, ignored) = try newestSnapshot(model, head: head)
        guard let found else { return (ModelJob(start: 0, base: nil), nil, ignored) }
        return (ModelJob(state: found.state, start: found.position, base: nil), found.position, ignored)
    }
}
