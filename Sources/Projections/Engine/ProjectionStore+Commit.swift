internal import Dispatch
internal import EventStore
internal import Programme
internal import Synchronization

extension ProjectionStore {
    /// A read model's partitions to write, in one new pack, and what its manifest keeps.
    struct PendingCommit {
        var model: String
        var version: UInt32
        var generation: UInt64
        /// The pack the commit writes (when it writes partitions).
        var pack: String
        /// The entries kept from the committed manifest (a continued read model).
        var kept: [EditionKey: ModelManifest.Entry]
        var partitions: [PartitionWrite]
    }

    /// One partition to encode and write.
    struct PartitionWrite: Sendable {
        var edition: EditionKey
        var encode: @Sendable () -> [UInt8]
    }

    /// The partitions of `job` to write at the next generation.
    ///
    /// A continued read model rewrites only the partitions its new events touched; a whole
    /// fold writes them all.
    func pending<Model: PersistableModel>(
        _ job: ModelJob<Model>, slots: EditionSlots, existing: [String]
    ) -> PendingCommit {
        let generation = nextGeneration(of: Model.name, base: job.base, existing: existing)
        var kept: [EditionKey: ModelManifest.Entry] = [:]
        if let base = job.base {
            for entry in base.partitions { kept[entry.edition] = entry }
        }
        let state = job.state(slots)
        let editions = job.isWhole ? Set(state.partitions.keys) : job.touched(slots)
        let partitions = editions.sorted().compactMap { edition -> PartitionWrite? in
            guard let partition = state.partitions[edition] else { return nil }
            return PartitionWrite(
                edition: edition,
                encode: { PartitionFile.encode(partition, of: Model.self, edition: edition, generation: generation) })
        }
        return PendingCommit(
            model: Model.name, version: Model.version, generation: generation,
            pack: PartitionFile.packName(model: Model.name, generation: generation), kept: kept,
            partitions: partitions)
    }

    /// Commits the read models: writes each read model's changed partitions in one new pack
    /// and its manifest's temporary file, durably (the read models on several threads); then
    /// replaces each manifest atomically; then removes the packs no manifest names any more.
    ///
    /// Each partition is encoded just before it is written and dropped just after, so a
    /// rebuild's commit holds one encoded partition per thread, not every pack's bytes at once.
    ///
    /// A failure (or a crash) before a manifest's rename leaves that read model as it was;
    /// a pack written for it is removed by the next commit.
    func commit(_ pending: [PendingCommit], head: LogHead) throws(ProjectionError) {
        guard !pending.isEmpty else { return }
        let files = self.files
        let packPaths = pending.map { partitionPath($0.pack) }
        let manifestPaths = pending.map { manifestPath($0.model) + ".tmp" }
        let committedAt = options.clock().microsecondsSinceEpoch
        let written = Self.concurrently(pending.count) { index in
            Result { () throws(ProjectionError) -> ModelManifest in
                let commit = pending[index]
                var partitions = commit.kept
                var offset: UInt64 = 0
                if !commit.partitions.isEmpty {
                    try files.writeDurably(packPaths[index], partCount: commit.partitions.count) { part in
                        let write = commit.partitions[part]
                        let bytes = write.encode()
                        partitions[write.edition] = ModelManifest.Entry(
                            edition: write.edition, file: commit.pack, offset: offset, size: UInt64(bytes.count),
                            checksum: SealedFile.storedChecksum(of: bytes) ?? 0)
                        offset += UInt64(bytes.count)
                        return bytes
                    }
                }
                let manifest = ModelManifest(
                    model: commit.model, version: commit.version, position: head.position, chainHash: head.chainHash,
                    generation: commit.generation, committedAt: committedAt,
                    partitions: partitions.values.sorted { $0.edition < $1.edition })
                try files.writeDurably(manifestPaths[index], manifest.encoded())
                return manifest
            }
        }
        var manifests: [ModelManifest] = []
        for result in written { manifests.append(try result.get()) }
        // The packs' names must be durable before a manifest naming them replaces the old one.
        if pending.contains(where: { !$0.partitions.isEmpty }) { try files.syncDirectory(partitionsDirectory) }
        for manifest in manifests {
            let path = manifestPath(manifest.model)
            if files.calls.rename(path + ".tmp", path) != 0 {
                let failure = files.error("cannot rename \(path).tmp to \(path)", path: path)
                try? removeLeftovers()
                throw failure
            }
        }
        try files.syncDirectory(directory)
        try removeLeftovers()
    }

    /// `work(0)`, `work(1)`… `work(count - 1)` on the system's worker threads, in order.
    static func concurrently<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let results = Mutex([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = work(index)
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// One more than any generation the model's manifest or files have used, so a new file
    /// never has the name of one a manifest may still name.
    private func nextGeneration(of model: String, base: ModelManifest?, existing: [String]) -> UInt64 {
        var highest = base?.generation ?? 0
        if let current = try? manifest(model) { highest = max(highest, current.generation) }
        for name in existing {
            if let generation = PartitionFile.generation(ofPack: name, model: model) {
                highest = max(highest, generation)
            }
        }
        return highest + 1
    }

    /// Removes packs no current manifest names, and temporary files of crashed runs.
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
