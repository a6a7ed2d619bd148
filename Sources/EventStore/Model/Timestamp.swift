import Glibc

/// A moment in UTC, to the microsecond: the log's recorded-at and occurred-at.
///
/// Stored as microseconds since the Unix epoch (1970-01-01T00:00:00Z) in an `Int64`, which is
/// also its on-disk form; printed and parsed as ISO 8601 (`2021-05-04T18:00:00.123456Z`).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z; negative before it.
    public var microsecondsSinceEpoch: Int64

    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// The moment `seconds` (and `microseconds`) after the epoch.
    public init(secondsSinceEpoch seconds: Int64, microseconds: Int64 = 0) {
        self.microsecondsSinceEpoch = seconds * 1_000_000 + microseconds
    }

    /// The system's real-time clock now.
    public static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(secondsSinceEpoch: Int64(spec.tv_sec), microseconds: Int64(spec.tv_nsec) / 1000)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }

    public var description: String { iso8601 }
}
