extension EventLog {
    /// Checks the contents of every checkpoint run not checked yet, before a lookup that reads
    /// them all (a stream's positions or version, a command id, stream names).
    ///
    /// A reader maps runs checking only their headers (``IndexRun/Checking/onFirstUse``): a
    /// command that never looks a stream up, like `eig stats`, then reads none of their bytes.
    /// A run found damaged here is never used: the index is loaded again, this time checking
    /// every run, so that the damaged one is left out and its records are read from the log.
    ///
    /// - Throws: what reading the log's records again throws (the damaged run itself is not
    ///   an error: the log does without it).
    func checkEveryRun() throws(StoreError) {
        for run in index.runs where !run.isVerified {
            do throws(StoreError) {
                try run.verify()
            } catch {
                try loadIndexWithoutDamagedRuns()
                return
            }
        }
    }

    /// ``checkEveryRun()`` for lookups that cannot throw. Only the reload after a damaged run
    /// can fail, and only in its last step (looking for a segment this log has not opened yet,
    /// as ``refresh()`` does): the index then still holds every record this log had read, so
    /// the lookup answers from them, and the failure is left for the next refresh to report.
    /// It does not stop the log: a reader stopped by a passing I/O error would stay unusable.
    func checkEveryRunIfPossible() {
        try? checkEveryRun()
    }

    /// The offset in its segment of the record at `position`, nil when the log has no such record.
    ///
    /// An offset from a run not checked yet is used only if the log confirms it: the bytes there
    /// are a valid record (CRC32C, fields) with that very position, which no wrong offset can
    /// give. Otherwise the run is checked first (and left out if damaged), then asked again. So
    /// reading from a position, as a rebuild does, costs one record's check, not a run's.
    func recordOffset(of position: UInt64) throws(StoreError) -> Int? {
        guard let offset = index.offset(of: position) else { return nil }
        guard position <= index.runsEnd, let run = index.runs.first(where: { position <= $0.lastPosition }),
            !run.isVerified
        else { return offset }
        if holdsRecord(position, at: offset) { return offset }
        do throws(StoreError) {
            try run.verify()
        } catch {
            try loadIndexWithoutDamagedRuns()
        }
        return index.offset(of: position)
    }

    /// Whether the bytes at `offset` of the segment holding `position` are a valid record of it.
    private func holdsRecord(_ position: UInt64, at offset: Int) -> Bool {
        guard let number = segmentNumber(holding: position) else { return false }
        let segment = segments[number]
        guard offset >= SegmentHeader.length, offset < segment.fileSize,
            case .valid(let fields) = RecordFields.check(
                segment.mapping.base + offset, available: segment.fileSize - offset)
        else { return false }
        return RecordView(base: segment.mapping.base + offset, fields: fields).position == position
    }

    /// Loads the index again checking every run's contents, then reads the records after the
    /// runs kept, as opening does.
    private func loadIndexWithoutDamagedRuns() throws(StoreError) {
        checksRunsWhenLoading = true
        try loadIndex()
        tailDamage = try scanTail(strict: false)
        if mode == .write, tailDamage != nil { tailNeedsRecovery = true }
    }
}
