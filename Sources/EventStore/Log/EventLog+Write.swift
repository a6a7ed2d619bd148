extension EventLog {
    /// Writes the encoded records, one commit, at the tail with one write, starting a segment
    /// first when they do not fit (a commit never spans segments). On a write error nothing of
    /// the append stays: written bytes are zeroed and a segment it started is removed (if even
    /// that fails, the next append recovers the tail first). ``startSync()`` then makes them
    /// durable, unless they were written directly, durable at once (a small commit of a writer
    /// that watches the store: ``writeDirectly(at:in:)``).
    ///
    /// - Returns: the segment number and offset where the records start.
    func write(records: EncodedRecords) throws(StoreError) -> (segment: Int, start: Int) {
        precondition(tailSegment == segments.count - 1, "the writer appends to the last segment")
        try replaceEmptyVersion1Segment()
        // The first append after a format 1 segment rolls over too: no record goes into one.
        let rollsOver =
            (tailOffset + writeBuffer.count > options.segmentSize || segments[tailSegment].formatVersion == 1)
            && tailOffset > SegmentHeader.length
        let oldSegmentCount = segments.count
        var segment = segments[tailSegment]
        var start = tailOffset
        var written: [(segment: Segment, offset: Int, count: Int)] = []
        lastWriteWasDirect = false
        ownTail = nil
        do throws(StoreError) {
            if rollsOver {
                segment = try createSegment(firstPosition: records.firstPosition, previousChainHash: headHash)
                segments.append(segment)
                start = SegmentHeader.length
            }
            let end = start + writeBuffer.count
            if !rollsOver, try writeDirectly(at: start, in: segment) {
                noteOwnWrite(to: segment, end: end)
                return (segments.count - 1, start)
            }
            let growsByItself = writeBuffer.count >= Self.selfAllocatingBytes
            if growsByItself {
                // Mapped before the write: once the records are in the file, nothing else fails
                // (a failure then, with a failed undo, would leave a whole commit the append
                // reported as not written).
                try segment.map(through: end, fd: segment.writeFD, reserve: options.segmentSize)
            } else {
                try ensureAllocated(segment, through: end)
            }
            let outcome = writeBuffer.withBytes { bytes in
                files.write(segment.writeFD, bytes, at: Int64(start), path: segment.path)
            }
            written.append((segment, start, outcome.written))
            if let error = outcome.error { throw error }
            // After the write: the segment's size never counts bytes the file may not have.
            if growsByItself { segment.recordGrowth(to: end) }
            noteOwnWrite(to: segment, end: end)
        } catch {
            if error.code == .fatal {
                stopped = error
            } else {
                undo(written: written, segmentsFrom: oldSegmentCount)
            }
            throw error
        }
        return (segments.count - 1, start)
    }

    /// Starts the `fdatasync` of the segments the last ``write(records:)`` wrote (the tail, and
    /// the segment it started): on this thread for a small append, which is then durable, or
    /// on another for one of ``backgroundSyncBytes`` or more, which ``finishSync(_:segmentsFrom:)``
    /// waits for.
    ///
    /// Nothing is acknowledged earlier: the append waits for the sync before it acknowledges the
    /// batch, writes again or checkpoints (a pipelined append plans and encodes its next batch
    /// meanwhile, in memory: ``PipelineRun``), and a failure is as fatal as on the writer's own
    /// thread (``FileOperations/syncData(_:path:)`` reports it to `onFatalError`, and the log
    /// stops). Only the writer's in-memory index runs ahead of the disk, for the length of the
    /// sync; if the sync fails, the log is stopped for good and its head goes back to the last
    /// durable record, so no read shows the records (but ``streamVersion(_:)`` and
    /// ``streamNames(withPrefix:)``, which cannot refuse, count them).
    func startSync() throws(StoreError) -> BackgroundTask? {
        // A direct write is durable already; it never starts a segment.
        if lastWriteWasDirect { return nil }
        let targets = (tailSegment..<segments.count).map { (fd: segments[$0].writeFD, path: segments[$0].path) }
        let files = files
        let syncAll: @Sendable () throws(StoreError) -> Void = {
            for target in targets { try files.syncData(target.fd, path: target.path) }
        }
        if writeBuffer.count >= Self.backgroundSyncBytes { return BackgroundTask("eig.background-sync", syncAll) }
        do throws(StoreError) {
            try syncAll()
        } catch {
            stopped = error
            throw error
        }
        return nil
    }

    /// Appends of fewer bytes sync on the writer's thread: waking another costs microseconds,
    /// more than the index work of a few records.
    static let backgroundSyncBytes = 64 << 10

    /// Waits for the sync ``startSync()`` started, if any (a failure stops the log), then stops
    /// writing to the segments before the last: `segmentsFrom` is the tail segment of the write.
    func finishSync(_ sync: BackgroundTask?, segmentsFrom first: Int) throws(StoreError) {
        do throws(StoreError) {
            try sync?.wait()
        } catch {
            stopped = error
            throw error
        }
        for number in first..<(segments.count - 1) { segments[number].closeForWriting() }
    }

    /// ``undo(written:segmentsFrom:)`` zeros a failed append's bytes in steps of this many,
    /// from the last.
    static let undoStep = 1 << 20

    /// Appends of this many bytes or more grow the segment by their own bytes where they run
    /// past its end, not by preallocated zeros (``ensureAllocated(_:through:)``): the zeros
    /// would reach the disk with the append's own `fdatasync`, up to
    /// ``EventLogOptions/preallocationChunk`` written for nothing, while the size change
    /// costs that `fdatasync` little beside 64 KiB of records. In the store benchmark's batch
    /// append (250 KB a commit), a commit that wrote a 4 MiB chunk waited several times longer
    /// for its sync than the others (FORMAT.md §6).
    static let selfAllocatingBytes = 64 << 10

    /// Grows the active segment by writing zeros so that the bytes up to `end` exist, in chunks
    /// of `preallocationChunk` bounded by the segment size (a record larger than a segment gets
    /// exactly the room it needs).
    func ensureAllocated(_ segment: Segment, through end: Int) throws(StoreError) {
        guard end > segment.fileSize else { return }
        let limit = max(options.segmentSize, end)
        let target = min(max(end, segment.fileSize + options.preallocationChunk), limit)
        try files.writeZeros(
            segment.writeFD, count: target - segment.fileSize, at: Int64(segment.fileSize), path: segment.path)
        try segment.grow(to: target, fd: segment.writeFD, reserve: options.segmentSize)
    }

    /// Takes back a failed append: zeros what it wrote, removes the segments it started.
    ///
    /// The zeros go from the end of the written bytes backwards, a megabyte at a time: if one
    /// of those writes fails too, what is left is the beginning of the append (records, then a
    /// torn one), which the tail's recovery reaches from the last commit end and cuts. Zeroed
    /// from the front, a failure would leave zeros and then whole records of the append, past
    /// the size the writer knew when it grew the file by its own bytes: the recovery would not
    /// look there, later appends would go on, and the next opening would find valid records
    /// after non-zero free space and refuse the log as corrupted.
    private func undo(written: [(segment: Segment, offset: Int, count: Int)], segmentsFrom oldCount: Int) {
        for (segment, offset, count) in written where count > 0 {
            do throws(StoreError) {
                var end = offset + count
                while end > offset {
                    let part = min(end - offset, Self.undoStep)
                    try files.writeZeros(segment.writeFD, count: part, at: Int64(end - part), path: segment.path)
                    end -= part
                }
            } catch {
                tailNeedsRecovery = true
            }
        }
        while segments.count > oldCount {
            let segment = segments.removeLast()
            do throws(StoreError) {
                try removeSegmentFile(segment)
            } catch {
                if error.code == .fatal { stopped = error }
                tailNeedsRecovery = true
            }
        }
    }
}
