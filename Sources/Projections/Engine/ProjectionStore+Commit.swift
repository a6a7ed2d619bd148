internal import EventStore
internal import Programme

extension ProjectionStore {
    /// A read model's new files and manifest, ready to be written.
    struct PreparedCommit {
        var manifest: ModelManifest
        var files: [(name: String, bytes: [UInt8])]
    }

    /// The new manifest and partition files of `job`, at `head`.
    ///
    /// A continued read model rewrites only the partitions its new events touched; a whole
    /// fold writes them all.
    func prepare<Model: PersistableModel>(
        _ job: ModelJob<Model>, slots: EditionSlots, head: LogHead, existing: [String]
    ) -> PreparedCommit {
        let generation = nextGeneration(of: Model.name, base: job.base, existing: existing)
        var entries: [EditionKey: ModelManifest.Entry] = [:]
        if let base = job.base {
            for entry in base.partitions { entries[entry.edition] = entry }
        }
        var files: [(name: String, bytes: [UInt8])] = []
        let state = job.state(slots)
        let editions = job.isWhole ? Set(state.partitions.keys) : job.touched(slots)
        for edition in editions.sorted() {
            guard let partition = state.partitions[edition] else { continue }
            let bytes = PartitionFile.encode(partition, of: Model.self, edition: edition, generation: generation)
            let checksum = bytes.withUnsafeBytes { CRC32C.checksum($0) }
            let name = PartitionFile.name(model: Model.name, edition: edition, generation: generation)
            entries[edition] = ModelManifest.Entry(
                edition: edition, file: name, size: UInt64(bytes.count), checksum: checksum)
            files.append((name, bytes))
        }
        let manifest = ModelManifest(
            model: Model.name, version: Model.version, position: head.position, chainHash: head.chainHash,
            generation: generation, committedAt: options.clock().microsecondsSinceEpoch,
            partitions: entries.values.sorted { $0.edition < $1.edition })
        return PreparedCommit(manifest: manifest, files: files)
    }

    /// One more than any generation the model's manifest or files have used, so a new file
    /// never has the name of one a manifest may still name.
    private func nextGeneration(of model: String, base: ModelManifest?, existing: [String]) -> UInt64 {
        var highest = base?.generation ?? 0
        if let current = try? manifest(model) { highest = max(highest, current.generation) }
        let prefix = model + "-"
        for name in existing where name.hasPrefix(prefix) && name.hasSuffix(".part") {
            if let generation = name.dropLast(5).split(separator: "-").last.flatMap({ UInt64($0) }) {
                highest = max(highest, generation)
            }
        }
        return highest + 1
    }

    /// Writes the commits: every new partition file durably, then each manifest replaced
    /// atomically, then the files no manifest names any more are removed.
    ///
    /// A failure (or a crash) before a manifest's rename leaves that read model as it was;
    /// files written for it are removed by the next commit.
    func commit(_ commits: [PreparedCommit]) throws(ProjectionError) {
        guard !commits.isEmpty else { return }
        for commit in commits {
            for file in commit.files { try files.writeDurably(partitionPath(file.name), file.bytes) }
        }
        if commits.contains(where: { !$0.files.isEmpty }) { try files.syncDirectory(partitionsDirectory) }
        for commit in commits {
            let path = manifestPath(commit.manifest.model)
            try files.writeDurably(path + ".tmp", commit.manifest.encoded())
        }
        for commit in commits {
            let path = manifestPath(commit.manifest.model)
            if files.calls.rename(path + ".tmp", path) != 0 {
                let failure = files.error("cannot rename \(path).tmp to \(path)", path: path)
                try? removeLeftovers()
                throw failure
            }
        }
        try files.syncDirectory(directory)
        try removeLeftovers()
    }

    /// Removes partition files no current manifest names, and temporary files of crashed runs.
    func removeLeftovers() throws(ProjectionError) {
        var named: Set<String> = []
        for model in ReadModelName.allCases {
            guard let manifest = try? manifest(model.rawValue) else {
                // A damaged manifest: keep its model's files until a rebuild replaces it.
                named.formUnion(try files.list(partitionsDirectory).filter { $0.hasPrefix(model.rawValue + "-") })
                continue
            }
            named.formUnion(manifest.partitions.map(\.file))
        }
        for name in try files.list(partitionsDirectory) where !named.contains(name) {
            try files.remove(partitionPath(name))
        }
        for name in try files.list(directory) where name.hasSuffix(".tmp") {
            try files.remove(directory + "/" + name)
        }
    }
}
