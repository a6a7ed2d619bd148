/// How a log is opened: segment size, lock timeout, clock, file permissions, checkpointing,
/// and what to do when durability fails.
public struct EventLogOptions: Sendable {
    /// A segment file is sealed and a new one started when the next record would pass this size.
    public var segmentSize: Int = 64 << 20
    /// How long an append waits for another writer's lock before failing with `.busy`.
    public var lockTimeout: Duration = .seconds(10)
    /// Where recorded-at times come from (tests pass a fixed or backward-running clock).
    public var clock: @Sendable () -> Timestamp = { Timestamp.now() }
    /// Who may read the store's files.
    public var permissions: FilePermissions = .ownerOnly
    /// The writer saves the stream index after this many new events, so that opening a log
    /// reads at most about this many records besides the index.
    public var checkpointInterval: Int = 16_384
    /// The active segment grows by writing zeros in chunks of this size, so that appends
    /// overwrite allocated blocks and `fdatasync` has no metadata to write. An append of 64 KiB
    /// or more grows it by its own bytes instead (``EventLog/selfAllocatingBytes``).
    public var preallocationChunk: Int = 4 << 20
    /// A long-lived writer writes commits under 64 KiB with `O_DIRECT | O_DSYNC`, durable in
    /// one write the disk makes durable itself, instead of a write and an `fdatasync`
    /// (``DirectTailWriter``); the bytes are the same. False writes every commit buffered and
    /// syncs it. Where the file system refuses direct writes, the writer falls back by itself.
    public var directWrites = true
    /// Called once when `fsync`/`fdatasync` fails: the data may not be on disk and retrying
    /// could report success falsely, so the default prints the error and ends the process with
    /// exit code 74. A handler that returns leaves the log refusing appends and reads (`.fatal`): what
    /// the page cache shows may not be what the disk holds. Reopen the store to go on.
    public var onFatalError: @Sendable (StoreError) -> Void = EventLogOptions.exitOnFatalError
    /// A replay (``EventLog/forEachRecord(from:through:_:)``) of at least this many records
    /// has the records' checksums verified ahead of it on another thread (0: never). Only with
    /// the portable CRC: on SSE4.2 a record's CRC (15 ns) costs the replaying thread no more than
    /// skipping it does, so a checker would only take the other core (`eig-bench store replay`,
    /// `thread_cpu_seconds`).
    package var readAheadRecords: UInt64 =
        ChecksumEngine.crc32c == .hardware ? 0 : ReadAheadChecker.minimumRecords
    /// The system calls used (tests inject faults here).
    package var systemCalls: SystemCalls = .live

    public init() {}

    /// Prints `error` on standard error and ends the process at once with exit code 74.
    public static let exitOnFatalError: @Sendable (StoreError) -> Void = { error in
        FatalExit.exit(with: error)
    }
}

/// Whether the store's files can be read by the owner only or by the owner's group too.
public enum FilePermissions: Sendable, Hashable {
    /// Files 0600, directories 0700.
    case ownerOnly
    /// Files 0640, directories 0750: a group (auditors) may read, only the owner writes.
    case groupReadable

    var fileMode: UInt32 { self == .ownerOnly ? 0o600 : 0o640 }
    var directoryMode: UInt32 { self == .ownerOnly ? 0o700 : 0o750 }
}

/// What a log is opened for.
public enum AccessMode: Sendable, Hashable {
    /// Reading only: takes no lock and never changes a byte.
    case read
    /// Reading and appending: recovers the tail under the writer lock when opening.
    case write
}
