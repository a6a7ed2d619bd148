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
    }

    var segment: String
    var offset: Int
    /// The position that was expected there.
    var position: UInt64?
    var kind: Kind
    var reason: String

    var description: String {
        "segment \(segment), offset \(offset)" + (position.map { " (position \($0))" } ?? "") + ": \(reason)"
    }
}
