extension EventLog {
    /// Brings the tail to a clean end, under the writer lock: scans from the last known-good
    /// commit end; a torn tail (no valid record after the first bad one) is copied to
    /// `quarantine/` and zeroed, and so are the records of an unfinished commit before it (the
    /// valid records after the last commit end: an append a crash cut short); a bad record
    /// followed by a valid one, a bad record in a sealed segment, or an unfinished commit at the
    /// end of a segment that has a successor, is corruption and throws `.corrupted` without
    /// changing anything.
    ///
    /// A last segment that continues the log is scanned like any other (its torn first record
    /// is a torn tail, and appends go on in it). A last segment that starts beyond the position
    /// after the last good record and holds no valid record is an interrupted rollover: the
    /// append that started it wrote the positions before it too, and they are not in the log,
    /// so it was never acknowledged. Its bytes after the header go to quarantine and the file is
    /// removed. Any other last segment that does not continue the log is corruption.
    func recoverTail() throws(StoreError) {
        try loadStraySegments()
        while true {
            tailDamage = try scanTail(strict: true)
            guard let damage = tailDamage else {
                tailNeedsRecovery = false
                return
            }
            if damage.kind != .header, tailSegment + 2 == segments.count, try removeUnfinishedRollover() {
                continue
            }
            guard tailSegment == segments.count - 1, damage.kind != .continuity, damage.kind != .header else {
                throw corruption(damage, "")
            }
            let segment = segments[tailSegment]
            // After an unfinished commit's valid records (cut below with the bad bytes after them).
            if let follower = RecordFields.findValidRecord(
                in: segment.bytes, after: damage.scanOffset, beyond: damage.scannedThrough)
            {
                throw corruption(
                    damage,
                    "; a valid record (position \(follower.position)) follows at offset \(follower.offset), so this is not a torn write"
                )
            }
            guard let last = lastNonZeroByte(in: segment, from: tailOffset) else {
                tailDamage = nil
                tailNeedsRecovery = false
                return
            }
            try quarantine(segment, range: tailOffset..<(last + 1))
            try files.writeZeros(
                segment.writeFD, count: last + 1 - tailOffset, at: Int64(tailOffset), path: segment.path)
            try files.syncData(segment.writeFD, path: segment.path)
        }
    }

    private func corruption(_ damage: TailDamage, _ detail: String) -> StoreError {
        StoreError(
            .corrupted,
            "the log is damaged at \(damage)\(detail); nothing was changed and writing is refused: run `eig verify`",
            position: damage.badPosition, path: directory + "/" + damage.segment)
    }

    /// Copies bytes about to be cleared to `quarantine/<segment>-<offset>-<time>.bin` (synced).
    func quarantine(_ segment: Segment, range: Range<Int>) throws(StoreError) {
        if try files.makeDirectory(quarantineDirectory) { try files.syncDirectory(directory) }
        let stamp = options.clock().iso8601.filter { $0 != "-" && $0 != ":" }
        let path = quarantineDirectory + "/\(segment.name)-\(range.lowerBound)-\(stamp).bin"
        let bytes = Array(UnsafeRawBufferPointer(rebasing: segment.bytes[range]))
        _ = files.calls.unlink(path)
        let fd = try files.open(path, writable: true, create: true)
        defer { files.close(fd) }
        try files.writeAll(fd, bytes, at: 0, path: path)
        try files.syncFile(fd, path: path)
        try files.syncDirectory(quarantineDirectory)
    }

    /// Removes the last segment if it is an interrupted rollover (see ``recoverTail()``): it
    /// starts beyond the position after the last good record and holds no valid record. Its
    /// non-zero bytes after the header (a torn first record) go to quarantine first.
    private func removeUnfinishedRollover() throws(StoreError) -> Bool {
        guard let last = segments.last, last.firstPosition > headPosition + 1,
            RecordFields.findValidRecord(in: last.bytes, after: SegmentHeader.length - 1, beyond: 0) == nil
        else {
            return false
        }
        if let end = lastNonZeroByte(in: last, from: SegmentHeader.length) {
            try quarantine(last, range: SegmentHeader.length..<(end + 1))
        }
        try removeSegmentFile(last)
        segments.removeLast()
        // The segment before it is the active one again: appends need its descriptor, which
        // was never opened (on open) or was closed when the removed one was taken up.
        if let active = segments.last, active.writeFD < 0 {
            active.writeFD = try files.open(active.path, writable: true)
        }
        return true
    }

    /// Takes up the segment files after the last one this log holds, before recovery scans:
    /// what an append that failed in this process could not remove (it is no longer in
    /// `segments`) or what another writer started. Opening already listed them all.
    private func loadStraySegments() throws(StoreError) {
        guard let known = segments.last else { return }
        let strays = SegmentName.segments(among: try files.list(directory))
            .filter { $0.firstPosition > known.firstPosition }
        for (number, (name, first)) in strays.enumerated() {
            switch try openSegment(name: name, firstPosition: first, forWriting: false) {
            case .success(let segment):
                segments.append(segment)
            case .failure(let problem):
                let path = directory + "/" + name
                guard number == strays.count - 1 else {
                    throw StoreError(.corrupted, "segment \(name): \(problem)", path: path)
                }
                try removeInterruptedRollover(name: name, path: path, problem: problem)
            }
        }
        // Appends go to the last segment, whichever it turns out to be after recovery.
        if let last = segments.last, last !== known {
            known.closeForWriting()
            last.writeFD = try files.open(last.path, writable: true)
        }
    }

    /// Before an append writes the positions after the head through `last`, removes (through
    /// ``recoverTail()``) any segment file named after one of the positions from head + 2 through
    /// `last` + 1: a segment another writer's failed append could not remove. Writing around
    /// it would leave a file named after a position another segment holds, or one that no longer
    /// continues the log; either is corruption to the next writer that opens the store.
    ///
    /// Cheap: no system call but a read of the directory watch while nothing changed (else one
    /// `stat` per name for up to three records, a directory listing for a larger append).
    /// `settling` runs before the recovery (a pipelined append finishes its pending batch).
    func removeStraySegments(beforeWritingThrough last: UInt64, settling: () throws(StoreError) -> Void)
        throws(StoreError)
    {
        if try segmentFileExists(firstPositionIn: (headPosition + 2)...(max(last, headPosition + 1) + 1)) {
            try settling()
            try recoverTail()
        }
    }

    /// Unlinks a segment file (never truncated: readers may have it mapped) and syncs the directory.
    func removeSegmentFile(_ segment: Segment) throws(StoreError) {
        segment.closeForWriting()
        guard files.calls.unlink(segment.path) == 0 else {
            throw FileOperations.ioError("cannot remove \(segment.name)", path: segment.path)
        }
        try files.syncDirectory(directory)
    }

    /// Handles a last segment whose header is unreadable when opening for writing: with no valid
    /// record in it, it is a rollover a crash interrupted; its non-zero bytes go to quarantine and
    /// the file is removed. With a valid record in it, the damage is corruption.
    func removeInterruptedRollover(name: String, path: String, problem: SegmentProblem) throws(StoreError) {
        let fd = try files.open(path, writable: false)
        defer { files.close(fd) }
        let size = Int(try files.size(fd, path: path))
        if size > 0 {
            let mapping = try Mapping(fd: fd, length: size, path: path, calls: files.calls)
            let bytes = UnsafeRawBufferPointer(start: mapping.base, count: size)
            if let found = RecordFields.findValidRecord(in: bytes, after: SegmentHeader.length - 1, beyond: 0) {
                throw StoreError(
                    .corrupted,
                    "segment \(name): \(problem), but it holds a valid record (position \(found.position)) at offset \(found.offset)",
                    position: found.position, path: path)
            }
            if let last = bytes.lastIndex(where: { $0 != 0 }) {
                if try files.makeDirectory(quarantineDirectory) { try files.syncDirectory(directory) }
                let stamp = options.clock().iso8601.filter { $0 != "-" && $0 != ":" }
                let target = quarantineDirectory + "/\(name)-0-\(stamp).bin"
                _ = files.calls.unlink(target)
                let out = try files.open(target, writable: true, create: true)
                defer { files.close(out) }
                try files.writeAll(out, Array(bytes[0...last]), at: 0, path: target)
                try files.syncFile(out, path: target)
                try files.syncDirectory(quarantineDirectory)
            }
        }
        guard files.calls.unlink(path) == 0 else { throw FileOperations.ioError("cannot remove \(name)", path: path) }
        try files.syncDirectory(directory)
    }

    /// Removes temporary files a crash left behind and checkpoint runs that merged runs replaced.
    ///
    /// A merge's or a flush's temporary file whose process is alive is left alone: that job runs
    /// without the lock (``RunMerge``, ``DeltaFlush``) and is writing it now.
    func removeStaleIndexFiles() throws(StoreError) {
        for name in try files.list(directory) where name.hasSuffix(".tmp") {
            _ = files.calls.unlink(directory + "/" + name)
        }
        let inUse = Set(index.runs.map(\.name))
        for name in (try? files.list(indexDirectory)) ?? [] where !inUse.contains(name) {
            if let owner = IndexFileJob.process(owningTemporary: name), files.calls.processExists(owner) { continue }
            if name.hasSuffix(".tmp") || IndexRunLayout.range(ofFileName: name) != nil {
                _ = files.calls.unlink(indexDirectory + "/" + name)
            }
        }
    }
}
