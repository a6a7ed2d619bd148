internal import EventStore
internal import Programme

/// The committed state of one read model, `projections/<name>.manifest`: its version, the
/// log position it has folded up to with the chain hash there, and its partition files.
///
/// Committing a read model is writing its changed partitions to a new pack, then replacing
/// this file atomically: a crash before the rename leaves the previous manifest, which names
/// only previous packs, so the previous read model stays whole and in use.
struct ModelManifest: Sendable, Equatable {
    var model: String
    var version: UInt32
    /// The last log position folded (0: none).
    var position: UInt64
    /// The log's chain hash at `position`: a log that no longer has this hash there is not
    /// the log the read model was built from.
    var chainHash: Digest
    /// Bumped at every commit; partition files carry it in their name, so a commit never
    /// overwrites a file that the current manifest names.
    var generation: UInt64
    /// When it was committed (wall clock, microseconds since 1970).
    var committedAt: Int64
    /// One per edition, in edition order.
    var partitions: [Entry]

    struct Entry: Sendable, Equatable {
        var edition: EditionKey
        /// The pack holding the partition, and where in it.
        var file: String
        var offset: UInt64
        var size: UInt64
        /// The checksum the file ends with: with the size, names one version of the file.
        var checksum: UInt32
    }

    static let magic: StaticString = "EIGM"

    func encoded() -> [UInt8] {
        var writer = SealedFile.begin(magic: Self.magic)
        writer.write(model)
        writer.writeFixed(version)
        writer.writeFixed(position)
        writer.write(bytes: chainHash.bytes)
        writer.writeFixed(generation)
        writer.writeFixed(committedAt)
        writer.write(partitions) { writer, entry in
            writer.write(entry.edition)
            writer.write(entry.file)
            writer.writeFixed(entry.offset)
            writer.writeFixed(entry.size)
            writer.writeFixed(entry.checksum)
        }
        return SealedFile.seal(writer)
    }

    init(
        model: String, version: UInt32, position: UInt64, chainHash: Digest, generation: UInt64, committedAt: Int64,
        partitions: [Entry]
    ) {
        self.model = model
        self.version = version
        self.position = position
        self.chainHash = chainHash
        self.generation = generation
        self.committedAt = committedAt
        self.partitions = partitions
    }

    init(decoding bytes: [UInt8]) throws(BinaryReader.Failure) {
        var reader = try SealedFile.open(bytes, magic: Self.magic)
        model = try reader.readString()
        version = try reader.readFixed(UInt32.self)
        position = try reader.readFixed(UInt64.self)
        chainHash = Digest(bytes: Array(try reader.readBytes(32)))
        generation = try reader.readFixed(UInt64.self)
        committedAt = try reader.readFixed(Int64.self)
        partitions = try reader.readArray(minimumSize: 22) { (reader) throws(BinaryReader.Failure) in
            Entry(
                edition: try reader.readEdition(), file: try reader.readString(),
                offset: try reader.readFixed(UInt64.self), size: try reader.readFixed(UInt64.self),
                checksum: try reader.readFixed(UInt32.self))
        }
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the partitions") }
        for entry in partitions where !PartitionFile.isPlainName(entry.file) {
            throw reader.failure("\"\(entry.file)\" is not a partition file name")
        }
    }

    func entry(for edition: EditionKey) -> Entry? {
        partitions.first { $0.edition == edition }
    }
}
