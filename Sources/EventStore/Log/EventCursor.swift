/// Reads a range of the log's events one at a time, in constant memory.
///
/// Iteration errors surface: `next()` throws `.corrupted` at a damaged record instead of
/// ending early, so a replay never silently misses events.
///
/// ```swift
/// var cursor = log.events(from: 1)
/// while let event = try cursor.next() { state = evolve(state, event) }
/// ```
public struct EventCursor {
    private var walker: RecordWalker

    init(walker: RecordWalker) {
        self.walker = walker
    }

    /// The next event, or `nil` after the range's last one.
    public mutating func next() throws(StoreError) -> RecordedEvent? {
        guard let record = try walker.next() else { return nil }
        return record.recordedEvent
    }

    /// The position the next call to `next()` reads.
    public var nextPosition: UInt64 { walker.nextPosition }
    /// The range's last position.
    public var lastPosition: UInt64 { walker.lastPosition }

    /// Calls `body` with every remaining event.
    public mutating func forEach(_ body: (RecordedEvent) throws -> Void) throws {
        while let event = try next() { try body(event) }
    }
}
