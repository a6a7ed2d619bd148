internal import EventStore
internal import Programme

/// One edition's partition of one read model, `projections/partitions/<name>-<edition>-<generation>.part`:
/// a header naming what it holds, and the model's encoding of the partition.
enum PartitionFile {
    static let magic: StaticString = "EIGP"

    static func name(model: String, edition: EditionKey, generation: UInt64) -> String {
        "\(model)-\(edition.rawValue)-\(generation).part"
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

    static func decode<Model: PersistableModel>(
        _ bytes: [UInt8], of model: Model.Type, edition: EditionKey
    ) throws(BinaryReader.Failure) -> Model.Partition {
        var reader = try SealedFile.open(bytes, magic: magic)
        let name = try reader.readString()
        let version = try reader.readFixed(UInt32.self)
        let key = try reader.readEdition()
        _ = try reader.readFixed(UInt64.self)
        guard name == Model.name, version == Model.version, key == edition else {
            throw reader.failure("it holds \(name) v\(version) of edition \(key), not \(Model.name) v\(Model.version) of \(edition)")
        }
        let partition = try Model.decode(edition, from: &reader)
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the partition") }
        return partition
    }
}
