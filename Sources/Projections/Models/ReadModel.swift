public import Programme

/// A read model: a pure fold of the domain's events, with a name and a version.
///
/// State is kept per edition (``Partition``): every event belongs to one edition, queries
/// are mostly about one edition, and a catch-up then reads and rewrites only the editions
/// the new events touch, so its cost does not grow with the log.
///
/// `version` changes whenever the fold or the persisted form changes: the engine rebuilds a
/// read model whose persisted version differs from the code's, it never patches it. A test
/// (`FoldFingerprintTests`) fails when the output of a fold changes and its version does not.
public protocol ReadModel {
    associatedtype Partition: Sendable, Equatable
    /// The name used in `projections/`, `snapshots/` and on the command line (`dossiers`).
    static var name: String { get }
    static var version: UInt32 { get }
    /// The families of events the fold reads; it must leave a partition unchanged for others.
    static var families: ProjectionEvent.Families { get }
    /// The state of an edition before any event.
    static func makePartition(_ edition: EditionKey) -> Partition
    /// Folds one event of the partition's edition into it.
    static func apply(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition)
}

extension ReadModel {
    /// The fold as a function: `(State, Event) -> State`.
    public static func evolve(_ partition: Partition, _ event: ProjectionEvent, _ context: EventContext) -> Partition {
        var partition = partition
        apply(event, context, to: &partition)
        return partition
    }

    /// Folds `events` (of any editions) from nothing: for tests and in-memory replays.
    public static func fold(_ events: some Sequence<DecodedEvent>) -> ModelState<Self> {
        var state = ModelState<Self>()
        for event in events { state.apply(event) }
        return state
    }
}

/// How a read model's partition is written to and read from its files.
package protocol PersistableModel: ReadModel, SendableMetatype {
    static func encode(_ partition: Partition, to writer: inout BinaryWriter)
    static func decode(_ edition: EditionKey, from reader: inout BinaryReader) throws(BinaryReader.Failure)
        -> Partition
    /// Whether the encoding starts with what queries show, sealed on its own
    /// (``BinaryWriter/writePrefixChecksum()``): queries then read only that part.
    static var hasQueryPart: Bool { get }
    /// Reads what queries show of a partition, from the start of its encoding to its prefix
    /// checksum (checked). The partition returned is for showing only: never fold it or write it.
    static func decodeQueryPart(_ edition: EditionKey, from reader: inout BinaryReader)
        throws(BinaryReader.Failure) -> Partition
}

extension PersistableModel {
    package static var hasQueryPart: Bool { false }

    package static func decodeQueryPart(_ edition: EditionKey, from reader: inout BinaryReader)
        throws(BinaryReader.Failure) -> Partition
    {
        try decode(edition, from: &reader)
    }
}

/// A read model's whole state: its partition of every edition that has events.
public struct ModelState<Model: ReadModel>: Sendable, Equatable {
    public var partitions: [EditionKey: Model.Partition]

    public init(partitions: [EditionKey: Model.Partition] = [:]) {
        self.partitions = partitions
    }

    /// The partitions in edition order (`1 < 2 < 10 < dig`).
    public var editions: [(key: EditionKey, partition: Model.Partition)] {
        partitions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Folds one event into its edition's partition.
    public mutating func apply(_ event: DecodedEvent) {
        Model.apply(
            event.event, event.context, to: &partitions[event.edition, default: Model.makePartition(event.edition)])
    }
}
