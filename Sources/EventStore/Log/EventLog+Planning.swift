extension EventLog {
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
    func plan(_ requests: [AppendRequest], results: inout [AppendResult]) throws(StoreError)
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
        // Keyed by the requests' own names (no copies); a one-command batch needs no id table.
        var versions = RequestNameTable<UInt64>(.stream, capacity: requests.count)
        var newCommands = RequestNameTable<Void>(.commandID, capacity: requests.count > 1 ? requests.count : 0)
        var nextPosition = headPosition + 1
        if !requests.isEmpty { try checkEveryRun() }
        // The deltas, read once: each lookup through the index's stored properties was a few
        // dynamic exclusivity checks. Dropped when the plan returns, before the index adds records.
        let lookup = index.batchLookup
        func indexVersion(of stream: HashedName) -> UInt64 {
            lookup.recentCount(stream) + (lookup.runsCount(stream) ?? index.runsStreamCount(stream))
        }
        func version(of stream: HashedName) -> UInt64 {
            versions.find(stream, in: requests).map { versions[entry: $0] } ?? indexVersion(of: stream)
        }
        // Fields are read through `requests[number]`: binding the whole request would copy it.
        for number in requests.indices {
            let command = HashedName(requests[number].metadata.commandID)
            let commandID = command.text
            // Checked as ``existingResult(ofCommand:)`` does (the runs were checked above).
            if let span = lookup.commandSpan(command) {
                results.append(Self.duplicate(span))
                continue
            }
            if !lookup.runsLackCommand(command),
                let earlier = try confirmedResult(
                    ofCommand: commandID, candidates: index.runsCommandCandidates(command))
            {
                results.append(earlier)
                continue
            }
            if requests.count > 1 {
                let (first, isNew) = newCommands.findOrInsert(command, request: number, (), in: requests)
                guard isNew else {
                    throw StoreError(
                        .invalidArgument,
                        "command id \(commandID) appears twice in the batch (requests \(newCommands.request(at: first) + 1) and \(number + 1)); nothing was written",
                        stream: requests[number].stream)
                }
            }
            let stream = HashedName(requests[number].stream)
            // The stream's entry holds its version before this command (conditions read it).
            let (entry, isNew) = versions.findOrInsert(stream, request: number, 0, in: requests)
            if isNew { versions[entry: entry] = indexVersion(of: stream) }
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
}
