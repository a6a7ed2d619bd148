/// Where the log ends: what an auditor publishes and what a reader compares to know it is current.
public struct LogHead: Sendable, Hashable, Codable {
    /// The last position (0 for an empty log).
    public var position: UInt64
    /// The last record's chain hash (32 zero bytes for an empty log).
    public var chainHash: Digest
    /// How many segment files the log has.
    public var segments: Int
    /// Bytes used by segment headers and records (free, preallocated space not counted).
    public var bytes: UInt64
    /// When the last record was recorded (`nil` for an empty log).
    public var recordedAt: Timestamp?

    public init(position: UInt64, chainHash: Digest, segments: Int, bytes: UInt64, recordedAt: Timestamp?) {
        self.position = position
        self.chainHash = chainHash
        self.segments = segments
        self.bytes = bytes
        self.recordedAt = recordedAt
    }
}
