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
    public func append(batch requests: [AppendRequest]) throws(StoreError) -> [AppendResult] {
        try checkUsable(writing: true)
        guard !requests.isEmpty else { return [] }
        let checks = try startChecks(of: requests)
        do throws(StoreError) {
            return try append(requests, checkedBy: checks)
        } catch {
            // A failed check is the error reported, as when the checks ran first.
            try checks?.wait()
            throw error
        }
    }

    /// Checks the requests (``AppendRequest/validate()``) here, or for a batch of
    /// ``backgroundCheckRequests`` or more, starts checking them on another thread while this one
    /// takes the lock and plans them (a tenth of a batch append's work).
    private func startChecks(of requests: [AppendRequest]) throws(StoreError) -> BackgroundTask? {
        let checkAll: @Sendable () throws(StoreError) -> Void = {
            for number in requests.indices { try requests[number].validate() }
        }
        guard requests.count >= Self.backgroundCheckRequests else {
            try checkAll()
            return nil
        }
        return BackgroundTask("eig.request-checks", checkAll)
    }

    /// Batches of fewer requests are checked before anything else, on the writer's thread.
    static let backgroundCheckRequests = 128

    /// ``append(batch:)`` once the checks are done or started (`checks`): nothing changes a file
    /// before they have passed.
    private func append(_ requests: [AppendRequest], checkedBy checks: BackgroundTask?) throws(StoreError)
        -> [AppendResult]
    {
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
        defer { lock.release() }
        try catchUpUnderLock(checkedBy: checks)
        var results: [AppendResult] = []
        results.reserveCapacity(requests.count)
        let planned = try plan(requests, results: &results)
        try checks?.wait()
        guard let lastPlanned = planned.last else { return results }
        try removeStraySegments(beforeWritingThrough: lastPlanned.firstPosition + UInt64(lastPlanned.count) - 1)
        let recordedAt = max(options.clock(), headRecordedAt ?? Timestamp(microsecondsSinceEpoch: .min))
        let records = encode(requests, planned, recordedAt: recordedAt)
        let firstSegment = tailSegment
        let written = try write(records: records)
        // A large append's sync runs while the index takes the records in (``startSync()``).
        let sync = try startSync()
        let durable = (headPosition, headHash, headRecordedAt, tailSegment, tailOffset)
        commit(planned, records: records, segment: written.segment, start: written.start, recordedAt: recordedAt)
        do throws(StoreError) {
            try finishSync(sync, segmentsFrom: firstSegment)
        } catch {
            // The sync failed after the index took the records in: the stopped log's head goes
            // back to what is durable, so that no read (bounded by the head) shows them.
            (headPosition, headHash, headRecordedAt, tailSegment, tailOffset) = durable
            segments[tailSegment].end = tailOffset
            throw error
        }
        do throws(StoreError) {
            try checkpointIfDue()
        } catch {
            stopped = error
        }
        return results
    }

    /// Under the lock: recovers a tail a failed write left, then reads what other writers added
    /// (and recovers the tail they left); a recovery waits for the request checks to pass.
    func catchUpUnderLock(checkedBy checks: BackgroundTask?) throws(StoreError) {
        if tailNeedsRecovery {
            try checks?.wait()
            try recoverTail()
        }
        try refreshTail()
        if tailDamage != nil {
            try checks?.wait()
            try recoverTail()
        }
    }

    /// A command that passed its checks: which request, and where its events go.
    struct PlannedCommand {
        var request: Int
        var firstPosition: UInt64
        var firstVersion: UInt64
        var count: Int
        var stream: HashedName
        var commandID: HashedName
    }

    /// Checks idempotency, expected versions and conditions in order; fills `results`.
    private func plan(_ requests: [AppendRequest], results: inout [AppendResult]) throws(StoreError)
        -> [PlannedCommand]
    {
        try requests.withUnsafeBufferPointer { (requests) throws(StoreError) in try plan(requests, results: &results) }
    }

    /// ``plan(_:results:)`` through a buffer pointer: a field read through the array's subscript
    /// was retained and released, through the pointer most are plain loads.
    private func plan(_ requests: UnsafeBufferPointer<AppendRequest>, results: inout [AppendResult])
        throws(StoreError) -> [PlannedCommand]
    {
        var planned: [PlannedCommand] = []
        planned.reserveCapacity(requests.count)
        // Each stream's version as the batch's requests so far leave it, and the batch's new command ids.
        var versions = NameTable<UInt64>()
        var newCommands = NameTable<Int>()
        if requests.count > 1 {
            versions.reserveCapacity(requests.count)
            newCommands.reserveCapacity(requests.count)
        }
        var nextPosition = headPosition + 1
        func version(of stream: HashedName) -> UInt64 { versions[stream] ?? index.streamVersion(stream) }
        // Fields are read through `requests[number]`: binding the whole request would copy it.
        for number in requests.indices {
            let command = HashedName(requests[number].metadata.commandID)
            let commandID = command.text
            if let earlier = try existingResult(ofCommand: command) {
                results.append(earlier)
                continue
            }
            if requests.count > 1 {
                let (first, isNew) = newCommands.findOrInsert(command, number)
                guard isNew else {
                    throw StoreError(
                        .invalidArgument,
                        "command id \(commandID) appears twice in the batch (requests \(newCommands[entry: first] + 1) and \(number + 1)); nothing was written",
                        stream: requests[number].stream)
                }
            }
            let stream = HashedName(requests[number].stream)
            // The stream's entry holds its version before this command (conditions read it).
            let (entry, isNew) = versions.findOrInsert(stream, 0)
            if isNew { versions[entry: entry] = index.streamVersion(stream) }
            let current = versions[entry: entry]
            guard requests[number].expected.isSatisfied(by: current) else {
                throw conflict(
                    requests[number].stream, current: current, expected: requests[number].expected, commandID: commandID
                )
            }
            for condition in requests[number].conditions {
                let conditionVersion = version(of: HashedName(condition.stream))
                guard condition.expected.isSatisfied(by: conditionVersion) else {
                    throw conflict(
                        condition.stream, current: conditionVersion, expected: condition.expected, commandID: commandID)
                }
            }
            // Checks may still be running on another thread: a command with no event is refused
            // here too, as its range of positions would be empty.
            if requests[number].events.isEmpty { try requests[number].validate() }
            let count = UInt64(requests[number].events.count)
            planned.append(
                PlannedCommand(
                    request: number, firstPosition: nextPosition, firstVersion: current + 1, count: Int(count),
                    stream: stream, commandID: command))
            results.append(
                AppendResult(
                    positions: nextPosition...(nextPosition + count - 1), streamVersion: current + count,
                    isDuplicate: false))
            versions[entry: entry] = current + count
            nextPosition += count
        }
        return planned
    }

    private func conflict(_ stream: String, current: UInt64, expected: ExpectedVersion, commandID: String) -> StoreError
    {
        StoreError(
            .versionConflict,
            "stream \(stream) is at version \(current) but command \(commandID) expected \(expected); nothing was written",
            stream: stream)
    }

    /// The encoded records of a planned append (their bytes are `writeBuffer`'s): where each
    /// record starts in them, the first one's position, the last one's chain hash.
    struct EncodedRecords {
        var starts: [Int]
        var firstPosition: UInt64
        var lastHash: Digest
    }

    /// Encodes every planned event into `writeBuffer`, chaining hashes from the head: sizes
    /// every record first, then fills them in place; a large append's records are sealed (chain
    /// hash and CRC) on another thread as they are filled (``RecordSealer``), a small one's here.
    private func encode(_ requests: [AppendRequest], _ planned: [PlannedCommand], recordedAt: Timestamp)
        -> EncodedRecords
    {
        // The buffer and the id source are moved into locals for the loop: as stored properties
        // of a class, each use per event would be a dynamic exclusivity check.
        var buffer = writeBuffer
        writeBuffer = RecordBuffer()
        var ids = randomIDs
        defer {
            writeBuffer = buffer
            randomIDs = ids
        }
        buffer.removeAll()
        let (starts, lengths, total) = recordSizes(requests, planned)
        let head = headHash
        let lastRequest = planned[planned.count - 1].request
        let lastHash = buffer.append(length: total) { base in
            let sealer =
                total >= RecordSealer.minimumBytes
                ? RecordSealer(.init(base: base, starts: starts, lengths: lengths), previous: head) : nil
            var previous = head
            var number = 0
            var published = 0
            var fields = RecordEncoder.CommandFields()
            // Through buffer pointers: iterating the arrays themselves copied each planned command
            // (a retain and a release per string it holds).
            requests.withUnsafeBufferPointer { requests in
                planned.withUnsafeBufferPointer { planned in
                    for command in planned.indices {
                        let request = planned[command].request
                        fields.set(stream: requests[request].stream, metadata: requests[request].metadata)
                        let firstPosition = planned[command].firstPosition
                        let firstVersion = planned[command].firstVersion
                        requests[request].events.withUnsafeBufferPointer { events in
                            for offset in events.indices {
                                var type = events[offset].type
                                type.withUTF8 { typeBytes in
                                    RecordEncoder.fill(
                                        base + starts[number], length: lengths[number],
                                        position: firstPosition + UInt64(offset),
                                        streamVersion: firstVersion + UInt64(offset), recordedAt: recordedAt,
                                        event: events[offset], type: typeBytes,
                                        eventID: events[offset].eventID ?? ids.make(), fields: fields,
                                        commitEnd: request == lastRequest && offset == events.count - 1)
                                }
                                if let sealer {
                                    let end = starts[number] + lengths[number]
                                    if end - published >= RecordSealer.publicationBytes {
                                        sealer.publish(filled: number + 1)
                                        published = end
                                    }
                                } else {
                                    previous = RecordEncoder.seal(
                                        base + starts[number], length: lengths[number], previous: previous)
                                }
                                number += 1
                            }
                        }
                    }
                }
            }
            guard let sealer else { return previous }
            sealer.publish(filled: number)
            return sealer.finish()
        }
        return EncodedRecords(starts: starts, firstPosition: planned[0].firstPosition, lastHash: lastHash)
    }

    /// Where each planned record will start in the write buffer, its length, and the total.
    private func recordSizes(_ requests: [AppendRequest], _ planned: [PlannedCommand])
        -> (starts: [Int], lengths: [Int], total: Int)
    {
        let count = planned.reduce(0) { $0 + $1.count }
        var starts: [Int] = []
        var lengths: [Int] = []
        starts.reserveCapacity(count)
        lengths.reserveCapacity(count)
        var total = 0
        requests.withUnsafeBufferPointer { requests in
            for command in planned.indices {
                let request = planned[command].request
                let fieldBytes = RecordEncoder.CommandFields.byteCount(
                    stream: requests[request].stream, metadata: requests[request].metadata)
                requests[request].events.withUnsafeBufferPointer { events in
                    for event in events.indices {
                        let length = RecordEncoder.length(
                            fieldBytes: fieldBytes, typeBytes: events[event].type.utf8.count,
                            payloadBytes: events[event].payload.count)
                        starts.append(total)
                        lengths.append(length)
                        total += length
                    }
                }
            }
        }
        return (starts, lengths, total)
    }

    /// Makes the records written at `start` of segment `segment` part of the log's state:
    /// index, head, tail.
    private func commit(
        _ planned: [PlannedCommand], records: EncodedRecords, segment: Int, start: Int, recordedAt: Timestamp
    ) {
        index.withDelta { delta in
            planned.withUnsafeBufferPointer { planned in
                var number = 0
                for command in planned.indices {
                    for offset in 0..<planned[command].count {
                        delta.add(
                            position: planned[command].firstPosition + UInt64(offset),
                            offset: start + records.starts[number], stream: planned[command].stream,
                            commandID: planned[command].commandID,
                            streamVersion: planned[command].firstVersion + UInt64(offset))
                        number += 1
                    }
                }
            }
        }
        headHash = records.lastHash
        headPosition = records.firstPosition + UInt64(records.starts.count) - 1
        headRecordedAt = recordedAt
        tailSegment = segment
        tailOffset = start + writeBuffer.count
        segments[tailSegment].end = tailOffset
    }
}
