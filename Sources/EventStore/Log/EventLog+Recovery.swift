extension EventLog {
    /// Brings the tail to a clean end, under the writer lock: scans from the last known-good
    /// record; a torn tail (no valid record after the first bad one) is copied to
    /// `quarantine/` and zeroed; a bad record followed by a valid one, or a bad record in a
    /// sealed segment, is corruption and throws `.corrupted` without changing anything.
    func recoverTail() throws(StoreError) {
        while true {
            tailDamage = try scanTail(strict: true)
            guard let damage = tailDamage else {
                tailNeedsRecovery = false
                return
            }
            // An empty last segment means the append that started it was never acknowledged:
            // remove it, whether it breaks continuity or follows a torn record of that append.
            if damage.kind != .header, tailSegment + 2 == segments.count, try removeEmptyLastSegment() {
                continue
            }
            guard tailSegment == segments.count - 1, damage.kind != .continuity, damage.kind != .header else {
                throw corruption(damage, "")
            }
            let segment = segments[tailSegment]
            if let follower = RecordFields.findValidRecord(in: segment.bytes, after: tailOffset, beyond: headPosition) {
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
            position: damage.position, path: directory + "/" + damage.segment)
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

    /// Removes a last segment that holds no record and does not continue the log: what a
    /// failed append leaves when it could not remove the segment it had started.
    private func removeEmptyLastSegment() throws(StoreError) -> Bool {
        guard let last = segments.last, lastNonZeroByte(in: last, from: SegmentHeader.length) == nil else {
            return false
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
    func removeStaleIndexFiles() throws(StoreError) {
        for name in try files.list(directory) where name.hasSuffix(".tmp") {
            _ = files.calls.unlink(directory + "/" + name)
        }
        let inUse = Set(index.runs.map(\.name))
        for name in (try? files.list(indexDirectory)) ?? [] where !inUse.contains(name) {
            if name.hasSuffix(".tmp") || IndexRunLayout.range(ofFileName: name) != nil {
                _ = files.calls.unlink(indexDirectory + "/" + name)
            }
        }
    }
}
