extension EventLog {
    /// Whether a segment follows the tail segment, loaded or only on disk (another writer
    /// started it since this log listed them): bad bytes or an unfinished commit before it are
    /// then inside the log, not at its end (FORMAT.md §8: "in a sealed segment").
    func hasLaterSegment() throws(StoreError) -> Bool {
        if tailSegment < segments.count - 1 { return true }
        let first = segments[tailSegment].firstPosition
        return SegmentName.segments(among: try files.list(directory)).contains { $0.firstPosition > first }
    }

    /// Whether the bad bytes at `offset` of the tail segment end the log as a writer's append
    /// leaves them: its `pwrite` half copied (a reader sees the page cache as it fills) or torn
    /// by a crash (the next writer cuts them). Nothing valid after them in the segment, and no
    /// later segment: verify calls that a torn tail, and nothing acknowledged is out of reach.
    func endsInATornWrite(_ segment: Segment, at offset: Int, beyond position: UInt64) throws(StoreError) -> Bool {
        guard try !hasLaterSegment() else { return false }
        return RecordFields.findValidRecord(in: segment.bytes, after: offset, beyond: position) == nil
    }

    /// For a reader that found no next segment it could take up after its last: the first
    /// later segment file, when there is one, is damage that hides the events from it on
    /// (a bad header, or a first position that does not continue the log).
    ///
    /// A last file holding no valid record is an interrupted rollover, ignored as `verify`
    /// ignores it (a torn tail) and the next writer removes it; and a file that opens well now
    /// is a rollover that happened since: the next look takes it up.
    func laterSegmentDamage() throws(StoreError) -> TailDamage? {
        let found = try firstLaterSegmentDamage()
        if found == nil { sawUnreadableSegment = false }
        return found
    }

    private func firstLaterSegmentDamage() throws(StoreError) -> TailDamage? {
        let after = segments.isEmpty ? 0 : segments[tailSegment].firstPosition
        let later = SegmentName.segments(among: try files.list(directory)).filter { $0.firstPosition > after }
        guard let (name, first) = later.first else { return nil }
        let expected = headPosition + 1
        let kind: TailDamage.Kind
        let reason: String
        let path = directory + "/" + name
        if first == expected {
            let opened: Result<Segment, SegmentProblem>
            do throws(StoreError) {
                opened = try openSegment(name: name, firstPosition: first, forWriting: false)
            } catch  where error.code == .notFound {
                return nil
            }
            guard case .failure(let problem) = opened else { return nil }
            (kind, reason) = (.header, problem.description)
        } else {
            (kind, reason) = (
                .continuity, "the segment starts at position \(first) but the log ends at \(headPosition)"
            )
        }
        if later.count == 1, kind == .header || first > expected, try !holdsAValidRecord(path) { return nil }
        return TailDamage(segment: name, offset: 0, position: expected, kind: kind, reason: reason)
    }

    /// Whether the file at `path` holds a record that validates, after its header's room.
    private func holdsAValidRecord(_ path: String) throws(StoreError) -> Bool {
        let fd: Int32
        do throws(StoreError) {
            fd = try files.open(path, writable: false)
        } catch  where error.code == .notFound {
            return false
        }
        defer { files.close(fd) }
        let size = Int(try files.size(fd, path: path))
        guard size > SegmentHeader.length else { return false }
        let mapping = try Mapping(fd: fd, length: size, path: path, calls: files.calls)
        let bytes = UnsafeRawBufferPointer(start: mapping.base, count: size)
        return RecordFields.findValidRecord(in: bytes, after: SegmentHeader.length - 1, beyond: 0) != nil
    }
}
