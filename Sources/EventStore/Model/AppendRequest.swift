/// One command's events for one stream, with the version the command's decision was based on.
public struct AppendRequest: Sendable, Hashable {
    /// The stream the events belong to, e.g. `dossier-P5-0007`.
    public var stream: String
    /// The version `stream` must be at; otherwise the append fails with `.versionConflict`.
    public var expected: ExpectedVersion
    public var metadata: CommandMetadata
    /// The events, in order; at least one.
    public var events: [ProposedEvent]
    /// Other streams that must still be at these versions: lets a caller make a decision that
    /// read several streams race-free.
    public var conditions: [StreamCondition]

    public init(
        stream: String, expected: ExpectedVersion, metadata: CommandMetadata, events: [ProposedEvent],
        conditions: [StreamCondition] = []
    ) {
        self.stream = stream
        self.expected = expected
        self.metadata = metadata
        self.events = events
        self.conditions = conditions
    }
}
