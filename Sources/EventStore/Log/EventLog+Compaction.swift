extension EventLog {
    /// Starts merging the newest checkpoint runs on a background thread (``RunMerge``) if the
    /// merge rule asks for it and no merge is in flight: taking runs from the newest back while
    /// the older covers less than twice as many events as the ones taken so far.
    ///
    /// The rule is the one checkpoints applied in line before merges moved off the append: run
    /// after every checkpoint, with each merge swapped in before the next, it gives the same runs
    /// (a binary counter of runs of interval × 2ᵏ events, about log2(N / interval) of them). The
    /// runs saved while a merge is in flight wait for the next one, which takes them all.
    ///
    /// Writers only (a reader never writes a byte), and never once the log is stopped: a failed
    /// fsync is not retried. Every run a writer holds was checked when loaded or written by it.
    func startCompactionIfDue() {
        guard mode == .write, compaction == nil, stopped == nil else { return }
        let runs = index.runs
        guard let newest = runs.last else { return }
        var first = runs.count - 1
        var merged = newest.eventCount
        while first > 0, runs[first - 1].eventCount < 2 * merged {
            first -= 1
            merged += runs[first].eventCount
        }
        let inputs = Array(runs[first...])
        guard inputs.count >= 2, inputs.allSatisfy(\.isVerified) else { return }
        compaction = RunMerge(inputs: inputs, directory: indexDirectory, files: files)
    }

    /// Swaps a finished merge in, under the writer lock: replaces its inputs in the index with
    /// the merged run and unlinks their files. With `waiting`, waits for the merge to end first;
    /// without, a merge still running is left to run.
    ///
    /// The swap happens only if the index still holds the very inputs, adjacent. After a reload
    /// (another writer checkpointed, or a damaged run was left out) it holds other run objects,
    /// maybe other runs: the merged file is then left unused. That is harmless: it is a valid run
    /// (a range's run has the same bytes whoever builds it), a loader prefers it to its inputs,
    /// and the next writer to open the store deletes whichever of them its chain does not use.
    /// The merged file is mapped here, under the lock, so that no writer's opening (the only
    /// other place run files are deleted, under the lock too) can remove it in between.
    ///
    /// - Returns: whether the merged run was swapped in.
    /// - Throws: `.fatal` when the merge could not make its file durable: the log stops, as
    ///   after a failed fsync on the append path, and the merge is never retried. Any other
    ///   failure of the merge leaves the runs as they were (a later checkpoint merges again).
    @discardableResult
    func finishCompaction(waiting: Bool) throws(StoreError) -> Bool {
        guard let merge = compaction, let outcome = waiting ? merge.wait() : merge.outcome else { return false }
        compaction = nil
        return try isWritten(outcome) && swapIn(merge)
    }

    /// Whether a background index job (a merge, a delta's flush) wrote its run: false when it
    /// failed otherwise (nothing changed; a later checkpoint tries again).
    ///
    /// - Throws: the job's `.fatal` error, which stops the log, when it could not make its file
    ///   durable (a failed fsync is never retried).
    func isWritten(_ outcome: IndexFileJob.Outcome) throws(StoreError) -> Bool {
        switch outcome {
        case .succeeded:
            return true
        case .failed(let error):
            guard error.code == .fatal else { return false }
            stopped = error
            throw error
        }
    }

    private func swapIn(_ merge: RunMerge) -> Bool {
        let inputs = merge.inputs
        guard let start = index.runs.firstIndex(where: { $0 === inputs[0] }),
            index.runs.count - start >= inputs.count,
            zip(index.runs[start...], inputs).allSatisfy({ $0 === $1 })
        else { return false }
        let first = inputs[0]
        let last = inputs[inputs.count - 1]
        guard
            let run = try? IndexRun(
                path: indexDirectory + "/" + merge.name, name: merge.name, files: files, checking: .justWritten),
            run.firstPosition == first.firstPosition, run.lastPosition == last.lastPosition,
            run.chainHash == last.chainHash
        else { return false }
        index.replaceRuns(start..<(start + inputs.count), with: run)
        // Like the runs a merge replaced in line: unlinked without a directory sync, since a
        // crash that brings them back leaves runs the next writer's opening deletes.
        for input in inputs { _ = files.calls.unlink(indexDirectory + "/" + input.name) }
        return true
    }

    /// Waits for the background flush of the frozen index delta and the background merge of
    /// checkpoint runs, if any, and swaps them in (taking the writer lock); after a swap, does
    /// the same for a merge that became due (each swap leaves fewer runs, so this ends). A job
    /// that failed is not tried again here. A process that wants every run saved and merged
    /// before it measures or exits calls it; otherwise releasing the log waits for the jobs,
    /// and swaps them in if the lock is free.
    ///
    /// - Throws: `.busy` if another writer keeps the lock, `.fatal` if a job failed to make
    ///   its file durable or the log was stopped otherwise (a stopped log swaps nothing in).
    package func waitForCompaction() throws(StoreError) {
        try waitForFlush()
        while let merge = compaction {
            merge.wait()
            guard let lock else { return }
            try lock.acquire(timeout: options.lockTimeout)
            defer { lock.release() }
            guard try finishCompaction(waiting: true) else { return }
            startCompactionIfDue()
        }
    }

    /// Waits for the background flush and merge to end, without swapping them in: tests use it
    /// to order the end of a job against what other writers do.
    func waitForCompactionJob() {
        flush?.wait()
        compaction?.wait()
    }

    /// What releasing a writer does with its jobs: waits for them (a short-lived process never
    /// exits in the middle of writing a run), then swaps the merge in if the writer lock is free
    /// at once. The flushed run is left for the next opening to load (it is a valid run). A log
    /// that one of its jobs stopped (a failed fsync, maybe not yet seen by any call) swaps
    /// nothing in.
    func finishCompactionOnRelease() {
        flush?.wait()
        guard let merge = compaction else { return }
        merge.wait()
        guard stopped == nil, merge.fatalError == nil, flush?.fatalError == nil, let lock, !lock.isHeld,
            (try? lock.acquire(timeout: .zero)) != nil
        else { return }
        defer { lock.release() }
        _ = try? finishCompaction(waiting: true)
    }
}
