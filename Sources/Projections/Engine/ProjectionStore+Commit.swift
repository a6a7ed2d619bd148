internal import Dispatch
internal import EventStore
internal import Programme
internal import Synchronization

extension ProjectionStore {
    /// A read model's new partition files to write, and what its manifest keeps.
    struct PendingCommit {
        var model: String
        var version: UInt32
        var generation: UInt64
        /// The entries kept from the committed manifest (a continued read model).
        var kept: [EditionKey: ModelManifest.Entry]
        var files: [PartitionWrite]
    }

    /// One partition file to encode and write.
    struct PartitionWrite: Sendable {
        var edition: EditionKey
        var name: String
        var encode: @Sendable () -> [UInt8]
    }

    /// The partition files of `job` to write at the next generation.
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
        let files = editions.sorted().compactMap { edition -> PartitionWrite? in
            guard let partition = state.partitions[edition] else { return nil }
            return PartitionWrite(
                edition: edition, name: PartitionFile.name(model: Model.name, edition: edition, generation: generation),
                encode: { PartitionFile.encode(partition, of: Model.self, edition: edition, generation: generation) })
        }
        return PendingCommit(
            model: Model.name, version: Model.version, generation: generation, kept: kept, files: files)
    }

    /// Commits the read models: encodes and writes every new partition file durably (on
    /// several threads: encoding and fsync waits overlap), then replaces each manifest
    /// atomically, then removes the files no manifest names any more.
    ///
    /// A failure (or a crash) before a manifest's rename leaves that read model as it was;
    /// files written for it are removed by the next commit.
    func commit(_ pending: [PendingCommit], head: LogHead) throws(ProjectionError) {
        guard !pending.isEmpty else { return }
        let writes = pending.flatMap(\.files)
        let entries = try writeConcurrently(writes)
        if !writes.isEmpty { try files.syncDirectory(partitionsDirectory) }
        var index = 0
        var manifests: [ModelManifest] = []
        for commit in pending {
            var partitions = commit.kept
            for _ in commit.files {
                partitions[entries[index].edition] = entries[index]
                index += 1
            }
            manifests.append(
                ModelManifest(
                    model: commit.model, version: commit.version, position: head.position, chainHash: head.chainHash,
                    generation: commit.generation, committedAt: options.clock().microsecondsSinceEpoch,
                    partitions: partitions.values.sorted { $0.edition < $1.edition }))
        }
        for manifest in manifests {
            try files.writeDurably(manifestPath(manifest.model) + ".tmp", manifest.encoded())
        }
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

    /// Encodes and writes `writes` on the system's worker threads; the manifest entry of each.
    private func writeConcurrently(_ writes: [PartitionWrite]) throws(ProjectionError) -> [ModelManifest.Entry] {
        let results = Mutex([Result<ModelManifest.Entry, ProjectionError>?](repeating: nil, count: writes.count))
        let files = self.files
        let directory = partitionsDirectory
        DispatchQueue.concurrentPerform(iterations: writes.count) { index in
            let write = writes[index]
            let bytes = write.encode()
            let result = Result { () throws(ProjectionError) -> ModelManifest.Entry in
                try files.writeDurably(directory + "/" + write.name, bytes)
                return ModelManifest.Entry(
                    edition: write.edition, file: write.name, size: UInt64(bytes.count),
                    checksum: bytes.withUnsafeBytes { CRC32C.checksum($0) })
            }
            results.withLock { $0[index] = result }
        }
        return try results.withLock { results in results.map { $0! } }.map { (result) throws(ProjectionError) in
            try result.get()
        }
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
