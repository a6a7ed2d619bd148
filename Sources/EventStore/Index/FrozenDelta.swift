/// An index delta frozen by a checkpoint while its run is written in the background
/// (``DeltaFlush``): read-only, and still consulted by every lookup until the run is swapped in.
struct FrozenDelta: Sendable {
    var delta: IndexDelta
    /// The chain hash of its last record, which its run records (the log's head has moved on
    /// when a failed flush is tried again).
    var chainHash: Digest
}
