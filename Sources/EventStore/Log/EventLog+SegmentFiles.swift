extension EventLog {
    /// Whether the store's directory holds a segment file named for `firstPosition`.
    func segmentFileExists(firstPosition: UInt64) throws(StoreError) -> Bool {
        try segmentFileExists(firstPositionIn: firstPosition...firstPosition)
    }

    /// Whether the store's directory holds a segment file named for a position in `range`.
    ///
    /// A writer answers from the names it listed while its ``StoreWatch`` vouches that the
    /// directory has not changed since; otherwise a few names are asked for one by one (a
    /// failing `stat` each), more by listing the directory.
    func segmentFileExists(firstPositionIn range: ClosedRange<UInt64>) throws(StoreError) -> Bool {
        if let listed = try watchedSegmentPositions() {
            let first = IndexRun.lowerBound(count: listed.count, of: range.lowerBound) { listed[$0] }
            return first < listed.count && listed[first] <= range.upperBound
        }
        if range.count <= 4 {
            for position in range where try files.exists(directory + "/" + SegmentName.make(firstPosition: position)) {
                return true
            }
            return false
        }
        return try files.list(directory).contains { name in
            SegmentName.firstPosition(of: name).map(range.contains) ?? false
        }
    }

    /// The first positions of the segment files in the directory, sorted: listed again only
    /// when the watch saw the directory change. Nil without a watch that holds (a reader, or
    /// no inotify): the caller asks the file system.
    private func watchedSegmentPositions() throws(StoreError) -> [UInt64]? {
        guard let watch = watchIfWorthIt() else { return nil }
        let changed = watch.sawDirectoryChanges()
        guard !watch.isBroken else {
            storeWatch = nil
            listedSegmentPositions = nil
            return nil
        }
        if changed || listedSegmentPositions == nil {
            listedSegmentPositions = nil
            listedSegmentPositions = SegmentName.segments(among: try files.list(directory)).map(\.firstPosition)
        }
        return listedSegmentPositions
    }

    /// The writer's watch, made at its ``checksBeforeWatching``-th check: closing a descriptor
    /// that had a watch can take the kernel 10 to 20 ms (it waits for the watch to be retired),
    /// more than a short-lived writer, one CLI command, saves; a watch that broke is not made
    /// again. The watch exists before the listing it vouches for (`listedSegmentPositions` is
    /// nil until then).
    private func watchIfWorthIt() -> StoreWatch? {
        if storeWatch == nil, mode == .write, segmentChecks < Self.checksBeforeWatching {
            segmentChecks += 1
            if segmentChecks == Self.checksBeforeWatching {
                storeWatch = StoreWatch(directory, calls: files.calls)
                listedSegmentPositions = nil
            }
        }
        return storeWatch
    }

    /// About 16 appends (each checks for segment files twice).
    static let checksBeforeWatching = 32
}
