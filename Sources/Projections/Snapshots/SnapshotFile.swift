internal import EventStore
internal import Programme

/// A snapshot of one read model, `snapshots/<name>-<position>.snapshot`: stamped with the
/// read model's name and version, the log position and the chain hash there, holding the
/// partition files of that moment as they were committed (each with its own checksum),
/// the whole sealed with a checksum of the file.
struct SnapshotFile: Sendable {
    var model: String
    var version: UInt32
    var position: UInt64
    var chainHash: Digest
    var createdAt: Int64
    /// Each edition's partition file, verbatim.
    var partitions: [(edition: EditionKey, bytes: [UInt8])]

    static let magic: StaticString = "EIGS"
    static let suffix = ".snapshot"

    /// `dossiers-000000001234.snapshot`: positions padded so that names sort by position.
    static func name(model: String, position: UInt64) -> String {
        let digits = String(position)
        return model + "-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits + suffix
    }

    /// The model and position a snapshot's file name gives, or nil for another file.
    static func parse(name: String) -> (model: ReadModelName, position: UInt64)? {
        guard name.hasSuffix(suffix), let dash = name.lastIndex(of: "-") else { return nil }
        let stem = name.dropLast(suffix.count)
        guard let model = ReadModelName(rawValue: String(name[..<dash])),
            let position = UInt64(stem[stem.index(after: dash)...])
        else { return nil }
        return (model, position)
    }

    func encoded() -> [UInt8] {
        var writer = SealedFile.begin(magic: Self.magic)
        writer.write(model)
        writer.writeFixed(version)
        writer.writeFixed(position)
        writer.write(bytes: chainHash.bytes)
        writer.writeFixed(createdAt)
        writer.write(partitions) { writer, partition in
            writer.write(partition.edition)
            writer.write(varint: UInt64(partition.bytes.count))
            writer.write(bytes: partition.bytes)
        }
        return SealedFile.seal(writer)
    }

    init(
        model: String, version: UInt32, position: UInt64, chainHash: Digest, createdAt: Int64,
        partitions: [(edition: EditionKey, bytes: [UInt8])]
    ) {
        self.model = model
        self.version = version
        self.position = position
        self.chainHash = chainHash
        self.createdAt = createdAt
        self.partitions = partitions
    }

    init(decoding bytes: [UInt8]) throws(BinaryReader.Failure) {
        var reader = try SealedFile.open(bytes, magic: Self.magic)
        model = try reader.readString()
        version = try reader.readFixed(UInt32.self)
        position = try reader.readFixed(UInt64.self)
        chainHash = Digest(bytes: Array(try reader.readBytes(32)))
        createdAt = try reader.readFixed(Int64.self)
        partitions = try reader.readArray(minimumSize: 3) { (reader) throws(BinaryReader.Failure) in
            let edition = try reader.readEdition()
            let count = try reader.readCount()
            return (edition, Array(try reader.readBytes(count)))
        }
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the partitions") }
    }

    /// The read model's state in the snapshot.
    func state<Model: PersistableModel>(_ model: Model.Type) throws(BinaryReader.Failure) -> ModelState<Model> {
        var state = ModelState<Model>()
        for (edition, bytes) in partitions {
            state.partitions[edition] = try PartitionFile.decode(bytes, of: model, edition: edition)
        }
        return state
    }
}
