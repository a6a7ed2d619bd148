/// Where a record is: its position (which gives its segment) and its offset in that segment.
struct RecordLocation: Equatable {
    var position: UInt64
    var offset: Int
}

/// The stream index: stream → positions, command id → positions, position → offset in its
/// segment. Checkpoint runs (saved, mapped files) cover positions 1…`runsEnd`; then, while its
/// run is written in the background, the frozen delta (in memory, read-only); then the delta
/// (in memory) covers the records after them. Every lookup consults all three, in that order.
///
/// A class although it is plain data: the log updates it on every append and consults it
/// several times per command, and as a struct stored in the log it was copied (a dozen
/// reference-counted arrays) on each consultation. Only its log uses it.
final class StreamIndex {
    private(set) var runs: [IndexRun] = []
    /// Where ``locations(inStream:)`` leaves what it read ahead, so the reads are not optimized away.
    private var touched: UInt64 = 0
    /// The delta a checkpoint froze while its run is written (``DeltaFlush``), if any: it covers
    /// the positions right after the runs, and the delta those after it.
    private(set) var frozen: FrozenDelta?
    private(set) var delta: IndexDelta
    /// Events each stream has in the runs, remembered between checkpoints: looking a stream
    /// up in every run costs cache misses, and a busy stream is asked for again and again.
    private var runCounts = NameTable<UInt64>()
    /// Whether `runCounts` holds every stream of the runs, so that a stream it lacks has no
    /// event in them (true from the start for a log indexed from position 1 in memory; made
    /// true once lookups in the runs have cost about as much as reading their stream tables).
    private var runCountsAreComplete: Bool
    /// Searches made in the runs for a stream or a command since they were loaded: when they
    /// pass a fraction of the runs' entries, ``completeRunCounts()`` or the filter is built.
    private var streamSearches = 0
    private var commandSearches = 0
    /// The command keys of all runs, once built (see ``RunsCommandFilter``).
    private var runsCommandFilter: RunsCommandFilter?

    init() {
        delta = IndexDelta(firstPosition: 1)
        runCountsAreComplete = true
        runsCommandFilter = RunsCommandFilter(capacity: 0)
    }

    init(runs: [IndexRun]) {
        self.runs = runs
        delta = IndexDelta(firstPosition: (runs.last?.lastPosition ?? 0) + 1)
        runCountsAreComplete = runs.isEmpty
        runsCommandFilter = runs.isEmpty ? RunsCommandFilter(capacity: 0) : nil
    }

    /// The last position covered by checkpoint runs, the files (0 when none): not the frozen delta.
    var runsEnd: UInt64 { runs.last?.lastPosition ?? 0 }

    /// The last position indexed.
    var lastPosition: UInt64 { delta.lastPosition }

    /// The offset of the record at `position` in its segment.
    func offset(of position: UInt64) -> Int? {
        if position >= delta.firstPosition { return delta.offset(of: position).map(Int.init) }
        if let first = frozen?.delta.firstPosition, position >= first {
            return frozen?.delta.offset(of: position).map(Int.init)
        }
        guard position >= 1, let run = run(containing: position) else { return nil }
        return Int(run.offset(of: position))
    }

    /// How many events `stream` has (its version).
    func streamVersion(_ stream: HashedName) -> UInt64 {
        IndexDelta.eventCount(of: stream, frozen: frozen?.delta, delta: delta) + runsStreamCount(stream)
    }

    /// How many events `stream` has in the runs (0 when there are none).
    func runsStreamCount(_ stream: HashedName) -> UInt64 {
        guard !runs.isEmpty else { return 0 }
        if let counted = runCounts[stream] { return counted }
        if runCountsAreComplete { return 0 }
        var counted: UInt64 = 0
        for run in runs { counted += UInt64(run.stream(stream.text, hash: stream.hash)?.count ?? 0) }
        runCounts.insert(stream, counted)
        streamSearches += 1
        if streamSearches >= runs.reduce(0, { $0 + $1.tableCounts.streams }) / 8 { completeRunCounts() }
        return counted
    }

    /// Reads every run's stream table into `runCounts`: a batch that touches many streams then
    /// stops searching the runs (about as costly as an eighth of the searches it replaces).
    private func completeRunCounts() {
        var counts = NameTable<UInt64>()
        for run in runs {
            run.forEachStream { hash, name, count in
                let stream = HashedName(text: String(decoding: name, as: UTF8.self), hash: hash)
                if let entry = counts.find(stream) {
                    counts[entry: entry] += UInt64(count)
                } else {
                    counts.insert(stream, UInt64(count))
                }
            }
        }
        runCounts = counts
        runCountsAreComplete = true
    }

    /// The position and record offset of each of `stream`'s events, in order.
    func locations(inStream stream: HashedName) -> [RecordLocation] {
        var locations: [RecordLocation] = []
        // Each run's search starts with a cache miss where the hash should be; reading those
        // places in every run first lets the misses overlap instead of following one another.
        if runs.count > 1 {
            var sum: UInt64 = 0
            for run in runs { sum &+= run.firstGuess(forStream: stream.hash) }
            touched &+= sum
        }
        for run in runs {
            if let entry = run.stream(stream.text, hash: stream.hash) { run.appendLocations(of: entry, to: &locations) }
        }
        if let frozen { Self.appendLocations(of: stream, in: frozen.delta, to: &locations) }
        Self.appendLocations(of: stream, in: delta, to: &locations)
        return locations
    }

    private static func appendLocations(
        of stream: HashedName, in delta: IndexDelta, to locations: inout [RecordLocation]
    ) {
        guard let recent = delta.streams[stream] else { return }
        let first = delta.firstPosition
        locations.reserveCapacity(locations.count + recent.count)
        delta.forEachEvent(of: recent) { relative in
            locations.append(RecordLocation(position: first + UInt64(relative), offset: Int(delta.offsets[relative])))
        }
    }

    /// The deltas and the runs' summaries, read once for a batch's plan (see ``BatchLookup``).
    var batchLookup: BatchLookup {
        BatchLookup(
            frozen: frozen?.delta, delta: delta, hasRuns: !runs.isEmpty,
            runCounts: runCountsAreComplete ? runCounts : nil, runsFilter: runsCommandFilter)
    }

    /// The first positions of commands whose id may be `commandID` (runs store a hash: the
    /// caller confirms by reading the record), and the exact span when it is in a delta (the
    /// frozen one first: one delta holding both would have kept the first span).
    func commandCandidates(_ commandID: HashedName) -> (exact: IndexDelta.CommandSpan?, candidates: [UInt64]) {
        if let span = IndexDelta.commandSpan(commandID, frozen: frozen?.delta, delta: delta) { return (span, []) }
        return (nil, runsCommandCandidates(commandID))
    }

    /// The first positions in the runs of commands whose id may be `commandID` (none when no
    /// run holds its key): what ``commandCandidates(_:)`` looks up after the deltas.
    func runsCommandCandidates(_ commandID: HashedName) -> [UInt64] {
        guard !runs.isEmpty else { return [] }
        if let filter = runsCommandFilter {
            if !filter.mayContain(commandID.commandKey) { return [] }
        } else {
            commandSearches += 1
            if commandSearches >= runs.reduce(0, { $0 + $1.tableCounts.commands }) / 8 {
                runsCommandFilter = RunsCommandFilter(runs: runs)
            }
        }
        var candidates: [UInt64] = []
        for run in runs { run.appendCommandCandidates(key: commandID.commandKey, to: &candidates) }
        return candidates
    }

    /// Every stream name starting with `prefix`, sorted by their UTF-8 bytes, each once.
    func streamNames(withPrefix prefix: String) -> [String] {
        var names = Set(delta.streams.entries.lazy.map(\.name).filter { $0.utf8.starts(with: prefix.utf8) })
        if let frozen {
            names.formUnion(frozen.delta.streams.entries.lazy.map(\.name).filter { $0.utf8.starts(with: prefix.utf8) })
        }
        for run in runs { run.addStreamNames(withPrefix: prefix, to: &names) }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func add(position: UInt64, offset: Int, stream: HashedName, commandID: HashedName, streamVersion: UInt64) {
        delta.add(
            position: position, offset: offset, stream: stream, commandID: commandID, streamVersion: streamVersion)
    }

    /// Runs `body` with the delta to add many records in one access (each call of ``add``
    /// is a dynamic exclusivity check on a class's stored property).
    func withDelta<R>(_ body: (inout IndexDelta) -> R) -> R { body(&delta) }

    /// Freezes the delta (its last record has `chainHash`) so that its run can be written in
    /// the background, and starts an empty delta after it. At most one delta is frozen.
    func freezeDelta(chainHash: Digest) {
        precondition(frozen == nil && delta.count > 0, "one non-empty delta frozen at a time")
        frozen = FrozenDelta(delta: delta, chainHash: chainHash)
        delta = IndexDelta(firstPosition: delta.lastPosition + 1)
    }

    /// Appends `run`, the frozen delta's run (written and mapped), after the last run and drops
    /// the frozen delta: the remembered run counts of its streams grow by their counts in it,
    /// and the runs' command filter takes its command keys.
    func landFrozen(as run: IndexRun) {
        guard let frozen = frozen?.delta else { preconditionFailure("no delta is frozen") }
        precondition(
            run.firstPosition == frozen.firstPosition && run.lastPosition == frozen.lastPosition
                && run.firstPosition == runsEnd + 1,
            "the frozen delta's run covers exactly its positions, right after the runs")
        // Counted in a local (one exclusivity check, not one per stream), swapped out so that
        // the table is not copied.
        var counts = NameTable<UInt64>()
        swap(&counts, &runCounts)
        for entry in frozen.streams.entries {
            let name = HashedName(text: entry.name, hash: entry.hash)
            let added = UInt64(entry.value.count)
            if let counted = counts.find(name) {
                counts[entry: counted] += added
            } else if runCountsAreComplete {
                counts.insert(name, added)
            }
        }
        runCounts = counts
        runs.append(run)
        self.frozen = nil
        if var filter = runsCommandFilter {
            // Filled as a local (not through the stored property, one exclusivity check per key).
            runsCommandFilter = nil
            if filter.hasRoom(for: frozen.commands.count) {
                for entry in frozen.commands.entries { filter.insert(StableHash.commandKey(entry.hash)) }
            } else {
                filter = RunsCommandFilter(runs: runs)
            }
            runsCommandFilter = filter
        }
    }

    /// Replaces the adjacent runs in `range` with `merged`, their merge (made in the background:
    /// ``RunMerge``), which covers the same positions with the same entries.
    ///
    /// Nothing else changes, and nothing else needs to: `runCounts` counts each stream's events
    /// over all the runs, the runs' command filter holds the command keys of all the runs, and
    /// a merge changes neither the events nor the command keys the runs hold together; the
    /// frozen delta (or the delta) still starts right after the last run.
    func replaceRuns(_ range: Range<Int>, with merged: IndexRun) {
        precondition(
            range.count >= 1 && runs[range.lowerBound].firstPosition == merged.firstPosition
                && runs[range.upperBound - 1].lastPosition == merged.lastPosition,
            "a merged run covers exactly the runs it replaces")
        runs.replaceSubrange(range, with: [merged])
    }

    private func run(containing position: UInt64) -> IndexRun? {
        var low = 0
        var high = runs.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let run = runs[middle]
            if position < run.firstPosition {
                high = middle - 1
            } else if position > run.lastPosition {
                low = middle + 1
            } else {
                return run
            }
        }
        return nil
    }
}
