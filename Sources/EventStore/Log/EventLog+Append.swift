extension EventLog {
    /// Appends one command's events to one stream, durably, if the stream (and every
    /// condition's stream) is at the expected version.
    ///
    /// Returns when the events are on disk (written, then `fdatasync`). A command id already in
    /// the log writes nothing and returns the earlier result with `isDuplicate` set, even if the
    /// request differs: the id is the idempotency key.
    ///
    /// - Throws: `.versionConflict` (nothing written: re-read and decide again), `.busy` (another
    ///   writer kept the lock past `lockTimeout`), `.invalidArgument`/`.tooLarge` (bad request),
    ///   `.io` (the write failed; the log is as it was), `.corrupted`, `.readOnly`, `.fatal`.
    public func append(_ request: AppendRequest) throws(StoreError) -> AppendResult {
        try append(batch: [request])[0]
    }

    /// Appends many commands in one durable commit (one write, one `fdatasync`): all or nothing.
    ///
    /// Requests are checked in order, each seeing the versions the earlier ones produce. A
    /// command id already in the log is skipped and gets its earlier result (so re-running an
    /// import writes nothing); any conflict, or one command id used twice in the batch, rejects
    /// the whole batch and writes nothing.
    ///
    /// The one-batch case of ``append(batches:acknowledge:)``: the same steps, nothing to overlap.
    public func append(batch requests: [AppendRequest]) throws(StoreError) -> [AppendResult] {
        var results: [AppendResult] = []
        try append(batches: CollectionOfOne(requests)) { results = $0 }
        return results
    }

    /// Appends many batches in order, each one durable commit exactly as ``append(batch:)``
    /// makes it, preparing each batch while the one before it is being synced: an import of many
    /// batches then hides most of each `fdatasync` behind the next batch's checks and encoding.
    ///
    /// Each batch is all or nothing (idempotency, expected versions, a command id twice in the
    /// batch), and sees the versions the batches before it produce. `acknowledge` gets each
    /// batch's results, in order, only once that batch is durable. On the first failure the
    /// batches acknowledged before it are durable, the failing batch and every later one wrote
    /// nothing (a failed `fdatasync` stops the log: that batch is not acknowledged, and is in the
    /// file after a reopen only if its bytes reached it), and the error is thrown; later batches
    /// are not read from `batches`.
    ///
    /// ```swift
    /// try log.append(batches: chunks) { results in imported += results.count }
    /// ```
    ///
    /// - Parameters:
    ///   - batches: read one batch at a time, while this log holds the writer lock for the whole
    ///     run: other writers wait (up to their `lockTimeout`), so make batches cheap to produce.
    ///     A batch is read while the one before it may still be syncing: a sequence that reads
    ///     this log (to decide the next batch) sees that batch's events and versions already;
    ///     should its sync fail, the error is thrown and nothing read after it is written.
    ///   - acknowledge: called on this thread, under the lock, once per batch (an empty batch too).
    ///     Neither it nor `batches` may append to this log: such an append throws
    ///     `.invalidArgument` (the lock is not reentrant).
    /// - Throws: what ``append(batch:)`` throws, for the first batch that fails.
    public func append(batches: some Sequence<[AppendRequest]>, acknowledge: ([AppendResult]) -> Void)
        throws(StoreError)
    {
        try checkUsable(writing: true)
        if lock?.isHeld == true {
            throw StoreError(
                .invalidArgument,
                "this log is in the middle of an append: a batch's acknowledgement or the batches sequence cannot append to it; append once that call returns"
            )
        }
        var run = PipelineRun()
        defer { if run.holdsLock { lock?.release() } }
        for requests in batches {
            try append(requests, in: &run, acknowledge: acknowledge)
        }
        try finish(&run, acknowledge: acknowledge)
    }

    /// Checks the requests (``AppendRequest/validate()``) here, or for a batch of
    /// ``backgroundCheckRequests`` or more, starts checking them on another thread while this one
    /// takes the lock and plans them (a tenth of a batch append's work).
    func startChecks(of requests: [AppendRequest]) throws(StoreError) -> BackgroundTask? {
        let checkAll: @Sendable () throws(StoreError) -> Void = { try AppendRequest.validateAll(requests) }
        guard requests.count >= Self.backgroundCheckRequests else {
            try checkAll()
            return nil
        }
        return BackgroundTask("eig.request-checks", checkAll)
    }

    /// Batches of fewer requests are checked before anything else, on the writer's thread.
    static let backgroundCheckRequests = 128

    /// Takes the writer lock once the checks are done or started (`checks`).
    func acquireLock(checkedBy checks: BackgroundTask?) throws(StoreError) {
        guard let lock else { throw StoreError(.readOnly, "the log has no writer lock") }
        if let checks {
            // While another writer holds the lock, the checks end first: a batch they refuse is
            // refused at once, not after waiting up to the lock's timeout.
            do throws(StoreError) {
                try lock.acquire(timeout: .zero)
            } catch  where error.code == .busy {
                try checks.wait()
                try lock.acquire(timeout: options.lockTimeout)
            }
        } else {
            try lock.acquire(timeout: options.lockTimeout)
        }
    }

    /// Under the lock: recovers a tail a failed write left, then reads what other writers added
    /// (and recovers the tail they left); a recovery waits for the request checks to pass, and
    /// runs `settling` first (a pipelined append finishes its pending batch).
    func catchUpUnderLock(checkedBy checks: BackgroundTask?, settling: () throws(StoreError) -> Void)
        throws(StoreError)
    {
        if tailNeedsRecovery {
            try checks?.wait()
            try settling()
            try recoverTail()
        }
        try refreshTail()
        if tailDamage != nil {
            try checks?.wait()
            try settling()
            try recoverTail()
        }
    }
}
