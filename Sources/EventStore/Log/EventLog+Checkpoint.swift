extension EventLog {
    /// Loads the index checkpoint runs and sets the head to the end of what they cover.
    ///
    /// Runs are chosen as a chain from position 1, preferring at each step the longest run; a
    /// run is used only if its header is sound, its contents are (checked here by a writer,
    /// on first use by a reader: ``checkRuns(containing:)``) and the log's record at its last
    /// position has the chain hash it recorded. Anything missing, damaged or mismatching is left out, and the
    /// records it would have covered are scanned instead: the checkpoint is never trusted blindly.
    func loadIndex() throws(StoreError) {
        index = StreamIndex()
        headPosition = 0
        headHash = .zero
        headRecordedAt = nil
        tailSegment = 0
        tailOffset = SegmentHeader.length
        guard !segments.isEmpty else { return }
        let names = (try? files.list(indexDirectory)) ?? []
        let available = names.compactMap { name in IndexRunLayout.range(ofFileName: name).map { (name, $0) } }
        var chain: [IndexRun] = []
        var end: (segment: Int, offset: Int, recordedAt: Timestamp)?
        var next: UInt64 = 1
        // A writer looks streams up in every run at its first append: it checks them all now.
        let checking: IndexRun.Checking = mode == .write || checksRunsWhenLoading ? .now : .onFirstUse
        while true {
            let candidates = available.filter { $0.1.lowerBound == next }.sorted { $0.1.upperBound > $1.1.upperBound }
            var chosen: (IndexRun, (Int, Int, Timestamp))?
            for (name, range) in candidates {
                guard
                    let run = try? IndexRun(
                        path: indexDirectory + "/" + name, name: name, files: files, checking: checking),
                    run.firstPosition == range.lowerBound, run.lastPosition == range.upperBound,
                    let located = locateEnd(of: run)
                else { continue }
                chosen = (run, located)
                break
            }
            guard let (run, located) = chosen else { break }
            chain.append(run)
            end = located
            next = run.lastPosition + 1
        }
        guard let last = chain.last, let end else { return }
        index = StreamIndex(runs: chain)
        headPosition = last.lastPosition
        headHash = last.chainHash
        headRecordedAt = end.recordedAt
        tailSegment = end.segment
        tailOffset = end.offset
    }

    /// Checks that the record at `run`'s last position is where the run says, valid, and has
    /// the run's chain hash; returns its segment, the offset after it, and its recorded-at.
    private func locateEnd(of run: IndexRun) -> (Int, Int, Timestamp)? {
        guard let number = segmentNumber(holding: run.lastPosition) else { return nil }
        let segment = segments[number]
        let bytes = UnsafeRawBufferPointer(start: segment.mapping.base, count: segment.fileSize)
        guard let last = run.lastRecord(in: bytes) else { return nil }
        return (number, last.end, last.recordedAt)
    }

    /// Saves the delta as a new checkpoint run once it holds `checkpointInterval` events; once
    /// that run is swapped in, merges the newest runs in the background while the older is less
    /// than twice the newer (so a log of N events has about log2(N / interval) runs and each
    /// entry is rewritten about that many times): see ``startCompactionIfDue()``.
    ///
    /// Nothing is written on the appending thread: the delta is frozen (lookups keep consulting
    /// it) and a ``DeltaFlush`` builds, encodes and writes its run on another thread; a later
    /// call swaps the run in (``finishFlush(waiting:)``), and only then may a merge take it. The
    /// merges (``RunMerge``) run on a thread of their own too, swapped in the same way. At most
    /// one flush is in flight: a delta due while one is waits for it.
    ///
    /// Called by the writer under the lock, after every durable append (cheap unless a delta is
    /// due or frozen). Failures other than a failed fsync are not the append's: the frozen delta
    /// stays in memory and a later append tries again, once the delta has grown by
    /// ``flushRetryEvents`` since the last try.
    func checkpointIfDue() throws(StoreError) {
        guard mode == .write else { return }
        let due = index.delta.count >= options.checkpointInterval
        guard due || index.frozen != nil else { return }
        do throws(StoreError) {
            if try finishFlush(waiting: due) { startCompactionIfDue() }
            // A frozen delta whose flush is in flight waits; one whose flush failed is tried
            // again once the delta has grown by ``flushRetryEvents`` since (while the disk is
            // full, each try builds a run and lists the index's directory for nothing).
            if index.frozen != nil {
                guard flush == nil, index.delta.count >= flushRetryAt else { return }
            } else {
                guard due else { return }
            }
            if try othersCheckpointed() {
                try loadIndex()
                tailDamage = try scanTail(strict: false)
            }
            // After the reload: a merge of runs the index no longer holds is then left unused.
            try finishCompaction(waiting: false)
            if index.frozen == nil {
                guard index.delta.count >= options.checkpointInterval else { return }
                index.freezeDelta(chainHash: headHash)
            }
            startFlush()
        } catch  where error.code != .fatal {
            return
        }
    }

    /// How many appended events a flush that failed waits for before it is tried again: an
    /// eighth of a checkpoint interval (2,048 events by default; each append with the interval
    /// of 10 the index tests use).
    var flushRetryEvents: Int { max(1, options.checkpointInterval / 8) }

    /// Whether another process changed the checkpoint runs since this log loaded them.
    func othersCheckpointed() throws(StoreError) -> Bool {
        guard let listed = files.calls.listDirectory(indexDirectory) else { return false }
        let names = Set(listed)
        if index.runs.contains(where: { !names.contains($0.name) }) { return true }
        let next = index.runsEnd + 1
        return names.contains { IndexRunLayout.range(ofFileName: $0)?.lowerBound == next }
    }
}
