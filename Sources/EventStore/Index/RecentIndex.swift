/// The in-memory part of the stream index (the frozen delta, then the delta), taken once for a
/// batch's plan: the plan looks each command's id and stream up in it, and each lookup through
/// ``StreamIndex``'s stored properties was two or three dynamic exclusivity checks (a class's
/// properties), a fifth of the plan's instructions.
///
/// A copy of the deltas' tables shares their storage; it must be dropped before the index
/// adds records (or the delta's arrays would be copied on the next write).
struct RecentIndex {
    let frozen: IndexDelta?
    let delta: IndexDelta
    /// Whether checkpoint runs cover positions before the frozen delta: lookups that miss
    /// here must then ask the ``StreamIndex`` about them.
    let hasRuns: Bool

    /// The span of `commandID` in a delta, the frozen one first (one delta holding both would
    /// have kept the first span).
    @inline(__always)
    func commandSpan(_ commandID: HashedName) -> IndexDelta.CommandSpan? {
        if let frozen, let span = frozen.commands[commandID] { return span }
        return delta.commands[commandID]
    }

    /// How many events `stream` has in the deltas.
    @inline(__always)
    func streamCount(_ stream: HashedName) -> UInt64 {
        var count = UInt64(delta.streams[stream]?.count ?? 0)
        if let frozen, let chain = frozen.streams[stream] { count += UInt64(chain.count) }
        return count
    }
}

extension StreamIndex {
    /// The deltas and whether there are runs, read once (see ``RecentIndex``).
    var recent: RecentIndex { RecentIndex(frozen: frozen?.delta, delta: delta, hasRuns: !runs.isEmpty) }
}
