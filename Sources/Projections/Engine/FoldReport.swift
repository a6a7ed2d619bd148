/// What a catch-up or a rebuild did, read model by read model.
public struct FoldReport: Sendable, Hashable {
    /// The log position every read model folded here is now at.
    public var head: UInt64
    /// The read models that changed (a catch-up with nothing new has none).
    public var models: [ModelOutcome]
    /// Snapshots found unusable while looking for one to start from: ignored, never used.
    public var ignoredSnapshots: [SnapshotEntry]
    /// How long reading and folding the log took, and writing the read models.
    public var walkDuration: Duration = .zero
    public var commitDuration: Duration = .zero

    public init(head: UInt64, models: [ModelOutcome] = [], ignoredSnapshots: [SnapshotEntry] = []) {
        self.head = head
        self.models = models
        self.ignoredSnapshots = ignoredSnapshots
    }

    /// Whether anything was applied or rebuilt.
    public var didWork: Bool { !models.isEmpty }
    /// The read models folded whole, with why.
    public var rebuilt: [ModelOutcome] { models.filter { $0.cause != nil } }
}

/// One read model's part of a ``FoldReport``.
public struct ModelOutcome: Sendable, Hashable {
    public var name: ReadModelName
    /// The position it was at before (0 when folded whole).
    public var from: UInt64
    /// The position it is at now.
    public var to: UInt64
    /// How many domain events were folded into it.
    public var events: UInt64
    /// Why it was folded whole; nil when it was continued.
    public var cause: RebuildCause?
    /// The position of the snapshot it started from, when it did.
    public var snapshot: UInt64?
}

/// Why a read model was folded whole.
public enum RebuildCause: Sendable, Hashable {
    /// `eig projections rebuild`.
    case requested
    /// Its persisted state could not be continued (missing, other version, other log, damaged).
    case condition(ModelCondition)
    /// One of its partition files is damaged.
    case damagedPartition(path: String)

    public var summary: String {
        switch self {
        case .requested: "rebuild requested"
        case .condition(let condition): condition.summary
        case .damagedPartition(let path): "the partition file \(path) is damaged"
        }
    }
}
