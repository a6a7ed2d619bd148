public import EventStore

/// Where a persisted read model stands against the log.
public enum ModelCondition: Sendable, Hashable {
    /// Folded up to the log's head.
    case current
    /// Folded up to an earlier position: a catch-up applies the rest.
    case behind
    /// Never built (or removed): a catch-up builds it.
    case missing
    /// Built by another version of its code: rebuilt, never patched.
    case versionChanged(persisted: UInt32)
    /// The log no longer has the chain hash the read model was built at (or is shorter):
    /// it was built from another log, and is rebuilt.
    case logMismatch
    /// Its manifest cannot be read: rebuilt.
    case damaged(reason: String)

    /// Whether a catch-up must fold it whole rather than continue it.
    public var needsRebuild: Bool {
        switch self {
        case .current, .behind: false
        case .missing, .versionChanged, .logMismatch, .damaged: true
        }
    }

    /// A few words for `eig projections status` and for messages.
    public var summary: String {
        switch self {
        case .current: "current"
        case .behind: "behind"
        case .missing: "not built"
        case .versionChanged(let persisted): "built by version \(persisted): to rebuild"
        case .logMismatch: "built from another log: to rebuild"
        case .damaged(let reason): "damaged (\(reason)): to rebuild"
        }
    }
}

/// One read model's line of `eig projections status`.
public struct ModelStatus: Sendable, Hashable {
    public var name: ReadModelName
    /// The code's version.
    public var version: UInt32
    public var condition: ModelCondition
    /// The position folded up to, when built.
    public var position: UInt64?
    /// How many events of the log it has not folded (the whole log when not usable).
    public var lag: UInt64
    /// When it was last committed.
    public var committedAt: Timestamp?
    public var partitions: Int
}

extension ProjectionStore {
    /// Each read model's position, version and lag against the log's head now.
    public func status() throws(ProjectionError) -> (head: LogHead, models: [ModelStatus]) {
        let head = try refreshedHead()
        var models: [ModelStatus] = []
        for name in ReadModelName.allCases {
            let (condition, manifest) = try inspect(name, head: head)
            let usable = !condition.needsRebuild
            models.append(
                ModelStatus(
                    name: name, version: name.version, condition: condition, position: manifest?.position,
                    lag: usable ? head.position - (manifest?.position ?? 0) : head.position,
                    committedAt: manifest.map { Timestamp(microsecondsSinceEpoch: $0.committedAt) },
                    partitions: manifest?.partitions.count ?? 0))
        }
        return (head, models)
    }

    /// Where the committed read model `name` stands against `head`, with its manifest when
    /// there is one that can be read.
    func inspect(_ name: ReadModelName, head: LogHead) throws(ProjectionError) -> (ModelCondition, ModelManifest?) {
        let manifest: ModelManifest
        do {
            guard let found = try self.manifest(name.rawValue) else { return (.missing, nil) }
            manifest = found
        } catch  where error.code == .damaged {
            return (.damaged(reason: error.cause ?? error.message), nil)
        }
        guard manifest.version == name.version else { return (.versionChanged(persisted: manifest.version), manifest) }
        guard let hash = try chainHash(at: manifest.position, head: head), hash == manifest.chainHash else {
            return (.logMismatch, manifest)
        }
        return (manifest.position == head.position ? .current : .behind, manifest)
    }
}
