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
        /// A bad record at the end of the last segment, nothing valid after it (readers only):
        /// an append in progress, seen half copied, or one a crash tore (the writer cuts it).
        case tornTail
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

    /// Whether the bad bytes come after valid records of a commit that has not ended: they are
    /// at `scanOffset`, and a recovery would cut from `offset`, where that commit starts.
    private var isInsideACommit: Bool { kind != .unfinishedCommit && kind != .tornTail && scanOffset != offset }

    /// The position of the record that is bad (`position` unless it is inside a commit).
    var badPosition: UInt64? { isInsideACommit ? scannedThrough + 1 : position }

    var description: String {
        guard isInsideACommit else {
            return "segment \(segment), offset \(offset)" + (position.map { " (position \($0))" } ?? "") + ": \(reason)"
        }
        return
            "segment \(segment), offset \(scanOffset) (position \(scannedThrough + 1)): \(reason), inside the commit "
            + "that starts at offset \(offset)" + (position.map { " (position \($0))" } ?? "")
    }
}
