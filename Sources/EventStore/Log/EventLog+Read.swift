extension EventLog {
    /// The events from `position` through `through` (default: the head now), lazily.
    public func events(from position: UInt64 = 1, through: UInt64? = nil) -> EventCursor {
        EventCursor(walker: walker(from: position, through: through))
    }

    /// Calls `body` with each record from `position` through `through` (default: the head),
    /// read in place with no copy and no allocation: the fast path for replays.
    ///
    /// - Throws: `.corrupted` at a damaged record (never skips it), or what `body` throws.
    public func forEachRecord(
        from position: UInt64 = 1, through: UInt64? = nil, _ body: (borrowing RecordView) throws -> Void
    ) throws {
        try checkUsable(writing: false)
        var walker = walker(from: position, through: through)
        if options.readAheadRecords > 0, walker.lastPosition >= walker.nextPosition,
            walker.lastPosition - walker.nextPosition + 1 >= options.readAheadRecords
        {
            walker.startCheckingAhead()
        }
        defer { walker.checker?.finish() }
        while let record = try walker.next() { try body(record) }
    }

    func walker(from position: UInt64, through: UInt64?) -> RecordWalker {
        let from = max(position, 1)
        let last = min(through ?? headPosition, headPosition)
        let offset: Int?
        do throws(StoreError) {
            offset = from <= last ? try recordOffset(of: from) : nil
        } catch {
            // Not a reason to stop the log: the reload that failed kept every record this log
            // had read (only its look for a segment it had not opened yet can fail).
            return RecordWalker(failure: error)
        }
        guard from <= last, let number = segmentNumber(holding: from), let offset else { return RecordWalker() }
        let snapshots = segments.map {
            RecordWalker.SegmentSnapshot(
                mapping: $0.mapping, size: $0.fileSize, firstPosition: $0.firstPosition, name: $0.name,
                formatVersion: $0.formatVersion)
        }
        return RecordWalker(segments: snapshots, segmentNumber: number, offset: offset, from: from, through: last)
    }

    /// Calls `body` with the checked record at `position`.
    func withRecord<R>(at position: UInt64, _ body: (borrowing RecordView) -> R) throws(StoreError) -> R {
        guard position >= 1, position <= headPosition, let offset = try recordOffset(of: position) else {
            if let stopped { throw stopped }
            throw StoreError(.notFound, "position \(position) is not in the log (its head is \(headPosition))")
        }
        return try withRecord(at: RecordLocation(position: position, offset: offset), body)
    }

    /// Calls `body` with the checked record at `location` (CRC, fields, position).
    func withRecord<R>(at location: RecordLocation, _ body: (borrowing RecordView) -> R) throws(StoreError) -> R {
        if let stopped { throw stopped }
        let position = location.position
        let offset = location.offset
        guard let number = segmentNumber(holding: position) else {
            throw StoreError(.notFound, "position \(position) is not in the log")
        }
        let segment = segments[number]
        func damaged(_ reason: String) -> StoreError {
            StoreError(
                .corrupted,
                "the record at position \(position) (segment \(segment.name), offset \(offset)) is damaged: \(reason)",
                position: position, path: segment.path)
        }
        guard offset >= SegmentHeader.length, offset < segment.fileSize else {
            throw damaged("the index points outside the segment")
        }
        switch RecordFields.check(segment.mapping.base + offset, available: segment.fileSize - offset) {
        case .valid(let fields):
            let view = RecordView(base: segment.mapping.base + offset, fields: fields)
            guard view.position == position else {
                throw damaged(RecordDefect.wrongPosition(expected: position, found: view.position).description)
            }
            if RecordLayout.hasUnknownFlags(view.base, segmentVersion: segment.formatVersion) {
                throw damaged("the commit-end flag (bit 3) is unknown in a format 1 segment")
            }
            return body(view)
        case .zeroLength:
            throw damaged("there are only zeros there")
        case .invalid(let defect):
            throw damaged(defect.description)
        }
    }

    /// Reads the first bytes of every record of a stream before checking any: the memory loads
    /// are independent, so the processor overlaps their cache misses instead of waiting for
    /// each in turn.
    func touch(_ locations: [RecordLocation]) {
        var sum: UInt64 = 0
        for location in locations {
            guard let number = segmentNumber(holding: location.position) else { continue }
            let segment = segments[number]
            if location.offset + 8 <= segment.fileSize {
                sum &+= segment.mapping.base.loadUnaligned(fromByteOffset: location.offset, as: UInt64.self)
            }
        }
        touched &+= sum
    }

    /// The offset just after the record at `position` in segment `number`.
    func recordEnd(of position: UInt64, in number: Int) throws(StoreError) -> Int {
        guard let offset = try recordOffset(of: position) else {
            throw StoreError(.notFound, "no position \(position)")
        }
        return offset + segments[number].recordLength(at: offset)
    }

    /// The event at `position`.
    public func event(at position: UInt64) throws(StoreError) -> RecordedEvent {
        try withRecord(at: position) { $0.recordedEvent }
    }

    /// Every event of `stream`, in order (empty for a stream with no events).
    public func events(inStream stream: String) throws(StoreError) -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        try checkEveryRun()
        let locations = index.locations(inStream: HashedName(stream))
        touch(locations)
        events.reserveCapacity(locations.count)
        for location in locations {
            events.append(try withRecord(at: location) { $0.recordedEvent(stream: stream) })
        }
        return events
    }

    /// Calls `body` with each record of `stream`, in order, read in place: the fast path for
    /// loading one aggregate.
    public func forEachRecord(inStream stream: String, _ body: (borrowing RecordView) throws -> Void) throws {
        try checkEveryRun()
        let locations = index.locations(inStream: HashedName(stream))
        touch(locations)
        for location in locations {
            var failure: (any Error)?
            try withRecord(at: location) { record in
                do { try body(record) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// The version of `stream`: how many events it has (0 when it has none).
    public func streamVersion(_ stream: String) -> UInt64 {
        checkEveryRunIfPossible()
        return index.streamVersion(HashedName(stream))
    }

    /// The names of the streams starting with `prefix`, sorted by their UTF-8 bytes: e.g. every
    /// dossier of an edition with `"dossier-P5-"`.
    public func streamNames(withPrefix prefix: String = "") -> [String] {
        checkEveryRunIfPossible()
        return index.streamNames(withPrefix: prefix)
    }

    /// The last position recorded at or before `time` (0 if the log started after it): what
    /// the system knew at that moment. Recorded-at never decreases, so this is a binary search.
    public func position(atOrBefore time: Timestamp) throws(StoreError) -> UInt64 {
        var low: UInt64 = 1
        var high = headPosition
        var found: UInt64 = 0
        while low <= high {
            let middle = low + (high - low) / 2
            if try withRecord(at: middle, { $0.recordedAt }) <= time {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// What command `commandID` appended, if it is in the log.
    public func result(ofCommand commandID: String) throws(StoreError) -> AppendResult? {
        try checkUsable(writing: false)
        return try existingResult(ofCommand: HashedName(commandID)).map { result in
            var result = result
            result.isDuplicate = false
            return result
        }
    }

    /// The earlier result of a command already in the log, marked as a duplicate.
    func existingResult(ofCommand command: HashedName) throws(StoreError) -> AppendResult? {
        try checkEveryRun()
        let (exact, candidates) = index.commandCandidates(command)
        if let span = exact { return Self.duplicate(span) }
        return try confirmedResult(ofCommand: command.text, candidates: candidates)
    }

    /// The earlier result of a command found in a delta, marked as a duplicate.
    static func duplicate(_ span: IndexDelta.CommandSpan) -> AppendResult {
        AppendResult(positions: span.first...span.last, streamVersion: span.streamVersion, isDuplicate: true)
    }

    /// The earlier result of the command among the runs' `candidates` (positions whose key is
    /// its id's), confirmed by reading their records; nil when none has its id.
    func confirmedResult(ofCommand commandID: String, candidates: [UInt64]) throws(StoreError) -> AppendResult? {
        for first in candidates where try withRecord(at: first, { $0.hasCommandID(commandID) }) {
            var last = first
            while last < headPosition, try withRecord(at: last + 1, { $0.hasCommandID(commandID) }) { last += 1 }
            let version = try withRecord(at: last) { $0.streamVersion }
            return AppendResult(positions: first...last, streamVersion: version, isDuplicate: true)
        }
        return nil
    }
}
