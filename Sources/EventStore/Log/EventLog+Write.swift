extension EventLog {
    /// A run of consecutive records that go into one segment with one write.
    private struct Part {
        /// The segment's number, or `nil` for a segment this append starts.
        var segment: Int?
        var firstPosition: UInt64
        var fileOffset: Int
        var bytes: Range<Int>
    }

    /// Writes the encoded records at the tail, starting segments where they do not fit, then
    /// makes them durable. On a write error nothing of the append stays: written bytes are
    /// zeroed and segments it started are removed (if even that fails, the next append
    /// recovers the tail first). A failed `fdatasync` is fatal.
    ///
    /// - Returns: each record's segment number and offset.
    func writeDurably(records: EncodedRecords) throws(StoreError) -> [(segment: Int, offset: Int)] {
        precondition(tailSegment == segments.count - 1, "the writer appends to the last segment")
        try replaceEmptyVersion1Segment()
        var parts: [Part] = []
        var locations: [(segment: Int, offset: Int)] = []
        locations.reserveCapacity(records.starts.count)
        var segmentNumber = tailSegment
        var end = tailOffset
        // A commit never spans segments (FORMAT.md §9): one that does not fit rolls over first,
        // and so does the first append after a format 1 segment.
        let rollsOver =
            (end + writeBuffer.count > options.segmentSize || segments[tailSegment].formatVersion == 1)
            && end > SegmentHeader.length
        for (number, start) in records.starts.enumerated() {
            let length = (number + 1 < records.starts.count ? records.starts[number + 1] : writeBuffer.count) - start
            let position = records.firstPosition + UInt64(number)
            if number == 0, rollsOver {
                segmentNumber += 1
                end = SegmentHeader.length
                parts.append(Part(segment: nil, firstPosition: position, fileOffset: end, bytes: start..<start))
            } else if parts.isEmpty {
                parts.append(
                    Part(segment: segmentNumber, firstPosition: position, fileOffset: end, bytes: start..<start))
            }
            parts[parts.count - 1].bytes = parts[parts.count - 1].bytes.lowerBound..<(start + length)
            locations.append((segmentNumber, end))
            end += length
        }
        let oldSegmentCount = segments.count
        var written: [(segment: Segment, offset: Int, count: Int)] = []
        do throws(StoreError) {
            for part in parts {
                let segment: Segment
                if let number = part.segment {
                    segment = segments[number]
                } else {
                    let previous =
                        part.bytes.lowerBound == 0
                        ? headHash
                        : writeBuffer.withUnsafeBytes { bytes in
                            Digest(copying: UnsafeRawBufferPointer(rebasing: bytes[(part.bytes.lowerBound - 32)...]))
                        }
                    segment = try createSegment(firstPosition: part.firstPosition, previousChainHash: previous)
                    segments.append(segment)
                }
                try ensureAllocated(segment, through: part.fileOffset + part.bytes.count)
                let outcome = writeBuffer.withUnsafeBytes { bytes in
                    files.write(
                        segment.writeFD, UnsafeRawBufferPointer(rebasing: bytes[part.bytes]),
                        at: Int64(part.fileOffset), path: segment.path)
                }
                written.append((segment, part.fileOffset, outcome.written))
                if let error = outcome.error { throw error }
            }
        } catch {
            if error.code == .fatal {
                stopped = error
            } else {
                undo(written: written, segmentsFrom: oldSegmentCount)
            }
            throw error
        }
        do throws(StoreError) {
            for number in tailSegment..<segments.count {
                try files.syncData(segments[number].writeFD, path: segments[number].path)
            }
        } catch {
            stopped = error
            throw error
        }
        for number in tailSegment..<(segments.count - 1) { segments[number].closeForWriting() }
        return locations
    }

    /// Grows the active segment by writing zeros so that the bytes up to `end` exist, in chunks
    /// of `preallocationChunk` bounded by the segment size (a record larger than a segment gets
    /// exactly the room it needs).
    private func ensureAllocated(_ segment: Segment, through end: Int) throws(StoreError) {
        guard end > segment.fileSize else { return }
        let limit = max(options.segmentSize, end)
        let target = min(max(end, segment.fileSize + options.preallocationChunk), limit)
        try files.writeZeros(
            segment.writeFD, count: target - segment.fileSize, at: Int64(segment.fileSize), path: segment.path)
        try segment.grow(to: target, fd: segment.writeFD, reserve: options.segmentSize)
    }

    /// Takes back a failed append: zeros what it wrote, removes the segments it started.
    private func undo(written: [(segment: Segment, offset: Int, count: Int)], segmentsFrom oldCount: Int) {
        for (segment, offset, count) in written where count > 0 {
            do throws(StoreError) {
                try files.writeZeros(segment.writeFD, count: count, at: Int64(offset), path: segment.path)
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
