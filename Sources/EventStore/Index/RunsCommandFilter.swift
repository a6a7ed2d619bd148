/// One blocked Bloom filter, in memory, of the command keys of *every* checkpoint run: a new
/// command (nearly every command of a batch) is then told "not in any run" with one cache
/// line, instead of one filter probe per run (a log of 1M events has four or five runs).
///
/// Same blocks and probes as the runs' own ``CommandFilter``, so a "maybe" costs what it cost
/// before: the runs are searched one by one. Built by ``StreamIndex`` from the runs' command
/// tables, then kept up to date as the delta is saved as a run; it is never written to disk,
/// so it cannot disagree with the runs after a crash.
struct RunsCommandFilter {
    /// The filter's blocks, 8 words (64 bytes) each.
    private var words: [UInt64]
    private var blocks: Int
    /// How many keys the filter was sized for (at 10 bits a key), and how many it holds.
    private(set) var capacity: Int
    private(set) var count = 0

    /// An empty filter sized for `capacity` keys (at least 64 Ki: small logs never resize).
    init(capacity: Int) {
        self.capacity = max(capacity, 1 << 16)
        blocks = CommandFilter.blockCount(forCommands: self.capacity)
        words = [UInt64](repeating: 0, count: blocks * CommandFilter.blockLength / 8)
    }

    /// A filter of every command key of `runs`, with room for as many again.
    init(runs: [IndexRun]) {
        let total = runs.reduce(0) { $0 + $1.tableCounts.commands }
        self.init(capacity: 2 * total)
        for run in runs { run.forEachCommandKey { insert($0) } }
    }

    /// Whether there is room for `more` keys without raising the false-positive rate.
    func hasRoom(for more: Int) -> Bool { count + more <= capacity }

    mutating func insert(_ key: UInt32) {
        let blocks = self.blocks
        words.withUnsafeMutableBytes { CommandFilter.insert(key, blocks: blocks, at: $0.baseAddress!) }
        count += 1
    }

    /// Whether `key` may be in a run (false: it certainly is in none).
    @inline(__always)
    func mayContain(_ key: UInt32) -> Bool {
        let blocks = self.blocks
        return words.withUnsafeBytes { CommandFilter.mayContain(key, blocks: blocks, at: $0.baseAddress!) }
    }
}
