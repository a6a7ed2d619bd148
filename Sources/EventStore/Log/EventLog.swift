/// One open event log: the append-only, checksummed, hash-chained record of everything eig did.
///
/// A store is a directory holding `store.json`, the segment files, `lock`, the index
/// checkpoint runs (`index/`) and, when recovery had to cut a torn tail, `quarantine/`
/// (FORMAT.md describes every byte). Open it for `.read` (no lock, never changes a byte) or
/// `.write` (appends take the store's writer lock; opening recovers a torn tail).
///
/// ```swift
/// let log = try EventLog.open(at: "EventLog", mode: .write)
/// let result = try log.append(AppendRequest(stream: "dossier-P5-0007", expected: .noStream,
///     metadata: CommandMetadata(commandID: id, actor: "alice"), events: [submitted]))
/// ```
///
/// A class because it owns files, mappings and the lock. It is not `Sendable`: use one log
/// per thread (several logs on one store, in one process or many, are safe). A writer saves
/// and merges its index checkpoint runs on background threads of its own (``DeltaFlush``,
/// ``RunMerge``); releasing the log waits for them.
public final class EventLog {
    /// The store directory.
    public let directory: String
    public let mode: AccessMode
    let options: EventLogOptions
    let files: FileOperations
    let manifest: StoreManifest

    var segments: [Segment] = []
    var index = StreamIndex()
    /// The last record's position, chain hash and recorded-at.
    var headPosition: UInt64 = 0
    var headHash = Digest.zero
    var headRecordedAt: Timestamp?
    /// Where the record after the head is (or will be written): a segment and an offset in it.
    var tailSegment = 0
    var tailOffset = SegmentHeader.length
    /// What stopped the last scan short of a clean end (readers keep going with what is valid).
    var tailDamage: TailDamage?
    /// A reader met a segment file it could not take up (a bad header): at the end of what it
    /// reads, it lists the directory to report it (``laterSegmentDamage()``); clean logs do not.
    var sawUnreadableSegment = false
    /// A failed write could not be cleared: the next append recovers the tail first.
    var tailNeedsRecovery = false
    /// Set when a durability failure stopped the log: every operation then throws it.
    var stopped: StoreError?
    var lock: WriterLock?
    /// A writer's watch on the store's directory, and the segment files it listed under it
    /// (first positions, sorted): see ``segmentFileExists(firstPositionIn:)``.
    var storeWatch: StoreWatch?
    var listedSegmentPositions: [UInt64]?
    /// Checks for segment files made so far, up to ``checksBeforeWatching``.
    var segmentChecks = 0
    /// Set once a checkpoint run was found damaged on first use: from then on this log checks
    /// every run's contents when it loads them, so that the damaged one is left out.
    var checksRunsWhenLoading = false
    /// Reused between appends so that encoding allocates nothing in the steady state.
    var writeBuffer = RecordBuffer()
    /// Writes small commits directly (``writeDirectly(at:in:)``): made for the first one, and
    /// gone for good if the file system refuses direct writes.
    var directWriter: DirectTailWriter?
    var directWritesRefused = false
    /// Whether the last ``write(records:)`` was direct, and so durable already.
    var lastWriteWasDirect = false
    /// Where this writer's last write ended: while its ``StoreWatch`` says nobody wrote there
    /// since, catching up does not read the tail (``refreshTail()``).
    var ownTail: OwnTail?
    var randomIDs = RandomIDSource()
    /// Where ``touch(_:)`` leaves the bytes it read, so the reads are not optimized away.
    var touched: UInt64 = 0
    /// The merge of checkpoint runs running in the background, at most one (writers only).
    var compaction: RunMerge?
    /// The frozen index delta's run being written in the background, at most one (writers only).
    var flush: DeltaFlush?
    /// The size the index delta must reach before a frozen delta whose flush failed is flushed
    /// again (``checkpointIfDue()``).
    var flushRetryAt = 0

    init(directory: String, mode: AccessMode, options: EventLogOptions, manifest: StoreManifest) {
        self.directory = directory
        self.mode = mode
        self.options = options
        self.files = FileOperations(options: options)
        self.manifest = manifest
    }

    /// Waits for the background flush and merge of checkpoint runs (see
    /// ``finishCompactionOnRelease()``).
    deinit {
        finishCompactionOnRelease()
    }

    /// The store's identity, fixed when it was created.
    public var storeID: EventID { manifest.storeID }
    /// When the store was created.
    public var createdAt: Timestamp { manifest.createdAt }

    /// Where the log ends, as this log last saw it (call ``refresh()`` to see other writers).
    public var head: LogHead {
        LogHead(
            position: headPosition, chainHash: headHash, segments: segments.count, bytes: usedBytes,
            recordedAt: headRecordedAt)
    }

    /// What stopped this log's reading short of the end of its bytes, when it is damage (a bad
    /// record, non-zero bytes in free space, a segment that does not continue the log): the
    /// events after ``head`` are then out of reach until the store is repaired (`eig verify`
    /// says where). `nil` when the log ends cleanly, or with an append still in progress (or
    /// one a crash cut short: `verify` calls that a torn tail, and the next writer cuts it).
    public var unreadableTail: String? {
        guard let tailDamage, tailDamage.kind != .unfinishedCommit, tailDamage.kind != .tornTail else { return nil }
        return tailDamage.description
    }

    /// Bytes of segment headers and records.
    private var usedBytes: UInt64 {
        var total: UInt64 = 0
        for (number, segment) in segments.enumerated() {
            if number == tailSegment {
                total += UInt64(tailOffset)
            } else if number < tailSegment {
                let last = segments[number + 1].firstPosition - 1
                if last < segment.firstPosition {
                    total += UInt64(SegmentHeader.length)
                } else if let end = try? recordEnd(of: last, in: number) {
                    total += UInt64(end)
                }
            }
        }
        return total
    }

    /// Throws the error that stopped the log, if one did, and `.readOnly` for writes on a reader.
    func checkUsable(writing: Bool) throws(StoreError) {
        // A merge that failed to make its file durable stops the log as the append would have.
        if stopped == nil, let compaction, let error = compaction.fatalError { stopped = error }
        // So does a flush of the frozen index delta.
        if stopped == nil, let flush, let error = flush.fatalError { stopped = error }
        if let stopped { throw stopped }
        if writing, mode != .write {
            throw StoreError(.readOnly, "the log at \(directory) was opened for reading; open it for writing to append")
        }
    }

    var segmentsDirectory: String { directory }
    var indexDirectory: String { directory + "/" + IndexRunLayout.directoryName }
    var quarantineDirectory: String { directory + "/quarantine" }
}
