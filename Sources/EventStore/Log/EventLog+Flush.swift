extension EventLog {
    /// Starts writing the frozen delta's run in the background (``DeltaFlush``), unless a flush
    /// is in flight, the log is stopped (a failed fsync is not retried) or nothing is frozen.
    func startFlush() {
        guard mode == .write, flush == nil, stopped == nil, let frozen = index.frozen else { return }
        flush = DeltaFlush(frozen, directory: indexDirectory, files: files)
        // Should it fail, the next try waits for the delta to grow (``checkpointIfDue()``).
        flushRetryAt = index.delta.count + flushRetryEvents
    }

    /// Swaps the frozen delta's run in once its flush has written it, under the writer lock: maps
    /// the file and appends it after the last run (a merge only ever takes runs the index holds,
    /// so none can be in the way), and the frozen delta is dropped. With `waiting`, waits for the
    /// flush to end first; without, a flush still running is left to run.
    ///
    /// The swap happens only if the index's frozen delta still covers the run's very positions
    /// right after the runs: after a reload (another writer checkpointed, a damaged run was left
    /// out) it has none, and the file is left unused, which is harmless (a valid run, as for an
    /// unused merge: ``finishCompaction(waiting:)``). The file is mapped here, under the lock,
    /// so that no writer's opening can delete it in between; if it cannot be mapped, the frozen
    /// delta stays and a later checkpoint writes it again.
    ///
    /// - Returns: whether a run was swapped in.
    /// - Throws: `.fatal` when the flush could not make its file durable: the log stops, as after
    ///   a failed fsync on the append path, and the flush is never retried. Any other failure
    ///   leaves the frozen delta in memory, for a later checkpoint to flush again.
    @discardableResult
    func finishFlush(waiting: Bool) throws(StoreError) -> Bool {
        guard let job = flush, let outcome = waiting ? job.wait() : job.outcome else { return false }
        flush = nil
        guard try isWritten(outcome),
            let frozen = index.frozen?.delta, frozen.firstPosition == job.positions.lowerBound,
            frozen.lastPosition == job.positions.upperBound, index.runsEnd + 1 == frozen.firstPosition,
            let run = try? IndexRun(
                path: indexDirectory + "/" + job.name, name: job.name, files: files, checking: .justWritten),
            run.firstPosition == frozen.firstPosition, run.lastPosition == frozen.lastPosition,
            run.chainHash == index.frozen?.chainHash
        else { return false }
        index.landFrozen(as: run)
        return true
    }

    /// Waits for the flush of the frozen delta, if one is in flight, and swaps its run in
    /// (taking the writer lock), then starts a merge if one became due. Used by
    /// ``waitForCompaction()``, and by tests that want each checkpoint's run in place at once.
    ///
    /// - Throws: `.busy` if another writer keeps the lock, `.fatal` if the flush failed to make
    ///   its file durable or the log was stopped otherwise.
    func waitForFlush() throws(StoreError) {
        try checkUsable(writing: false)
        guard let job = flush else { return }
        job.wait()
        guard let lock else { return }
        try lock.acquire(timeout: options.lockTimeout)
        defer { lock.release() }
        if try finishFlush(waiting: true) { startCompactionIfDue() }
    }
}
