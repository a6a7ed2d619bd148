public import Programme

/// What running one command did.
public struct CommandOutcome: Sendable, Hashable {
    /// The command's idempotency key (generated when the operator gave none).
    public let commandID: String
    /// The aggregate the command is about: the dossier or candidature it created, for a
    /// command that creates one.
    public let subject: ProgrammeStream
    /// The global positions of its events; nil when the command changed nothing.
    public let positions: ClosedRange<UInt64>?
    /// The command id was already in the log: this is the earlier result, and nothing was written.
    public let isDuplicate: Bool
    /// The events it recorded now (empty for a duplicate, or when nothing changed).
    public let events: [ProgrammeEvent]

    public init(
        commandID: String, subject: ProgrammeStream, positions: ClosedRange<UInt64>?, isDuplicate: Bool,
        events: [ProgrammeEvent]
    ) {
        self.commandID = commandID
        self.subject = subject
        self.positions = positions
        self.isDuplicate = isDuplicate
        self.events = events
    }

    /// The subject's id as printed: `P5-003`, `C5-0042`, `5`.
    public var subjectID: String {
        switch subject {
        case .edition(let key): key.rawValue
        case .dossier(let id): id.rawValue
        case .candidature(let id): id.rawValue
        }
    }
}
