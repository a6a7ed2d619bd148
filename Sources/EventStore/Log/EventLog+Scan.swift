extension EventLog {
    /// A valid record read after the last commit end: it joins the log (index, head) only when
    /// the record that ends its commit is read.
    private struct PendingRecord {
        var position: UInt64
        var offset: Int
        var stream: HashedName
        var commandID: HashedName
        var streamVersion: UInt64
    }

    /// Reads the records after the head, adding each whole commit to the index and moving the
    /// head to its last record, until the log's clean end (`nil`) or the first thing that is not
    /// a valid next record. Records after the last commit end are never shown: at the end they
    /// are an unfinished commit (a writer in its `pwrite`, or one a crash cut short), reported
    /// as ``TailDamage/Kind/unfinishedCommit``; the head stays at the last commit end.
    ///
    /// `strict` (the writer, under the lock) also requires every byte after a segment's last
    /// record to be zero; readers stop at a zero length without reading the free space.
    ///
    /// Not strict, bad bytes with nothing valid after them at the end of the last segment are
    /// ``TailDamage/Kind/tornTail`` (an append in progress, as a reader may see it half copied),
    /// and a reader reports a later segment it cannot take up (``laterSegmentDamage()``).
    func scanTail(strict: Bool) throws(StoreError) -> TailDamage? {
        guard !segments.isEmpty else { return mode == .read ? try laterSegmentDamage() : nil }
        var retriedGrowth = false
        var retookTail = false
        // Damage seen inside the log once: looked at again before it is reported, since the
        // append that made a later record or segment may have finished the bytes meanwhile.
        var lookedAgain = false
        var pending: [PendingRecord] = []
        // Where the scan is in the tail segment; `tailOffset` stays after the last commit end.
        var offset = tailOffset
        func damage(_ segment: Segment, _ kind: TailDamage.Kind, _ reason: String) -> TailDamage {
            TailDamage(
                segment: segment.name, offset: tailOffset, position: headPosition + 1, kind: kind, reason: reason,
                scanOffset: offset, scannedThrough: headPosition + UInt64(pending.count))
        }
        func addToIndex(_ record: PendingRecord) {
            index.add(
                position: record.position, offset: record.offset, stream: record.stream,
                commandID: record.commandID, streamVersion: record.streamVersion)
        }
        while true {
            let segment = segments[tailSegment]
            let available = segment.fileSize - offset
            let base = segment.mapping.base + offset
            switch RecordFields.check(base, available: max(available, 0)) {
            case .valid(let fields):
                let view = RecordView(base: base, fields: fields)
                let position = view.position
                let expected = headPosition + 1 + UInt64(pending.count)
                guard position == expected else {
                    segment.end = tailOffset
                    return damage(
                        segment, .record, RecordDefect.wrongPosition(expected: expected, found: position).description)
                }
                if RecordLayout.hasUnknownFlags(base, segmentVersion: segment.formatVersion) {
                    segment.end = tailOffset
                    let flags = base.loadLittleEndian(UInt16.self, at: RecordLayout.flagsOffset)
                    return damage(
                        segment, .record, RecordDefect.unknownFlags(flags).description + " (format 1 segment)")
                }
                let record = PendingRecord(
                    position: position, offset: offset, stream: HashedName(bytes: view.streamBytes),
                    commandID: HashedName(bytes: view.commandIDBytes), streamVersion: view.streamVersion)
                offset += fields.length
                retriedGrowth = false
                lookedAgain = false
                guard RecordLayout.isCommitEnd(base, segmentVersion: segment.formatVersion) else {
                    pending.append(record)
                    continue
                }
                for earlier in pending { addToIndex(earlier) }
                addToIndex(record)
                pending.removeAll(keepingCapacity: true)
                headPosition = position
                headRecordedAt = view.recordedAt
                headHash = view.chainHash
                tailOffset = offset
                segment.end = tailOffset
            case .zeroLength:
                // A segment with no known record may have been replaced or removed since it was
                // mapped (before the growth check, which would map whatever file has its name).
                if offset == SegmentHeader.length, !retookTail, try retakeEmptyTailSegment() {
                    retookTail = true
                    continue
                }
                // Past the size this log knew, "no bytes" is not "zeros": another writer may
                // have grown the file with a record starting right there. Look again, or the
                // next append would write over it.
                if available < 4, !retriedGrowth, tailSegment == segments.count - 1,
                    (try? reloadSize(of: segment)) == true
                {
                    retriedGrowth = true
                    continue
                }
                if strict, let garbage = firstNonZeroByte(in: segment, from: offset) {
                    segment.end = tailOffset
                    return damage(
                        segment, .garbage,
                        "non-zero bytes at offset \(garbage) after the segment's last record (free space must be zeros)"
                    )
                }
                segment.end = tailOffset
                if let first = pending.first {
                    if !strict, try hasLaterSegment() {
                        if !lookedAgain {
                            lookedAgain = true
                            continue
                        }
                        return damage(
                            segment, .record,
                            "positions \(first.position)…\(first.position + UInt64(pending.count) - 1) end the segment without the end of their commit, and another segment follows"
                        )
                    }
                    return damage(
                        segment, .unfinishedCommit,
                        "positions \(first.position)…\(first.position + UInt64(pending.count) - 1) are not followed by the end of their commit (a write in progress or cut short)"
                    )
                }
                // Another writer may have started the next segment since this log listed them.
                if tailSegment + 1 == segments.count {
                    guard try openNextSegmentIfPresent() else {
                        guard mode == .read, sawUnreadableSegment, let later = try laterSegmentDamage() else {
                            return nil
                        }
                        // The directory was listed after the zeros here were read: a writer may
                        // have appended here and started the segment listed in between. Damage
                        // only if the tail, looked at again now, still ends here.
                        if !lookedAgain, tailHasGrown(segment, at: offset) {
                            lookedAgain = true
                            continue
                        }
                        return later
                    }
                }
                let next = segments[tailSegment + 1]
                let reason: String? =
                    if next.firstPosition != headPosition + 1 {
                        "the segment starts at position \(next.firstPosition) but the previous one ends at \(headPosition)"
                    } else if next.previousChainHash != headHash {
                        "the segment header's previous chain hash does not match the last record before it"
                    } else {
                        nil
                    }
                if let reason {
                    // A reader ignores a last segment that does not continue the log (a writer
                    // recovers or refuses it): kept, it would be taken for the segment holding
                    // the positions from its first on, which may be in the segment before it.
                    if mode == .read, tailSegment + 2 == segments.count {
                        segments.removeLast()
                        // An interrupted rollover (FORMAT.md §8): verify calls it a torn tail.
                        if next.firstPosition > headPosition + 1,
                            RecordFields.findValidRecord(in: next.bytes, after: SegmentHeader.length - 1, beyond: 0)
                                == nil
                        {
                            return nil
                        }
                    }
                    return TailDamage(
                        segment: next.name, offset: 0, position: headPosition + 1, kind: .continuity, reason: reason)
                }
                tailSegment += 1
                tailOffset = SegmentHeader.length
                offset = tailOffset
                retookTail = false
            case .invalid(let defect):
                if case .truncated = defect, !retriedGrowth, tailSegment == segments.count - 1,
                    (try? reloadSize(of: segment)) == true
                {
                    retriedGrowth = true
                    continue
                }
                segment.end = tailOffset
                if !strict {
                    let through = headPosition + UInt64(pending.count)
                    if try endsInATornWrite(segment, at: offset, beyond: through) {
                        return damage(segment, .tornTail, defect.description)
                    }
                    if !lookedAgain {
                        lookedAgain = true
                        continue
                    }
                }
                return damage(segment, .record, defect.description)
            }
        }
    }

    /// The offset of the first non-zero byte of `segment` at or after `offset`, if any.
    func firstNonZeroByte(in segment: Segment, from offset: Int) -> Int? {
        lastNonZeroByte(in: segment, from: offset).map { _ in
            var index = offset
            let base = segment.mapping.base
            while base.load(fromByteOffset: index, as: UInt8.self) == 0 { index += 1 }
            return index
        }
    }

    /// The offset of the last non-zero byte of `segment` at or after `offset`, if any.
    func lastNonZeroByte(in segment: Segment, from offset: Int) -> Int? {
        let base = segment.mapping.base
        var end = segment.fileSize
        while end - 8 >= offset {
            if base.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self) != 0 { break }
            end -= 8
        }
        while end > offset {
            if base.load(fromByteOffset: end - 1, as: UInt8.self) != 0 { return end - 1 }
            end -= 1
        }
        return nil
    }

    /// Whether a record now starts at `offset` of `segment`, where the scan read a zero length
    /// field (or the end of the bytes it knew): the file and its size are read again, so that
    /// an append that landed since is seen.
    func tailHasGrown(_ segment: Segment, at offset: Int) -> Bool {
        _ = try? reloadSize(of: segment)
        guard segment.fileSize - offset >= 4 else { return false }
        return segment.mapping.base.loadLittleEndian(UInt32.self, at: offset) != 0
    }

    /// Learns the current size of `segment`'s file (another writer may have grown it); returns
    /// whether it grew.
    func reloadSize(of segment: Segment) throws(StoreError) -> Bool {
        let size = files.calls.pathSize(segment.path)
        guard size > Int64(segment.fileSize) else { return false }
        if segment.writeFD >= 0 {
            try segment.grow(to: Int(size), fd: segment.writeFD, reserve: options.segmentSize)
        } else {
            let fd = try files.open(segment.path, writable: false)
            defer { files.close(fd) }
            try segment.grow(to: Int(size), fd: fd, reserve: options.segmentSize)
        }
        return true
    }

    /// Catches up with records other processes appended since this log last looked.
    ///
    /// Cheap when nothing changed: one look at the length field after the head and one `stat`
    /// of the name the next segment would have.
    public func refresh() throws(StoreError) {
        try checkUsable(writing: false)
        try refreshTail()
        if mode == .write, tailDamage != nil { tailNeedsRecovery = true }
        // A long-lived reader picks up the checkpoint runs writers saved meanwhile, so that its
        // in-memory part of the index stays small.
        if mode == .read, index.delta.count > 2 * options.checkpointInterval, try othersCheckpointed() {
            try loadIndex()
            tailDamage = try scanTail(strict: false)
        }
    }

    /// Scans what was appended since, into a segment another writer started if need be.
    func refreshTail() throws(StoreError) {
        guard !segments.isEmpty else {
            try loadSegments()
            tailDamage = try scanTail(strict: false)
            return
        }
        // Nobody wrote after this writer: only a next segment could be new. The watch already
        // says no directory entry changed, but a refresh without the lock (a read on this log)
        // may have taken that news for the segment listing, so the listing is asked too.
        if tailIsOwnWrite(), try !segmentFileExists(firstPosition: headPosition + 1) {
            tailDamage = nil
            return
        }
        // An empty segment is mapped again first: growing its mapping from the file now at its
        // path (another one, if it was replaced) would read that file's records as this one's.
        if tailOffset + 4 > segments[tailSegment].fileSize, try !retakeEmptyTailSegment() {
            _ = try reloadSize(of: segments[tailSegment])
        }
        tailDamage = try scanTail(strict: false)
    }
}

extension Segment {
    /// The length field of the record at `offset` (which must hold a checked record).
    func recordLength(at offset: Int) -> Int {
        Int(mapping.base.loadLittleEndian(UInt32.self, at: offset))
    }
}
