import Glibc

extension EventLog {
    /// Lists, opens and maps the segment files, checking each header.
    ///
    /// A bad header on a segment that has successors is corruption (writers refuse it; readers
    /// stop before it). A bad header on the last segment is an interrupted rollover when no
    /// record follows it: the writer removes it in ``recoverTail()``; readers ignore it.
    func loadSegments() throws(StoreError) {
        let names = SegmentName.segments(among: try files.list(directory))
        segments = []
        for (number, (name, first)) in names.enumerated() {
            let isLast = number == names.count - 1
            switch try openSegment(name: name, firstPosition: first, forWriting: isLast && mode == .write) {
            case .success(let segment):
                segments.append(segment)
            case .failure(let problem):
                let path = directory + "/" + name
                if isLast, mode == .write {
                    try removeInterruptedRollover(name: name, path: path, problem: problem)
                } else if isLast || mode == .read {
                    sawUnreadableSegment = mode == .read
                    tailDamage = TailDamage(
                        segment: name, offset: 0, position: nil, kind: .header, reason: problem.description)
                    return
                } else {
                    throw StoreError(.corrupted, "segment \(name): \(problem)", path: path)
                }
            }
        }
        if mode == .write, let last = segments.last, last.writeFD < 0 {
            last.writeFD = try files.open(last.path, writable: true)
        }
    }

    enum SegmentProblem: Error, CustomStringConvertible {
        case header(SegmentHeader.HeaderProblem)
        case nameMismatch(UInt64)

        var description: String {
            switch self {
            case .header(let problem): problem.description
            case .nameMismatch(let first): "its header says it starts at position \(first), unlike its name"
            }
        }
    }

    /// Opens and maps one segment and checks its header.
    func openSegment(name: String, firstPosition: UInt64, forWriting: Bool) throws(StoreError)
        -> Result<Segment, SegmentProblem>
    {
        let path = directory + "/" + name
        let fd = try files.open(path, writable: forWriting)
        var keepFD = false
        defer { if !keepFD { files.close(fd) } }
        let size = Int(try files.size(fd, path: path))
        guard size >= SegmentHeader.length else { return .failure(.header(.truncated(size))) }
        let mapping = try Mapping(
            fd: fd, length: forWriting ? max(size, options.segmentSize) : size, path: path, calls: files.calls)
        let header: SegmentHeader
        switch SegmentHeader.decode(UnsafeRawBufferPointer(start: mapping.base, count: SegmentHeader.length)) {
        case .success(let decoded): header = decoded
        case .failure(let problem):
            if case .unsupportedVersion = problem {
                throw StoreError(.unsupportedFormat, "segment \(name): \(problem)", path: path)
            }
            return .failure(.header(problem))
        }
        guard header.firstPosition == firstPosition else { return .failure(.nameMismatch(header.firstPosition)) }
        let segment = Segment(
            name: name, path: path, firstPosition: firstPosition, previousChainHash: header.previousChainHash,
            mapping: mapping, fileSize: size, calls: files.calls, formatVersion: header.version)
        if forWriting {
            segment.writeFD = fd
            keepFD = true
        }
        return .success(segment)
    }

    /// Makes a new segment file atomically: header and first preallocated zeros written to a
    /// temporary file, fsync, rename, fsync of the directory. Readers never see a half header.
    func createSegment(firstPosition: UInt64, previousChainHash: Digest) throws(StoreError) -> Segment {
        let name = SegmentName.make(firstPosition: firstPosition)
        let path = directory + "/" + name
        let temporary = path + ".tmp"
        _ = files.calls.unlink(temporary)
        let fd = try files.open(temporary, writable: true, create: true)
        let header = SegmentHeader(firstPosition: firstPosition, previousChainHash: previousChainHash).encoded
        let size = SegmentHeader.length + min(options.preallocationChunk, options.segmentSize - SegmentHeader.length)
        do throws(StoreError) {
            try files.writeAll(fd, header, at: 0, path: temporary)
            try files.writeZeros(
                fd, count: size - SegmentHeader.length, at: Int64(SegmentHeader.length), path: temporary)
            try files.syncFile(fd, path: temporary)
            guard files.calls.rename(temporary, path) == 0 else {
                throw FileOperations.ioError("cannot rename \(temporary) to \(name)", path: path)
            }
        } catch {
            files.close(fd)
            if error.code != .fatal { _ = files.calls.unlink(temporary) }
            throw error
        }
        let segment: Segment
        do throws(StoreError) {
            try files.syncDirectory(directory)
            let mapping = try Mapping(fd: fd, length: max(size, options.segmentSize), path: path, calls: files.calls)
            segment = Segment(
                name: name, path: path, firstPosition: firstPosition, previousChainHash: previousChainHash,
                mapping: mapping, fileSize: size, calls: files.calls)
        } catch {
            files.close(fd)
            // Renamed but unusable: remove it, or it would stay behind as a segment that does
            // not continue the log (if this unlink fails, the next append or open removes it).
            if error.code != .fatal { _ = files.calls.unlink(path) }
            throw error
        }
        segment.writeFD = fd
        segment.end = SegmentHeader.length
        return segment
    }

    /// Replaces an empty format 1 last segment (a store or a rollover of the format 1 code that
    /// no append filled) with a format 2 one of the same name, atomically (rename over it), so
    /// that no record is ever written into a format 1 segment. A non-empty one is left: the
    /// append rolls over instead.
    func replaceEmptyVersion1Segment() throws(StoreError) {
        let old = segments[tailSegment]
        guard old.formatVersion == 1, tailOffset == SegmentHeader.length else { return }
        let replacement = try createSegment(firstPosition: old.firstPosition, previousChainHash: old.previousChainHash)
        old.closeForWriting()
        segments[tailSegment] = replacement
    }

    /// Maps again the tail segment when this log knows no record in it (the scan is at its first
    /// record's offset), because the file it mapped may no longer be the one at its path:
    /// - another writer replaced an empty format 1 segment with a format 2 one
    ///   (``replaceEmptyVersion1Segment()``): the old mapping shows the unlinked file's zeros,
    ///   or format 2 records read as format 1 ones (each a commit end) once grown from the path;
    /// - the segment was removed: another writer's append started it, failed and took it back
    ///   (this log took it up in a ``refresh()`` meanwhile); a later rollover may make a new one.
    ///
    /// Kept, the old file would hide every later record from a reader, and a writer would append
    /// into it, acknowledging commands that are in no file of the store (or over another
    /// writer's records, at the same positions). Returns whether `segments` changed.
    ///
    /// Costs an open and a mapping per scan that ends in an empty segment: a store with no
    /// record, a rollover in progress, or one a crash or a failed append left.
    func retakeEmptyTailSegment() throws(StoreError) -> Bool {
        let old = segments[tailSegment]
        guard tailOffset == SegmentHeader.length else { return false }
        let isLast = tailSegment == segments.count - 1
        let opened: Result<Segment, SegmentProblem>
        do throws(StoreError) {
            opened = try openSegment(
                name: old.name, firstPosition: old.firstPosition, forWriting: mode == .write && isLast)
        } catch  where error.code == .notFound {
            guard isLast, tailSegment > 0, segments[tailSegment - 1].end >= SegmentHeader.length else { return false }
            old.closeForWriting()
            segments.removeLast()
            tailSegment -= 1
            tailOffset = segments[tailSegment].end
            if mode == .write, segments[tailSegment].writeFD < 0 {
                segments[tailSegment].writeFD = try files.open(segments[tailSegment].path, writable: true)
            }
            return true
        }
        guard case .success(let replacement) = opened, replacement.previousChainHash == old.previousChainHash else {
            return false
        }
        old.closeForWriting()
        segments[tailSegment] = replacement
        return true
    }

    /// The number of the segment holding `position` (the last one whose first position is at
    /// most `position`).
    func segmentNumber(holding position: UInt64) -> Int? {
        var low = 0
        var high = segments.count - 1
        var found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if segments[middle].firstPosition <= position {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// Opens the segment file another writer started after ours, if there is one.
    ///
    /// A writer must not go on appending to a segment another writer sealed, so for a writer a
    /// next segment it cannot read is an error (reopening the store recovers an interrupted
    /// rollover); a reader just stops where it is.
    func openNextSegmentIfPresent() throws(StoreError) -> Bool {
        // Asked by position first: the name is made only for a segment that is there.
        guard segments.last?.firstPosition != headPosition + 1, try segmentFileExists(firstPosition: headPosition + 1)
        else { return false }
        let name = SegmentName.make(firstPosition: headPosition + 1)
        let opened: Result<Segment, SegmentProblem>
        do throws(StoreError) {
            opened = try openSegment(name: name, firstPosition: headPosition + 1, forWriting: mode == .write)
        } catch  where error.code == .notFound {
            return false
        }
        switch opened {
        case .success(let segment):
            segments.last?.closeForWriting()
            segments.append(segment)
            return true
        case .failure(let problem):
            guard mode == .write else {
                sawUnreadableSegment = true
                return false
            }
            throw StoreError(
                .corrupted,
                "segment \(name) follows the log but \(problem); reopen the store for writing to recover it",
                position: headPosition + 1, path: directory + "/" + name)
        }
    }
}
