/// What a batch's plan reads from the stream index for each command, taken once for the batch:
/// the frozen delta and the delta, and the runs' summaries (each stream's count, the command
/// filter) when they can answer alone. Each lookup through ``StreamIndex``'s stored properties
/// was two or three dynamic exclusivity checks (a class's properties), a fifth of the plan's
/// instructions.
///
/// A copy of the index's tables shares their storage; it must be dropped before the index
/// changes them (or they would be copied on the next write): the plan drops it when it returns,
/// before the index adds its records, and takes the runs' counts only once they are complete
/// (while they are not, a lookup adds to them).
struct BatchLookup {
    let frozen: IndexDelta?
    let delta: IndexDelta
    /// Whether checkpoint runs cover positions before the frozen delta: lookups that miss
    /// the deltas must then consult them.
    let hasRuns: Bool
    /// Each stream's events in the runs, when the index holds every stream's (else nil).
    let runCounts: NameTable<UInt64>?
    /// The runs' command filter, when built.
    let runsFilter: RunsCommandFilter?

    /// The span of `commandID` in a delta, the frozen one first.
    @inline(__always)
    func commandSpan(_ commandID: HashedName) -> IndexDelta.CommandSpan? {
        IndexDelta.commandSpan(commandID, frozen: frozen, delta: delta)
    }

    /// Whether the runs certainly hold no command with `commandID`'s key (no run, or the
    /// filter says so), which spares asking the index.
    @inline(__always)
    func runsLackCommand(_ commandID: HashedName) -> Bool {
        guard hasRuns else { return true }
        if let runsFilter { return !runsFilter.mayContain(commandID.commandKey) }
        return false
    }

    /// How many events `stream` has in the deltas.
    @inline(__always)
    func recentCount(_ stream: HashedName) -> UInt64 {
        IndexDelta.eventCount(of: stream, frozen: frozen, delta: delta)
    }

    /// How many events `stream` has in the runs, if known here without asking the index.
    @inline(__always)
    func runsCount(_ stream: HashedName) -> UInt64? {
        guard hasRuns else { return 0 }
        guard let runCounts else { return nil }
        return runCounts[stream] ?? 0
    }
}
