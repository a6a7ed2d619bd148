internal import EventStore
internal import Programme

extension ProjectionStore {
    /// Every snapshot, checked: its file's checksum and structure, that its version is the
    /// code's and that the log has its chain hash at its position. Sorted by model, then
    /// position.
    public func snapshots() throws(ProjectionError) -> [SnapshotEntry] {
        let head = try refreshedHead()
        var entries: [SnapshotEntry] = []
        for name in try files.list(snapshotsDirectory).sorted() {
            guard let (model, position) = SnapshotFile.parse(name: name) else { continue }
            entries.append(try check(snapshot: name, model: model, position: position, head: head).entry)
        }
        return entries.sorted { ($0.model, $0.position) < ($1.model, $1.position) }
    }

    /// Reads and checks one snapshot; the file when it can be used.
    func check(
        snapshot name: String, model: ReadModelName, position: UInt64, head: LogHead
    ) throws(ProjectionError) -> (entry: SnapshotEntry, file: SnapshotFile?) {
        let path = snapshotsDirectory + "/" + name
        var entry = SnapshotEntry(model: model, position: position, path: path, size: 0)
        guard let bytes = try files.readIfPresent(path) else {
            entry.problem = "it vanished while being read"
            return (entry, nil)
        }
        entry.size = UInt64(bytes.count)
        let file: SnapshotFile
        do {
            file = try SnapshotFile(decoding: bytes)
        } catch {
            entry.problem = "damaged: \(error.description)"
            return (entry, nil)
        }
        entry.version = file.version
        entry.createdAt = Timestamp(microsecondsSinceEpoch: file.createdAt)
        if file.model != model.rawValue || file.position != position {
            entry.problem = "its content (\(file.model) at \(file.position)) does not match its name"
        } else if file.version != model.version {
            entry.problem = "version \(file.version), but this build's \(model.rawValue) is version \(model.version)"
        } else if file.position > head.position {
            entry.problem = "position \(file.position) is beyond the log's head (\(head.position))"
        } else if try chainHash(at: file.position, head: head) != file.chainHash {
            entry.problem = "the log's chain hash at position \(file.position) is not the one it was taken at"
        }
        return (entry, entry.problem == nil ? file : nil)
    }

    /// The state of the newest usable snapshot of `model` at or before `head`, with the
    /// snapshots found unusable on the way (reported, never used).
    func newestSnapshot<Model: PersistableModel>(
        _ model: Model.Type, head: LogHead
    ) throws(ProjectionError) -> (found: (state: ModelState<Model>, position: UInt64)?, ignored: [SnapshotEntry]) {
        guard let name = ReadModelName(rawValue: Model.name) else { return (nil, []) }
        let candidates = try files.list(snapshotsDirectory).compactMap { file -> (String, UInt64)? in
            guard let (found, position) = SnapshotFile.parse(name: file), found == name else { return nil }
            return (file, position)
        }.sorted { $0.1 > $1.1 }
        var ignored: [SnapshotEntry] = []
        for (file, position) in candidates {
            let (entry, snapshot) = try check(snapshot: file, model: name, position: position, head: head)
            guard let snapshot else {
                ignored.append(entry)
                continue
            }
            do {
                return ((try snapshot.state(model), position), ignored)
            } catch {
                var entry = entry
                entry.problem = "a partition is damaged: \(error.description)"
                ignored.append(entry)
            }
        }
        return (nil, ignored)
    }

    /// Takes a snapshot of each read model named (all by default), after catching them up.
    ///
    /// - Returns: the snapshots written, and what the catch-up did first.
    public func createSnapshots(
        _ names: [ReadModelName] = ReadModelName.allCases, progress: Progress? = nil
    ) throws(ProjectionError) -> (snapshots: [SnapshotEntry], catchUp: FoldReport) {
        try withLock(timeout: options.lockTimeout) { () throws(ProjectionError) in
            let report = try catchUpLocked(progress: progress)
            if try files.makeDirectory(snapshotsDirectory) { try files.syncDirectory(log.directory) }
            var written: [SnapshotEntry] = []
            for name in names {
                guard let manifest = try manifest(name.rawValue) else { continue }
                var partitions: [(edition: EditionKey, bytes: [UInt8])] = []
                for entry in manifest.partitions {
                    partitions.append((entry.edition, try partitionBytes(entry)))
                }
                let snapshot = SnapshotFile(
                    model: name.rawValue, version: manifest.version, position: manifest.position,
                    chainHash: manifest.chainHash, createdAt: options.clock().microsecondsSinceEpoch,
                    partitions: partitions)
                let file = SnapshotFile.name(model: name.rawValue, position: manifest.position)
                let bytes = snapshot.encoded()
                try files.replaceAtomically(snapshotsDirectory + "/" + file, with: bytes, directory: snapshotsDirectory)
                written.append(
                    SnapshotEntry(
                        model: name, position: manifest.position, path: snapshotsDirectory + "/" + file,
                        size: UInt64(bytes.count), version: manifest.version,
                        createdAt: Timestamp(microsecondsSinceEpoch: snapshot.createdAt)))
            }
            return (written, report)
        }
    }

    /// Keeps the `keep` newest usable snapshots of each read model and removes the others,
    /// unusable ones included.
    ///
    /// - Returns: the snapshots removed.
    public func pruneSnapshots(keep: Int) throws(ProjectionError) -> [SnapshotEntry] {
        try withLock(timeout: options.lockTimeout) { () throws(ProjectionError) in
            var removed: [SnapshotEntry] = []
            let all = try snapshots()
            for name in ReadModelName.allCases {
                let usable = all.filter { $0.model == name && $0.isUsable }.sorted { $0.position > $1.position }
                let kept = Set(usable.prefix(max(keep, 0)).map(\.path))
                for entry in all where entry.model == name && !kept.contains(entry.path) {
                    try files.remove(entry.path)
                    removed.append(entry)
                }
            }
            if !removed.isEmpty { try files.syncDirectory(snapshotsDirectory) }
            return removed
        }
    }
}
