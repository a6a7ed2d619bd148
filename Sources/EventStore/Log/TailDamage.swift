/// Why a scan of the log stopped before a clean end: where, and what is wrong there.
struct TailDamage: Equatable, CustomStringConvertible {
    enum Kind: Equatable {
        /// A segment header is unreadable.
        case header
        /// The bytes where the next record should be are not a valid record.
        case record
        /// The segment's records end but non-zero bytes follow in its free space.
        case garbage
        /// The next segment does not continue the previous one (position or chain hash).
        case continuity
        /// Valid records after the last commit end, then the segment's end: an append in
        /// progress (readers wait for it) or one a crash cut short (the writer cuts it).
        case unfinishedCommit
    }

    var segment: String
    var offset: Int
    /// The position that was expected there.
    var position: UInt64?
    var kind: Kind
    var reason: String
    /// Where the scan stopped: after the valid records of an unfinished commit (if any) that
    /// follow `offset`, the last commit end.
    var scanOffset: Int
    /// The last position the scan found valid (the head, or an unfinished commit's last).
    var scannedThrough: UInt64

    init(
        segment: String, offset: Int, position: UInt64?, kind: Kind, reason: String, scanOffset: Int? = nil,
        scannedThrough: UInt64? = nil
    ) {
        self.segment = segment
        self.offset = offset
        self.position = position
        self.kind = kind
        self.reason = reason
        self.scanOffset = scanOffset ?? offset
        self.scannedThrough = scannedThrough ?? (position ?? 1) - 1
    }

    var description: String {
        "segment \(segment), offset \(offset)" + (position.map { " (position \($0))" } ?? "") + ": \(reason)"
    }
}
