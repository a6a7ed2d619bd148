internal import EventStore
internal import Programme

/// One edition's partition of one read model: a header naming what it holds, and the
/// model's encoding of the partition, sealed with its checksum.
///
/// A commit writes the partitions it changed one after the other in one file, a pack
/// (`projections/partitions/<name>-<generation>.pack`), so that it costs one fsync per read
/// model whatever the number of editions; the manifest says where each partition is.
enum PartitionFile {
    static let magic: StaticString = "EIGP"

    /// The pack a commit of generation `generation` of `model` writes.
    static func packName(model: String, generation: UInt64) -> String {
        "\(model)-\(generation).pack"
    }

    /// The generation of a pack of `model` named `name`, nil for another file.
    static func generation(ofPack name: String, model: String) -> UInt64? {
        guard name.hasPrefix(model + "-"), name.hasSuffix(".pack") else { return nil }
        return UInt64(name.dropFirst(model.count + 1).dropLast(5))
    }

    /// Whether `name` is a bare file name (no path, nothing hidden), as partition files are.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/")
    }

    static func encode<Model: PersistableModel>(
        _ partition: Model.Partition, of model: Model.Type, edition: EditionKey, generation: UInt64
    ) -> [UInt8] {
        var writer = SealedFile.begin(magic: magic)
        writer.write(Model.name)
        writer.writeFixed(Model.version)
        writer.write(edition)
        writer.writeFixed(generation)
        Model.encode(partition, to: &writer)
        return SealedFile.seal(writer)
    }

    /// What queries show of a partition (``PersistableModel/decodeQueryPart(_:from:)``), from
    /// the first bytes of its file: its header and its query part, checked by their own
    /// checksum, naming the model, version, edition and pack generation expected.
    ///
    /// - Throws: what is wrong with the bytes, or that they end before the query part does
    ///   (the caller then reads the whole partition and asks again).
    static func decodeQueryPart<Model: PersistableModel>(
        _ bytes: [UInt8], of model: Model.Type, edition: EditionKey, generation: UInt64
    ) throws(BinaryReader.Failure) -> Model.Partition {
        var reader = try SealedFile.openPrefix(bytes, magic: magic)
        let name = try reader.readString()
        let version = try reader.readFixed(UInt32.self)
        let key = try reader.readEdition()
        let written = try reader.readFixed(UInt64.self)
        guard name == Model.name, version == Model.version, key == edition, written == generation else {
            throw reader.failure(
                "it holds \(name) v\(version) of edition \(key) (generation \(written)), not \(Model.name) "
                    + "v\(Model.version) of \(edition) (generation \(generation))")
        }
        return try Model.decodeQueryPart(edition, from: &reader)
    }

    static func decode<Model: PersistableModel>(
        _ bytes: [UInt8], of model: Model.Type, edition: EditionKey
    ) throws(BinaryReader.Failure) -> Model.Partition {
        var reader = try SealedFile.open(bytes, magic: magic)
        let name = try reader.readString()
        let version = try reader.readFixed(UInt32.self)
        let key = try reader.readEdition()
        _ = try reader.readFixed(UInt64.self)
        guard name == Model.name, version == Model.version, key == edition else {
            throw reader.failure(
                "it holds \(name) v\(version) of edition \(key), not \(Model.name) v\(Model.version) of \(edition)")
        }
        let partition = try Model.decode(edition, from: &reader)
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the partition") }
        return partition
    }
}
