/// The sizes the format allows, checked on every append so that bad input gets a clear
/// `.tooLarge` or `.invalidArgument` error instead of a record no reader could trust.
public enum EventLogLimits {
    /// Stream names, command ids, type names, actors and the optional ids: at most 255 bytes
    /// of UTF-8 each (the format stores their length in a `u16`, the limit keeps records small).
    public static let maximumNameBytes = 255
    /// An event's payload: at most 1 MiB.
    public static let maximumPayloadBytes = 1 << 20
    /// Events of one command.
    public static let maximumEventsPerCommand = 10_000
    /// The smallest segment size a log accepts (tests use small segments to exercise rollover).
    public static let minimumSegmentSize = 4096
    /// The largest segment size: record offsets inside a segment are 32-bit in the index.
    public static let maximumSegmentSize = 1 << 30
}
