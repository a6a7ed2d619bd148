/// Where a writer's own last write ended (``EventLog/ownTail``).
struct OwnTail {
    weak var segment: Segment?
    var end: Int
}

extension EventLog {
    /// Writes the encoded records of a small commit at `start` of the tail segment with
    /// `O_DIRECT | O_DSYNC` (``DirectTailWriter``), durable when this returns, if this writer
    /// may: its ``StoreWatch`` follows the segment (so catching up will not read the tail back
    /// from the disk, which a direct write takes out of the page cache), the commit is small
    /// and its blocks fit in the segment. Returns false when the commit is to be written
    /// buffered, as before.
    ///
    /// The space the blocks need is preallocated first, and a new preallocation is synced at
    /// once: its zeros and the file's new size are then on disk, and a direct write has only its
    /// own blocks to make durable (a block whose zeros were not yet written back would cost it
    /// a journal commit).
    ///
    /// - Throws: a failed write (its blocks were written back as they were; if even that failed,
    ///   `.fatal`: the log stops, and reopening the store recovers the tail), a failed
    ///   preallocation, or its failed sync (fatal).
    func writeDirectly(at start: Int, in segment: Segment) throws(StoreError) -> Bool {
        guard options.directWrites, !directWritesRefused, writeBuffer.count <= DirectTailWriter.largestCommit,
            storeWatch?.watchesTail(at: segment.path) == true
        else { return false }
        let blocks = DirectTailWriter.blocks(start: start, count: writeBuffer.count)
        guard blocks.upperBound <= options.segmentSize else { return false }
        let size = segment.fileSize
        try ensureAllocated(segment, through: blocks.upperBound)
        // A failure is fatal, and ``write(records:)`` stops the log for it.
        if segment.fileSize != size { try files.syncData(segment.writeFD, path: segment.path) }
        let writer = directWriter ?? DirectTailWriter()
        directWriter = writer
        let outcome = writeBuffer.withBytes { writer.write($0, at: start, in: segment, files: files) }
        switch outcome {
        case .written:
            lastWriteWasDirect = true
            return true
        case .unsupported:
            directWritesRefused = true
            directWriter = nil
            return false
        case .notOpened:
            return false
        case .failed(let error, undone: true):
            throw error
        case .failed(let error, undone: false):
            // Two direct writes of the blocks failed: what the disk holds in the first one, with
            // acknowledged records, is unknown. Stopped, as after a failed `fdatasync`: reopening
            // the store recovers the tail, and a failing disk is not written to again meanwhile.
            throw files.fatal(error)
        }
    }

    /// Records where this writer's write to `segment` ended, under the writer lock, for the
    /// next ``refreshTail()``.
    func noteOwnWrite(to segment: Segment, end: Int) {
        guard let storeWatch else { return }
        storeWatch.noteOwnWrite(to: segment.path)
        ownTail = OwnTail(segment: segment, end: end)
    }

    /// Whether the tail is where this writer's own last write left it and nobody wrote to the
    /// segment since (its ``StoreWatch`` says so): the bytes there are the zeros of free space,
    /// and catching up need not read them. Only a next segment could be new.
    func tailIsOwnWrite() -> Bool {
        guard mode == .write, tailDamage == nil, !tailNeedsRecovery, tailSegment == segments.count - 1,
            let ownTail, ownTail.segment === segments[tailSegment], ownTail.end == tailOffset,
            tailOffset + 4 <= segments[tailSegment].fileSize, let storeWatch
        else { return false }
        return storeWatch.tailIsUnchanged(at: segments[tailSegment].path)
    }
}
