/// An index delta frozen by a checkpoint while its run is written in the background
/// (``DeltaFlush``): read-only, and still consulted by every lookup until the run is swapped in.
struct FrozenDelta: Sendable {
    var delta: IndexDelta
    /// The chain hash of its last record, which its run records (the log's head has moved on
    /// when a failed flush is tried again).
    var chainHash: Digest
}

extension IndexDelta {
    /// The span of `commandID` in the deltas after the runs, the frozen one first (one delta
    /// holding both would have kept the first span): what ``StreamIndex`` and a batch's
    /// ``BatchLookup`` both answer from.
    @inline(__always)
    static func commandSpan(_ commandID: HashedName, frozen: IndexDelta?, delta: IndexDelta) -> CommandSpan? {
        if let frozen, let span = frozen.commands[commandID] { return span }
        return delta.commands[commandID]
    }

    /// How many events `stream` has in the deltas after the runs (the frozen one and the current).
    @inline(__always)
    static func eventCount(of stream: HashedName, frozen: IndexDelta?, delta: IndexDelta) -> UInt64 {
        var count = UInt64(delta.streams[stream]?.count ?? 0)
        if let frozen, let chain = frozen.streams[stream] { count += UInt64(chain.count) }
        return count
    }
}
