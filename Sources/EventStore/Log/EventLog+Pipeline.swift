/// The steps of ``EventLog/append(batches:acknowledge:)``, in the order that keeps a pipelined
/// append as safe as one ``EventLog/append(batch:)`` after another. For each batch k+1, under
/// the writer lock:
///
/// 1. catch up (``EventLog/catchUpUnderLock(checkedBy:settling:)``), plan k+1 against the head, which
///    already counts batch k (written, committed to the index, maybe still syncing), then
///    encode k+1 into `writeBuffer` (batch k's bytes left it when they were written); a tail
///    recovery on the way (a stray segment where k+1 will write) does step 2 first, as it
///    closes and reopens the descriptors k's sync may be using;
/// 2. wait for batch k's sync (``EventLog/finishSync(_:segmentsFrom:)``; a failure stops the
///    log and the head goes back to what is durable), acknowledge k, and checkpoint if due: the
///    index then holds only durable records, as k+1 is not in it yet;
/// 3. write k+1, start its sync, commit it to the index (head, tail).
///
/// After the last batch, step 2 alone. So no write happens while an earlier sync is pending
/// (a batch's bytes are written only once everything before them is durable, and a failed
/// write has no unacknowledged batch before it), no planned result of k+1 is visible (head,
/// index) before k+1 is written, and what overlaps batch k's `fdatasync` is the commit of k to
/// the index and the checks, plan and encoding of k+1. A batch that fails before step 2 (a
/// conflict, a duplicate id, a refused request) still waits for k and acknowledges it, then
/// throws (k's own failure, if its sync fails: that one stops the log). Batches below ``EventLog/backgroundSyncBytes`` are synced in step 3 on this thread,
/// as by ``EventLog/startSync()`` for any append, so step 2 has nothing to wait for.
///
/// The lock is taken for the first batch that has requests and held to the end: while it is
/// held, the log has no other writer to catch up with, and nothing is waited for under it but
/// this log's own checks and syncs.
struct PipelineRun {
    /// Whether this run took the writer lock (released when the append returns).
    var holdsLock = false
    /// The batch written and committed whose sync is not yet waited for.
    var pending: PendingCommit?
}

/// A batch written and committed to the index, not yet acknowledged: its sync may be running.
struct PendingCommit {
    var sync: BackgroundTask?
    /// The tail segment before the write (``EventLog/finishSync(_:segmentsFrom:)`` closes the
    /// segments from it to the last but one for writing).
    var firstSegment: Int
    /// The head and tail before the batch: what is durable if its sync fails.
    var durable: DurableHead
    var results: [AppendResult]
}

/// Where the log ended before a batch: restored when the batch's sync fails.
struct DurableHead {
    var position: UInt64
    var hash: Digest
    var recordedAt: Timestamp?
    var segment: Int
    var offset: Int
}

/// A batch planned and encoded into `writeBuffer` (step 1), not yet written.
struct PreparedBatch {
    var results: [AppendResult]
    var planned: [EventLog.PlannedCommand] = []
    /// `nil` when there is nothing to write (an empty batch, or only commands already in the log).
    var records: EventLog.EncodedRecords?
    var recordedAt = Timestamp(microsecondsSinceEpoch: 0)
}

extension EventLog {
    /// One batch of a pipelined append: steps 1 to 3 (``PipelineRun``).
    func append(_ requests: [AppendRequest], in run: inout PipelineRun, acknowledge: ([AppendResult]) -> Void)
        throws(StoreError)
    {
        let prepared: PreparedBatch
        do throws(StoreError) {
            prepared = try prepare(requests, in: &run, acknowledge: acknowledge)
        } catch {
            try finish(&run, acknowledge: acknowledge)
            throw error
        }
        try finish(&run, acknowledge: acknowledge)
        guard let records = prepared.records else {
            acknowledge(prepared.results)
            return
        }
        // A checkpoint that stopped the log (a failed fsync) after the batch before: not written.
        try checkUsable(writing: true)
        let firstSegment = tailSegment
        let written = try write(records: records)
        // A large append's sync runs while the index takes the records in (``startSync()``).
        let sync = try startSync()
        let durable = DurableHead(
            position: headPosition, hash: headHash, recordedAt: headRecordedAt, segment: tailSegment,
            offset: tailOffset)
        commit(
            prepared.planned, records: records, segment: written.segment, start: written.start,
            recordedAt: prepared.recordedAt)
        run.pending = PendingCommit(
            sync: sync, firstSegment: firstSegment, durable: durable, results: prepared.results)
    }

    /// Step 1: checks, lock (first batch), catch-up, plan and encoding; nothing visible changes.
    ///
    /// A recovery of the tail (a stray segment where this batch will write, a tail left by a
    /// failed write) first finishes the pending batch (step 2): recovery closes and reopens the
    /// tail segment's descriptor, which that batch's background `fdatasync` may be using.
    private func prepare(
        _ requests: [AppendRequest], in run: inout PipelineRun, acknowledge: ([AppendResult]) -> Void
    ) throws(StoreError) -> PreparedBatch {
        try checkUsable(writing: true)
        guard !requests.isEmpty else { return PreparedBatch(results: []) }
        let checks = try startChecks(of: requests)
        do throws(StoreError) {
            if !run.holdsLock {
                try acquireLock(checkedBy: checks)
                run.holdsLock = true
            }
            // A checkpoint after the pending batch may stop the log (a failed fsync): no recovery then.
            let settle = { () throws(StoreError) in
                try self.finish(&run, acknowledge: acknowledge)
                try self.checkUsable(writing: true)
            }
            try catchUpUnderLock(checkedBy: checks, settling: settle)
            var results: [AppendResult] = []
            results.reserveCapacity(requests.count)
            let planned = try plan(requests, results: &results)
            try checks?.wait()
            guard let lastPlanned = planned.last else { return PreparedBatch(results: results) }
            try removeStraySegments(
                beforeWritingThrough: lastPlanned.firstPosition + UInt64(lastPlanned.count) - 1, settling: settle)
            let recordedAt = max(options.clock(), headRecordedAt ?? Timestamp(microsecondsSinceEpoch: .min))
            let records = encode(requests, planned, recordedAt: recordedAt)
            return PreparedBatch(results: results, planned: planned, records: records, recordedAt: recordedAt)
        } catch {
            // A failed check is the error reported, as when the checks ran first.
            try checks?.wait()
            throw error
        }
    }

    /// Step 2: waits for the pending batch's sync, acknowledges it, checkpoints if due.
    func finish(_ run: inout PipelineRun, acknowledge: ([AppendResult]) -> Void) throws(StoreError) {
        guard let pending = run.pending else { return }
        run.pending = nil
        do throws(StoreError) {
            try finishSync(pending.sync, segmentsFrom: pending.firstSegment)
        } catch {
            // The sync failed after the index took the records in: the stopped log's head goes
            // back to what is durable, so that no read (bounded by the head) shows them.
            let durable = pending.durable
            (headPosition, headHash, headRecordedAt) = (durable.position, durable.hash, durable.recordedAt)
            (tailSegment, tailOffset) = (durable.segment, durable.offset)
            segments[tailSegment].end = tailOffset
            throw error
        }
        acknowledge(pending.results)
        do throws(StoreError) {
            try checkpointIfDue()
        } catch {
            stopped = error
        }
    }
}
