internal import EventStore
internal import Glibc
package import Programme

/// A read model's state as a query shows it, and how current it is.
public struct CurrentState<Model: ReadModel> {
    /// The partitions asked for (those that exist).
    public var state: ModelState<Model>
    /// The log position the state is at.
    public var position: UInt64
    /// What the operator should know: read models rebuilt on the way, or persisted ones that
    /// could not be updated (how far behind they are, and why).
    public var notes: [String]
    /// What the catch-up done first did, when one was.
    public var catchUp: FoldReport?
}

extension ProjectionStore {
    /// The read model `model` as of the log's head, for a query.
    ///
    /// When the log moved on, the read models are caught up first. When they cannot be
    /// (another process holds the lock, or this user may not write `projections/`, such as an
    /// auditor with read-only access), the missing events are folded in memory over the
    /// persisted state, and the notes say how far behind the persisted read models are.
    ///
    /// - Parameters:
    ///   - editions: the partitions wanted; nil for all.
    ///   - queryPartOnly: read only what queries show of each committed partition
    ///     (``PersistableModel/decodeQueryPart(_:from:)``): a state to show, never to fold into.
    package func current<Model: PersistableModel>(
        _ model: Model.Type, editions: Set<EditionKey>? = nil, queryPartOnly: Bool = false, progress: Progress? = nil
    ) throws(ProjectionError) -> CurrentState<Model> {
        let head = try refreshedHead()
        let name = ReadModelName(rawValue: Model.name)!
        let (condition, manifest) = try inspect(name, head: head)
        if condition == .current, let manifest,
            let state = try? committed(model, manifest, editions: editions, forQuery: queryPartOnly)
        {
            return CurrentState(state: state, position: manifest.position, notes: [])
        }
        do throws(ProjectionError) {
            var options = self.options
            options.lockTimeout = options.queryLockTimeout
            let writer = ProjectionStore(log: log, options: options)
            var report = try writer.catchUp(progress: progress)
            var previous: ModelManifest?
            for _ in 0..<4 {
                guard let manifest = try self.manifest(name.rawValue) else { break }
                do throws(ProjectionError) {
                    let state = try committed(model, manifest, editions: editions, forQuery: queryPartOnly)
                    return CurrentState(state: state, position: manifest.position, notes: [], catchUp: report)
                } catch  where error.code == .damaged {
                    // The same manifest twice: its file is damaged, not replaced by a concurrent
                    // commit between the two reads. Rebuild the read model.
                    if manifest == previous {
                        let rebuilt = try writer.rebuild([name], progress: progress)
                        report.models += rebuilt.models.map { outcome in
                            var outcome = outcome
                            outcome.cause = error.path.map { .damagedPartition(path: $0) } ?? outcome.cause
                            return outcome
                        }
                        report.head = rebuilt.head
                    }
                    previous = manifest
                }
            }
            throw ProjectionError(.damaged, "the read model \(name.rawValue) could not be read after catching up")
        } catch  where Self.isUnwritable(error) {
            let lag = condition.needsRebuild ? head.position : head.position - (manifest?.position ?? 0)
            let note =
                "the read models in \(directory) are \(lag) events behind the log and could not be updated "
                + "(\(error.message)); showing the log's state folded in memory"
            let state = try inMemory(
                model, base: condition.needsRebuild ? nil : manifest, editions: editions, head: head, progress: progress
            )
            return CurrentState(state: state, position: head.position, notes: [note])
        }
    }

    /// Whether `error` means the read models cannot be written by this process now.
    static func isUnwritable(_ error: ProjectionError) -> Bool {
        if error.code == .busy { return true }
        guard error.code == .io, let code = error.errno else { return false }
        return code == EACCES || code == EPERM || code == EROFS
    }

    /// The committed partitions of `editions` (all when nil); `forQuery`: only what queries
    /// show of them (``loadQueryPart(_:_:)``), a state never to fold into or write.
    func committed<Model: PersistableModel>(
        _ model: Model.Type, _ manifest: ModelManifest, editions: Set<EditionKey>?, forQuery: Bool = false
    ) throws(ProjectionError) -> ModelState<Model> {
        var state = ModelState<Model>()
        for entry in manifest.partitions where editions?.contains(entry.edition) ?? true {
            state.partitions[entry.edition] =
                forQuery ? try loadQueryPart(model, entry) : try loadPartition(model, entry)
        }
        return state
    }

    /// Folds the log into `model` in memory, from the committed `base` (or from zero), for
    /// `editions` only: nothing is written.
    func inMemory<Model: PersistableModel>(
        _ model: Model.Type, base: ModelManifest?, editions: Set<EditionKey>?, head: LogHead, progress: Progress?
    ) throws(ProjectionError) -> ModelState<Model> {
        var start: UInt64 = 0
        var state = ModelState<Model>()
        if let base, let committed = try? committed(model, base, editions: editions) {
            state = committed
            start = base.position
        }
        var set = FoldSet()
        let job = ModelJob(state: state, start: start, base: nil, editions: editions)
        switch Model.name {
        case DossiersModel.name: set.dossiers = job as? ModelJob<DossiersModel>
        case CandidaturesModel.name: set.candidatures = job as? ModelJob<CandidaturesModel>
        case PromotionsModel.name: set.promotions = job as? ModelJob<PromotionsModel>
        default: set.statistics = job as? ModelJob<StatisticsModel>
        }
        try run(&set, through: head, progress: progress)
        let folded: ModelJob<Model>? =
            switch Model.name {
            case DossiersModel.name: set.dossiers as? ModelJob<Model>
            case CandidaturesModel.name: set.candidatures as? ModelJob<Model>
            case PromotionsModel.name: set.promotions as? ModelJob<Model>
            default: set.statistics as? ModelJob<Model>
            }
        return folded?.state(set.slots) ?? state
    }
}
