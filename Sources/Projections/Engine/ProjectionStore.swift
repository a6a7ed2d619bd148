public import EventStore
internal import Programme

/// The read models of one store: persisted under `<store>/projections/`, caught up from the
/// log, rebuilt, snapshotted under `<store>/snapshots/` and read by the queries.
///
/// ```
/// projections/lock                                 one catch-up, rebuild or snapshot at a time
/// projections/<name>.manifest                      version, position, chain hash, partition files
/// projections/partitions/<name>-<edition>-<generation>.part
/// snapshots/<name>-<position>.snapshot
/// ```
///
/// ```swift
/// let log = try EventLog.open(at: path, mode: .read)
/// let store = ProjectionStore(log: log)
/// let report = try store.catchUp()
/// let dossiers = try store.current(DossiersModel.self, editions: [edition])
/// ```
///
/// Every operation reads the log's head when it starts (`EventLog.refresh()`), so it sees
/// what other processes appended.
public struct ProjectionStore {
    /// Reports progress: events walked so far, events to walk.
    public typealias Progress = (_ done: UInt64, _ total: UInt64) -> Void

    public let log: EventLog
    public let options: ProjectionOptions
    /// `<store>/projections`.
    public let directory: String
    /// `<store>/snapshots`.
    public let snapshotsDirectory: String
    let partitionsDirectory: String
    let files: ProjectionFiles

    public init(log: EventLog, options: ProjectionOptions = ProjectionOptions()) {
        self.log = log
        self.options = options
        directory = log.directory + "/projections"
        snapshotsDirectory = log.directory + "/snapshots"
        partitionsDirectory = directory + "/partitions"
        files = ProjectionFiles(
            calls: options.systemCalls, groupReadable: ProjectionFiles.isGroupReadable(log.directory))
    }

    func manifestPath(_ name: String) -> String { directory + "/" + name + ".manifest" }
    func partitionPath(_ file: String) -> String { partitionsDirectory + "/" + file }

    /// Creates `projections/` and `projections/partitions/` when missing.
    func prepareDirectories() throws(ProjectionError) {
        if try files.makeDirectory(directory) { try files.syncDirectory(log.directory) }
        if try files.makeDirectory(partitionsDirectory) { try files.syncDirectory(directory) }
    }

    /// Runs `body` holding `projections/lock`.
    func withLock<T>(timeout: Duration, _ body: () throws(ProjectionError) -> T) throws(ProjectionError) -> T {
        try prepareDirectories()
        let lock = try ProjectionLock(path: directory + "/lock", files: files)
        try lock.acquire(timeout: timeout)
        defer { lock.release() }
        return try body()
    }

    /// The log's head now, after reading what other processes appended.
    func refreshedHead() throws(ProjectionError) -> LogHead {
        do {
            try log.refresh()
        } catch {
            throw ProjectionError.log(error)
        }
        return log.head
    }

    /// The chain hash of the record at `position` (32 zero bytes at position 0), or nil when
    /// the log is shorter.
    func chainHash(at position: UInt64, head: LogHead) throws(ProjectionError) -> Digest? {
        guard position > 0 else { return .zero }
        guard position <= head.position else { return nil }
        if position == head.position { return head.chainHash }
        do {
            return try log.event(at: position).chainHash
        } catch {
            throw ProjectionError.log(error)
        }
    }

    /// The bytes of one committed partition, checked against its manifest entry (size and
    /// the checksum it ends with; the checksum itself is checked when it is decoded).
    func partitionBytes(_ entry: ModelManifest.Entry) throws(ProjectionError) -> [UInt8] {
        let path = partitionPath(entry.file)
        guard let bytes = try files.readIfPresent(path, range: (entry.offset, entry.size)) else {
            throw ProjectionError(.damaged, "the partition pack \(path) is missing", path: path)
        }
        guard UInt64(bytes.count) == entry.size, SealedFile.storedChecksum(of: bytes) == entry.checksum else {
            throw ProjectionError(
                .damaged,
                "the partition of edition \(entry.edition) in \(path) is not the one its manifest names "
                    + "(size or checksum)", path: path)
        }
        return bytes
    }

    /// The committed manifest of `name`: nil when there is none, `.damaged` when it cannot be read.
    func manifest(_ name: String) throws(ProjectionError) -> ModelManifest? {
        let path = manifestPath(name)
        guard let bytes = try files.readIfPresent(path) else { return nil }
        do throws(BinaryReader.Failure) {
            let manifest = try ModelManifest(decoding: bytes)
            guard manifest.model == name else {
                throw BinaryReader.Failure(offset: 0, reason: "it is the manifest of \(manifest.model)")
            }
            return manifest
        } catch {
            throw ProjectionError(.damaged, "the manifest \(path) is damaged", path: path, cause: error.description)
        }
    }

    /// How many bytes of a partition a query reads first, for a model whose query part is
    /// sealed on its own: more than the statistics' summary of a large edition needs.
    static let queryPrefixBytes: UInt64 = 16 << 10

    /// What a query shows of one committed partition: for a model whose encoding starts with
    /// a query part (``PersistableModel/hasQueryPart``), only the first bytes of the partition,
    /// checked by their own checksum; otherwise, or when those bytes do not hold the whole
    /// query part or do not check, the whole partition as ``loadPartition(_:_:)`` reads it.
    func loadQueryPart<Model: PersistableModel>(
        _ model: Model.Type, _ entry: ModelManifest.Entry, prefix: UInt64 = queryPrefixBytes
    ) throws(ProjectionError) -> Model.Partition {
        guard Model.hasQueryPart, entry.size > prefix,
            let generation = PartitionFile.generation(ofPack: entry.file, model: Model.name),
            let bytes = try files.readIfPresent(partitionPath(entry.file), range: (entry.offset, prefix)),
            let partition = try? PartitionFile.decodeQueryPart(
                bytes, of: model, edition: entry.edition, generation: generation)
        else { return try loadPartition(model, entry) }
        return partition
    }

    /// Reads one committed partition and checks it is the one the manifest names.
    func loadPartition<Model: PersistableModel>(
        _ model: Model.Type, _ entry: ModelManifest.Entry
    ) throws(ProjectionError) -> Model.Partition {
        let bytes = try partitionBytes(entry)
        let path = partitionPath(entry.file)
        do {
            return try PartitionFile.decode(bytes, of: model, edition: entry.edition)
        } catch {
            throw ProjectionError(
                .damaged, "the partition file \(path) is damaged", path: path, cause: error.description)
        }
    }
}

extension ProjectionError {
    /// A failure of the log under the read side.
    static func log(_ error: StoreError) -> ProjectionError {
        ProjectionError(.log, error.message, path: error.path, position: error.position, errno: error.errno)
    }
}
