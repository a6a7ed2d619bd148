internal import Programme

/// A command planned ahead with a fixed command id and its business time: the demo's and the
/// imports', decided one after the other and appended in one batch.
struct ScheduledCommand: Sendable, Hashable {
    /// The idempotency key: the same plan run again writes nothing.
    var commandID: String
    var occurredAt: BusinessInstant
    var command: ProgrammeCommand
}

extension ScheduledCommand {
    init(_ planned: PlannedCommand) {
        self.init(commandID: planned.commandID, occurredAt: planned.occurredAt, command: planned.command)
    }
}
