/// Where each hash prefix starts in a checkpoint run's stream table, built in memory once a
/// run has been searched often: a lookup then reads one bucket start and the entries of one
/// bucket (about one), where the interpolation search of ``IndexRun/stream(_:hash:)`` reads
/// four or five entries far apart, each a cache miss. Loading streams from a log of 1M events
/// searches four runs per stream.
///
/// Never saved: it is rebuilt from the mapped run, so it cannot disagree with it.
struct RunStreamDirectory {
    /// `starts[b]` is the first entry whose hash's top `bits` bits are at least `b`; one more
    /// element at the end holds the entry count.
    private let starts: [UInt32]
    private let shift: UInt64

    /// The directory of `run`'s stream table, with about one bucket per stream.
    init(run: IndexRun) {
        let count = run.tableCounts.streams
        var bits: UInt64 = 1
        while bits < 32, 1 << bits < count { bits += 1 }
        shift = 64 - bits
        let buckets = 1 << Int(bits)
        var starts = [UInt32](repeating: UInt32(count), count: buckets + 1)
        var bucket = 0
        var index = 0
        let shift = self.shift
        run.forEachStream { hash, _, _ in
            let target = Int(hash >> shift)
            while bucket <= target {
                starts[bucket] = UInt32(index)
                bucket += 1
            }
            index += 1
        }
        self.starts = starts
    }

    /// The entries of the stream table that may hold `hash`.
    @inline(__always)
    func bucket(of hash: UInt64) -> (low: Int, high: Int) {
        let bucket = Int(hash >> shift)
        return (Int(starts[bucket]), Int(starts[bucket + 1]))
    }
}
