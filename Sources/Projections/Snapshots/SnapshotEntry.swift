public import EventStore

/// A snapshot file as `eig snapshot list` and `verify` report it.
public struct SnapshotEntry: Sendable, Hashable {
    public var model: ReadModelName
    public var position: UInt64
    public var path: String
    public var size: UInt64
    /// The read model's version stamped in the file, when it could be read.
    public var version: UInt32?
    public var createdAt: Timestamp?
    /// Why it cannot be used (damaged, other version, other log); nil when it can.
    public var problem: String?

    public var isUsable: Bool { problem == nil }
}
